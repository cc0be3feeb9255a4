package org.partnership.reports.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * HS chapter names from {@code reference/hs-chapters.csv} and the 21 HS sections with their chapter
 * ranges from {@code reference/hs-sections.csv}. Chapters 98–99, reserved chapter 77 and unknown codes
 * belong to no section and map to "Other / not classified": they are shown, never dropped.
 */
public final class HsNomenclature {

	public static final String OTHER = "Other / not classified";

	/** Code of the section that holds chapters 98–99, 77 and unknown codes. */
	public static final String OTHER_SECTION = "OTHER";

	/**
	 * An HS section: Roman numeral, name, and its chapters as printed ({@code 25–27}, {@code 15}).
	 */
	public record Section(String code, String name, String chapters) {
	}

	private static final Section OTHER_ONE = new Section(OTHER_SECTION, OTHER, "98–99, other");

	private final Map<String, String> chapterNames;

	/** Sections I–XXI in nomenclature order, then "Other / not classified". */
	private final List<Section> sections;

	private final Map<String, Section> sectionOfChapter;

	/** Names of the HS headings (four digits) the shipped label list knows; most have none. */
	private final Map<String, String> headingNames;

	private HsNomenclature(Map<String, String> chapterNames, List<Section> sections,
			Map<String, Section> sectionOfChapter, Map<String, String> headingNames) {
		this.chapterNames = chapterNames;
		this.sections = sections;
		this.sectionOfChapter = sectionOfChapter;
		this.headingNames = headingNames;
	}

	public static HsNomenclature load() {
		Map<String, String> names = new HashMap<>();
		read("hs-chapters.csv", r -> names.put(r.getField("chapter"), r.getField("name")));
		List<Section> sections = new ArrayList<>();
		Map<String, Section> byChapter = new HashMap<>();
		read("hs-sections.csv", r -> {
			int first = Integer.parseInt(r.getField("first_chapter"));
			int last = Integer.parseInt(r.getField("last_chapter"));
			Section section = new Section(r.getField("section"), r.getField("name"),
					(first == last) ? chapter(first) : chapter(first) + "–" + chapter(last));
			sections.add(section);
			for (int c = first; c <= last; c++) {
				// 77 is reserved for a future chapter: inside section XV's range, but in no section
				if (c != 77 && byChapter.put(chapter(c), section) != null) {
					throw new IllegalStateException("hs-sections.csv: chapter " + chapter(c) + " in two sections");
				}
			}
		});
		sections.add(OTHER_ONE);
		Map<String, String> headings = new HashMap<>();
		read("hs-headings.csv", r -> headings.put(r.getField("heading"), r.getField("name")));
		return new HsNomenclature(names, List.copyOf(sections), byChapter, headings);
	}

	private static void read(String name, Consumer<NamedCsvRecord> row) {
		try (InputStream in = HsNomenclature.class.getResourceAsStream("/reference/" + name);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder()
					.commentStrategy(CommentStrategy.SKIP)
					.ofNamedCsvRecord(in)) {
			csv.forEach(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String chapter(int c) {
		return (c < 10 ? "0" : "") + c;
	}

	/**
	 * Display name of a code: a chapter's name; a heading's own name when {@code hs-headings.csv} has it;
	 * a finer code as "Heading 2106: its name (HS 210690)" when its heading is named there; otherwise its
	 * chapter's name with the code. No name is made up for a subheading: the shipped lists name chapters
	 * and some headings only.
	 */
	public String name(String code) {
		if (TradeRow.TOTAL.equals(code)) {
			return "All goods";
		}
		String chapter = code.length() >= 2 ? this.chapterNames.get(code.substring(0, 2)) : null;
		if (chapter == null || section(code) == OTHER_ONE) {
			return OTHER;
		}
		if (code.length() == 2) {
			return chapter;
		}
		String heading = code.length() >= 4 ? this.headingNames.get(code.substring(0, 4)) : null;
		if (heading == null) {
			return chapter + " (HS " + code + ")";
		}
		return code.length() == 4 ? heading : "Heading " + code.substring(0, 4) + ": " + heading + " (HS " + code + ")";
	}

	/** The HS section of a code (by its chapter); "Other / not classified" for 77, 98–99 and unknown codes. */
	public Section section(String code) {
		Section section = code.length() >= 2 ? this.sectionOfChapter.get(code.substring(0, 2)) : null;
		return (section != null) ? section : OTHER_ONE;
	}

	/** Sections I–XXI in nomenclature order, then "Other / not classified". */
	public List<Section> sections() {
		return this.sections;
	}

}
