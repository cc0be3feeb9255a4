package org.partnership.reports.report.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReportModel;

/**
 * Writes the two-page PDF briefing for officials: one reporter–partner pair, one headline period.
 * Words and highlight sentences come from the FreeMarker templates ({@code <lang>/briefing.ftl},
 * editable in {@code templatesDir} without a rebuild); numbers, dates and period labels are formatted
 * here for the run's locale (English by default, Russian for {@code ru}).
 * <p>
 * The output is reproducible: the same model, period, templates and run date give the same bytes
 * (dates fixed to the run date, file ID and font subset prefixes derived from a hash of the inputs).
 * Fonts are embedded (Liberation Sans, Cyrillic and Kazakh letters included) and the charts are vector
 * drawings.
 */
public final class BriefingWriter {

	private static final Logger logger = LoggerFactory.getLogger(BriefingWriter.class);

	/** An official reads it in two minutes: page 1 the figures, page 2 the detail. */
	static final int PAGES = 2;

	private static final float MARGIN_SIDE = 36;

	private static final float MARGIN_TOP = 56;

	private static final float MARGIN_BOTTOM = 64;

	private final BriefingTexts.Templates templates;

	/**
	 * @param templatesDir folder holding the {@code en/} and {@code ru/} template sets, editable without
	 * a rebuild; {@code null} = the copy in the jar (classpath {@code templates/})
	 */
	public BriefingWriter(Path templatesDir) {
		try {
			this.templates = new BriefingTexts.Templates(templatesDir);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * Writes one briefing for one pair and one headline period ({@code pair.latestYear()},
	 * {@code latestQuarter()} or {@code yearToDate()}) to exactly {@code target}; the language follows
	 * {@code model.run().locale()}.
	 */
	public void write(ReportModel model, PairReport pair, KeyFigures figures, Path target) throws IOException {
		write(BriefingSources.of(model), pair, figures, target);
	}

	/** As {@link #write(ReportModel, PairReport, KeyFigures, Path)}, with the model's lists sorted once for all briefings. */
	void write(BriefingSources sources, PairReport pair, KeyFigures figures, Path target) throws IOException {
		Objects.requireNonNull(target, "target");
		byte[] pdf = render(sources, pair, figures);
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path tmp = Files.createTempFile(dir, ".briefing-", ".pdf.tmp");
		try {
			Files.write(tmp, pdf);
			try {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(tmp);
		}
	}

	byte[] render(ReportModel model, PairReport pair, KeyFigures figures) throws IOException {
		return render(BriefingSources.of(model), pair, figures);
	}

	private byte[] render(BriefingSources sources, PairReport pair, KeyFigures figures) throws IOException {
		ReportModel model = sources.model();
		byte[] inputs = sources.inputsHash(pair, figures);
		Rendered rendered = null;
		for (BriefingContent.Limits limits : BriefingContent.Limits.LEVELS) {
			rendered = render(sources, pair, figures, limits, inputs);
			if (rendered.pages() <= PAGES) {
				break;
			}
		}
		if (rendered.pages() > PAGES) {
			logger.warn("Briefing {} {} needs {} pages even with the shortest lists", pair.key(), figures.period(),
					rendered.pages());
		}
		for (String problem : rendered.problems()) {
			logger.warn("Briefing {} {}: template problem, printed n/a: {}", pair.key(), figures.period(), problem);
		}
		return rendered.pdf();
	}

	private Rendered render(BriefingSources sources, PairReport pair, KeyFigures figures,
			BriefingContent.Limits limits, byte[] inputs) throws IOException {
		ReportModel model = sources.model();
		BriefingContent content = BriefingContent.of(sources, pair, figures, limits);
		BriefingTexts texts = texts(content);
		byte[] seed = seed(inputs, texts);

		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
		PageDecorator decorator;
		try {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPdfVersion(PdfWriter.VERSION_1_7);
			writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
			writer.setCompressionLevel(9);
			writer.setFullCompression();
			PdfFonts fonts = new PdfFonts(seed);
			decorator = new PageDecorator(fonts, texts.get("header.left"), texts.get("header.right"),
					texts.get("footer.sources"), texts.get("footer.dates"), texts.get("footer.page"));
			writer.setPageEvent(decorator);

			document.addTitle(texts.get("meta.title"));
			document.addSubject(texts.get("meta.subject"));
			document.addKeywords(texts.get("meta.keywords"));
			document.addAuthor(Objects.toString(model.run().issuingUnit(), ""));
			document.addCreator(texts.get("meta.creator"));
			document.open();
			writer.getExtraCatalog().put(PdfName.LANG, new PdfString(content.fmt.language()));
			fixInfo(writer, model.run().runDate(), seed);

			new BriefingLayout(document, writer, fonts, content, texts).render();
			document.close();
		}
		catch (DocumentException ex) {
			throw new IOException("cannot write briefing " + pair.key() + " " + figures.period() + ": " + ex.getMessage(),
					ex);
		}
		return new Rendered(out.toByteArray(), decorator.pages(), texts.problems());
	}

	private record Rendered(byte[] pdf, int pages, java.util.List<String> problems) {
	}

	/**
	 * Renders the texts; a second pass when the template relabels the top product, section or topic
	 * (e.g. {@code product.27 = …}) so sentences and tables use the same name.
	 */
	private BriefingTexts texts(BriefingContent content) throws IOException {
		BriefingTexts texts = BriefingTexts.render(this.templates, content.fmt.language(), content.data);
		boolean relabelled = false;
		relabelled |= relabel(texts, content.data.get("topExport"), "product");
		relabelled |= relabel(texts, content.data.get("topImport"), "product");
		relabelled |= relabel(texts, content.data.get("topTopic"), "topic");
		relabelled |= relabel(texts, content.data.get("topExportSection"), "hsSection");
		relabelled |= relabel(texts, content.data.get("topImportSection"), "hsSection");
		return relabelled ? BriefingTexts.render(this.templates, content.fmt.language(), content.data) : texts;
	}

	@SuppressWarnings("unchecked")
	private static boolean relabel(BriefingTexts texts, Object entry, String prefix) {
		if (!(entry instanceof Map<?, ?> map) || map.get("code") == null) {
			return false;
		}
		String name = (String) map.get("name");
		String label = texts.label(prefix, (String) map.get("code"), name);
		if (label.equals(name)) {
			return false;
		}
		((Map<String, Object>) map).put("name", label);
		return true;
	}

	/** Fixed dates (run date), stable producer and a file ID from the content hash: same inputs, same bytes. */
	private static void fixInfo(PdfWriter writer, LocalDate runDate, byte[] seed) {
		LocalDate date = runDate != null ? runDate : LocalDate.of(2000, 1, 1);
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
		calendar.clear();
		calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(calendar));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(calendar));
		writer.getInfo().put(PdfName.PRODUCER, new PdfString(Document.getVersion()));
		byte[] id = Arrays.copyOf(seed, 16);
		writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
	}

	/** The inputs' hash with the rendered texts: an edited template gives another file ID. */
	private static byte[] seed(byte[] inputs, BriefingTexts texts) {
		MessageDigest sha = sha256();
		sha.update(inputs);
		sha.update(String.valueOf(new LinkedHashMap<>(texts.all())).getBytes(StandardCharsets.UTF_8));
		return sha.digest();
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
