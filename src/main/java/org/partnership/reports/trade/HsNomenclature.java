package org.partnership.reports.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * HS chapter names and sections from {@code reference/hs-chapters.csv}. Chapters 98–99, reserved
 * chapter 77 and unknown codes map to "Other / not classified": they are shown, never dropped.
 */
public final class HsNomenclature {

	public static final String OTHER = "Other / not classified";

	private final Map<String, String[]> chapters;

	private HsNomenclature(Map<String, String[]> chapters) {
		this.chapters = chapters;
	}

	public static HsNomenclature load() {
		Map<String, String[]> map = new HashMap<>();
		try (InputStream in = HsNomenclature.class.getResourceAsStream("/reference/hs-chapters.csv");
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
			for (NamedCsvRecord r : csv) {
				map.put(r.getField("chapter"), new String[] { r.getField("section"), r.getField("name") });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new HsNomenclature(map);
	}

	/** Display name of a code: its chapter's name, with the code itself when finer than a chapter. */
	public String name(String code) {
		if (TradeRow.TOTAL.equals(code)) {
			return "All goods";
		}
		String[] chapter = code.length() >= 2 ? this.chapters.get(code.substring(0, 2)) : null;
		if (chapter == null || "OTHER".equals(chapter[0])) {
			return OTHER;
		}
		return code.length() == 2 ? chapter[1] : chapter[1] + " (HS " + code + ")";
	}

	/** HS section (Roman numeral) of a code, or {@code OTHER}. */
	public String section(String code) {
		String[] chapter = code.length() >= 2 ? this.chapters.get(code.substring(0, 2)) : null;
		return chapter == null ? "OTHER" : chapter[0];
	}

}
