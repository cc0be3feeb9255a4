package org.partnership.reports.report.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.Figure;
import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RunInfo;
import org.partnership.reports.report.TopicRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the KAZ–EU27 fixture and reads the PDF back with PDFBox: values, page numbers, bookmarks,
 * metadata, embedded fonts, vector charts, languages, templates and byte-for-byte reproducibility.
 */
class BriefingWriterTests {

	@TempDir
	static Path dir;

	private static Path english;

	private static Path russian;

	@BeforeAll
	static void render() throws IOException {
		english = dir.resolve("KAZ-EU27_2024_en.pdf");
		russian = dir.resolve("KAZ-EU27_2024_ru.pdf");
		BriefingWriter writer = new BriefingWriter(null);
		writer.write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(), english);
		writer.write(BriefingFixtures.model(Locale.forLanguageTag("ru")), BriefingFixtures.pair(),
				BriefingFixtures.latestYear(), russian);
		keep(english);
		keep(russian);
	}

	/** Keeps a copy for looking at the pages: pdftoppm -png -r 70 target/briefing-samples/…pdf page. */
	private static void keep(Path pdf) throws IOException {
		Path samples = Path.of("target", "briefing-samples");
		Files.createDirectories(samples);
		Files.copy(pdf, samples.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

	@Test
	void hashesTheModelAsItsTextWithoutBuildingTheText() throws Exception {
		ReportModel model = BriefingFixtures.model();
		PairReport pair = model.pairs().get(0);
		KeyFigures figures = BriefingFixtures.latestYear();
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		sha.update(String.valueOf(model).getBytes(StandardCharsets.UTF_8));
		sha.update(String.valueOf(pair).getBytes(StandardCharsets.UTF_8));
		sha.update(String.valueOf(figures).getBytes(StandardCharsets.UTF_8));

		assertThat(model.articles()).hasSizeGreaterThan(1);
		assertThat(model.reconciliation()).hasSizeGreaterThan(1);
		assertThat(model.indicators()).isEmpty();
		assertThat(BriefingWriter.inputsHash(model, pair, figures)).isEqualTo(sha.digest());
	}

	@Test
	void pageOneCarriesTheHeadlineFiguresOf2024() throws IOException {
		String page1 = text(english, 1, 1);
		assertThat(page1).contains("Kazakhstan – European Union (EU27)")
			.contains("Trade in goods, 2024 compared with 2023")
			.contains("49.7 bn USD", "38.6 bn USD", "11.1 bn USD", "27.5 bn USD")
			.contains("+16.9%")
			.contains("2023: 42.5 bn USD")
			.contains("Turnover reached 49.7 bn USD in 2024, up 16.9% on 2023.")
			.contains("Coverage ratio (exports / imports): 347.7%")
			.doesNotContain("null");
	}

	@Test
	void pageOneHasTheLastFiveYearsAsNumbersToCite() throws IOException {
		String page1 = text(english, 1, 1);
		assertThat(page1).containsPattern("Turnover\\s+23\\.8\\s+28\\.9\\s+40\\.0\\s+42\\.5\\s+49\\.7")
			.containsPattern("Balance\\s+11\\.5\\s+17\\.6\\s+24\\.8\\s+21\\.9\\s+27\\.5");
	}

	@Test
	void pageOneHasArrowsForTheChanges() throws IOException {
		assertThat(text(english, 1, 1)).contains("▲ +16.9%").doesNotContain("▼");
	}

	@Test
	void everyPageHasHeaderAndFooterWithPageXofY() throws IOException {
		try (PDDocument doc = Loader.loadPDF(english.toFile())) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
		}
		for (int page = 1; page <= 2; page++) {
			String text = text(english, page, page);
			assertThat(text).containsPattern("Page " + page + " of\\s*2")
				.contains("Kazakhstan – European Union (EU27) · 2024")
				.contains("Sources: Bureau of National Statistics of Kazakhstan")
				.contains("Data retrieved 10 April 2025")
				.contains("Run date 10 April 2025");
		}
	}

	@Test
	void pageTwoListsProductsTopicsEventsAndCheckedPressFigures() throws IOException {
		String page2 = normalise(text(english, 2, 2));
		assertThat(page2).contains("Top products, 2024")
			.contains("Mineral fuels, mineral oils and products of their distillation")
			.contains("30,339.6")
			.contains("78.6%")
			.contains("Machinery and mechanical appliances")
			.contains("Topics in the press, 2024")
			.contains("Energy and hydrocarbons")
			.contains("Key developments")
			.contains("31 Mar 2025")
			.contains("Murat Nurtleu, Eduards Stiprais")
			.contains("Meeting")
			.contains("Press figures checked against the data")
			.contains("52.1 bn USD")
			.contains("+4.8%")
			.contains("Confirmed by the data:")
			.contains("1 further quoted figure(s) could not be compared")
			// the event before the period and the other pair's figure stay out
			.doesNotContain("outside the period")
			.doesNotContain("43.8 bn USD");
	}

	@Test
	void kazakhAndRussianTitlesExtractAsWritten() throws IOException {
		String all = text(english, 1, 2);
		assertThat(normalise(all)).contains(BriefingFixtures.KAZAKH_TITLE).contains(BriefingFixtures.RUSSIAN_TITLE);
		assertThat(all).contains("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
	}

	@Test
	void bookmarksNameEverySection() throws IOException {
		try (PDDocument doc = Loader.loadPDF(english.toFile())) {
			List<String> titles = new ArrayList<>();
			for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
				titles.add(item.getTitle());
			}
			assertThat(titles).containsExactly("Key figures, 2024", "Highlights", "Trade in goods, 2015–2024",
					"Top products, 2024", "Topics in the press, 2024", "Key developments",
					"Press figures checked against the data");
			List<PDPage> targets = new ArrayList<>();
			for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
				targets.add(item.findDestinationPage(doc));
			}
			// three sections on page 1, four on page 2
			assertThat(targets).containsExactly(doc.getPage(0), doc.getPage(0), doc.getPage(0), doc.getPage(1),
					doc.getPage(1), doc.getPage(1), doc.getPage(1));
		}
	}

	@Test
	void metadataNamesThePartnershipAndTheIssuingUnit() throws IOException {
		try (PDDocument doc = Loader.loadPDF(english.toFile())) {
			PDDocumentInformation info = doc.getDocumentInformation();
			assertThat(info.getTitle())
				.isEqualTo("Kazakhstan – European Union (EU27): trade and partnership briefing, 2024");
			assertThat(info.getAuthor()).isEqualTo("Analytical Unit, Partnership Desk");
			assertThat(info.getSubject()).contains("Kazakhstan", "European Union (EU27)", "2024 compared with 2023");
			assertThat(info.getKeywords()).contains("KAZ-EU27", "trade in goods", "2024");
			assertThat(info.getCreator()).isEqualTo("partnership-reports nightly job");
			assertThat(info.getProducer()).startsWith("OpenPDF");
			assertThat(info.getCreationDate().toInstant()).isEqualTo(java.time.Instant.parse("2025-04-10T00:00:00Z"));
			assertThat(info.getModificationDate().toInstant()).isEqualTo(java.time.Instant.parse("2025-04-10T00:00:00Z"));
		}
	}

	@Test
	void everyFontIsEmbeddedIncludingTheChartLabels() throws IOException {
		for (Path pdf : List.of(english, russian)) {
			try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
				List<PDFont> fonts = new ArrayList<>();
				List<PDFont> chartFonts = new ArrayList<>();
				for (PDPage page : doc.getPages()) {
					collectFonts(page.getResources(), fonts, 0);
					for (COSName name : page.getResources().getXObjectNames()) {
						if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
							collectFonts(form.getResources(), chartFonts, 0);
						}
					}
				}
				assertThat(chartFonts).as("fonts of the chart forms").isNotEmpty();
				assertThat(fonts).isNotEmpty().containsAll(chartFonts).allSatisfy(font -> {
					assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
					assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans(-Bold)?");
				});
			}
		}
	}

	@Test
	void chartLabelsAreTextInTheEmbeddedFont() throws IOException {
		try (PDDocument doc = Loader.loadPDF(russian.toFile())) {
			PDPage page = doc.getPage(0);
			StringBuilder chartText = new StringBuilder();
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDFormXObject form) {
					PDDocument single = new PDDocument();
					PDPage p = new PDPage(form.getBBox());
					p.setResources(form.getResources());
					p.setContents(new org.apache.pdfbox.pdmodel.common.PDStream(single,
							form.getContentStream().createInputStream()));
					single.addPage(p);
					chartText.append(new PDFTextStripper().getText(single));
					single.close();
				}
			}
			// legend, ticks and the value label of the trend chart, in Russian
			assertThat(chartText).contains("Экспорт", "Импорт", "Товарооборот", "2015", "2024",
					"49,7");
		}
	}

	@Test
	void chartsAreVectorFormsWithoutImagesOrTransparency() throws IOException {
		try (PDDocument doc = Loader.loadPDF(english.toFile())) {
			for (PDPage page : doc.getPages()) {
				List<PDXObject> xobjects = new ArrayList<>();
				collectXObjects(page.getResources(), xobjects, 0);
				assertThat(xobjects).noneMatch(x -> x instanceof PDImageXObject);
				assertThat(xobjects).anyMatch(x -> x instanceof PDFormXObject);
				assertThat(alphas(page.getResources())).allMatch(a -> a == 1f);
			}
		}
	}

	@Test
	void russianTemplateSetLocalisesNumbersDatesAndLabels() throws IOException {
		String page1 = text(russian, 1, 1);
		assertThat(page1).contains("Казахстан – Европейский союз (ЕС-27)")
			.contains("2024 г. по сравнению с 2023 г.")
			.contains("49,7 млрд долл. США")
			.contains("38,6 млрд долл. США")
			.contains("+16,9%")
			.contains("Товарооборот за 2024 г. составил 49,7 млрд долл. США, что на 16,9% больше, чем за 2023 г.")
			.containsPattern("Стр. 1 из\\s*2")
			.contains("10 апреля 2025 г.");
		String page2 = text(russian, 2, 2);
		assertThat(page2).contains("31.03.2025").contains("Встреча").contains("30\u00A0339,6");
	}

	@Test
	void missingComparisonPrintsNaWithFootnoteAndNeverNull() throws IOException {
		Path target = dir.resolve("no-comparison.pdf");
		new BriefingWriter(null).write(BriefingFixtures.model(Locale.ENGLISH,
				BriefingFixtures.pair(BriefingFixtures.withoutComparison())), BriefingFixtures.pair(
						BriefingFixtures.withoutComparison()), BriefingFixtures.withoutComparison(), target);
		keep(target);
		String page1 = text(target, 1, 1);
		assertThat(page1).contains("49.7 bn USD")
			.contains("2023: n/a¹")
			.contains("Share of European Union (EU27) in Kazakhstan's trade: n/a¹")
			.contains("¹ n/a: not available")
			.contains("2023 has missing months: no year-on-year changes are shown.")
			.contains("Turnover reached 49.7 bn USD in 2024.")
			.doesNotContain("null")
			.doesNotContain("▲");
	}

	@Test
	void anEditedTemplateFolderChangesTheOutputWithoutRebuild(@TempDir Path templates) throws IOException {
		copyJarTemplates(templates);
		Path en = templates.resolve("en/briefing.ftl");
		String edited = Files.readString(en)
			.replace("section.highlights = Highlights", "section.highlights = In two minutes")
			.replaceAll("(?m)^title.kicker = .*$", "title.kicker = NOTE FOR THE MINISTER");
		Files.writeString(en, edited);
		BriefingWriter writer = new BriefingWriter(templates);
		Path first = dir.resolve("edited-1.pdf");
		writer.write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(), first);
		assertThat(text(first, 1, 1)).contains("In two minutes", "NOTE FOR THE MINISTER").doesNotContain("Highlights");

		// a second edit is picked up by the same writer: templates are read at every write
		Files.writeString(en, edited.replace("In two minutes", "Essentials"));
		Path second = dir.resolve("edited-2.pdf");
		writer.write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(), second);
		assertThat(text(second, 1, 1)).contains("Essentials");
	}

	@Test
	void aTemplateThatDropsKeysOrMisspellsAValueStillRenders(@TempDir Path templates) throws IOException {
		Files.createDirectories(templates.resolve("en"));
		Files.writeString(templates.resolve("en/briefing.ftl"),
				"title = ${reporter.nmae} and ${partner.name}\nsection.highlights = Summary\n", StandardCharsets.UTF_8);
		Path target = dir.resolve("partial.pdf");
		new BriefingWriter(templates).write(BriefingFixtures.model(), BriefingFixtures.pair(),
				BriefingFixtures.latestYear(), target);
		String page1 = text(target, 1, 1);
		// the misspelt variable prints n/a, the missing keys come from the jar's copy
		assertThat(page1).contains("n/a and European Union (EU27)", "Summary", "Key figures, 2024")
			.doesNotContain("null");
	}

	@Test
	void longListsAreShortenedSoTheBriefingKeepsTwoPages() throws IOException {
		ReportModel base = BriefingFixtures.model();
		List<EventRow> events = new ArrayList<>(base.events());
		for (int i = 1; i <= 25; i++) {
			events.add(new EventRow(LocalDate.of(2024, 1 + i % 12, 1 + i), "MEETING", "040", List.of("Official " + i),
					"Astana", "x-" + i, "Trend", "Working group meeting number " + i
							+ " on trade facilitation, customs cooperation and the Middle Corridor"));
		}
		List<TopicRow> topics = new ArrayList<>(base.topics());
		for (int i = 1; i <= 12; i++) {
			topics.add(new TopicRow(Period.year(2024), "T" + i, "Extra topic " + i, 2, 1, 2.8));
		}
		ReportModel crowded = new ReportModel(base.run(), base.pairs(), base.indicators(), base.articles(), topics,
				events, base.reconciliation(), base.dataQuality(), base.definitions());
		Path target = dir.resolve("crowded.pdf");
		new BriefingWriter(null).write(crowded, BriefingFixtures.pair(), BriefingFixtures.latestYear(), target);
		try (PDDocument doc = Loader.loadPDF(target.toFile())) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
		}
		keep(target);
		String page2 = normalise(text(target, 2, 2));
		assertThat(page2).containsPattern("\\d+ more in the workbook")
			.contains("Murat Nurtleu and Eduards Stiprais")
			.contains("Press figures checked against the data");
	}

	@Test
	void aYearToDateHeadlineUsesItsOwnLabelsAndTheYearsProducts() throws IOException {
		Period ytd = Period.yearToDate(2024, 9);
		KeyFigures nineMonths = new KeyFigures(ytd, ytd.previousYear(), true, true,
				BriefingFixtures.figure(new BigDecimal("29000000000"), new BigDecimal("24100000000")),
				BriefingFixtures.figure(new BigDecimal("8200000000"), new BigDecimal("7700000000")),
				BriefingFixtures.figure(new BigDecimal("37200000000"), new BigDecimal("31800000000")),
				BriefingFixtures.figure(new BigDecimal("20800000000"), new BigDecimal("16400000000")), 353.7, null);
		Path target = dir.resolve("ytd-ru.pdf");
		new BriefingWriter(null).write(BriefingFixtures.model(Locale.forLanguageTag("ru")), BriefingFixtures.pair(),
				nineMonths, target);
		keep(target);
		String all = normalise(text(target, 1, 2));
		try (PDDocument doc = Loader.loadPDF(target.toFile())) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
		}
		assertThat(all).contains("январь–сентябрь 2024 г. (период сравнения – январь–сентябрь 2023 г.)")
			.contains("▲ +17,0% г/г")
			.contains("Товарооборот за январь–сентябрь 2024 г. составил 37,2 млрд долл. США")
			.contains("Основные товары, 2024 г.")
			.contains("Топливо минеральное, нефть и продукты их перегонки")
			.contains("Доля партнёра во внешней торговле: н/д¹")
			.doesNotContain("null");
	}

	@Test
	void aNearlyEmptyModelStillGivesATwoPageBriefingWithoutNull() throws IOException {
		Period year = Period.year(2024);
		KeyFigures empty = new KeyFigures(year, null, false, false, null, Figure.EMPTY, Figure.EMPTY, null, null,
				null);
		PairReport pair = new PairReport("KAZ", "XYZ", "Kazakhstan", null, null, List.of(), List.of(), empty, null,
				null, List.of());
		ReportModel model = new ReportModel(new RunInfo(BriefingFixtures.RUN_DATE, null, null, null, List.of()),
				List.of(pair), List.of(), List.of(), List.of(), List.of(), List.of(),
				new DataQuality(List.of(), List.of(), List.of()), List.of());
		Path target = dir.resolve("empty.pdf");
		new BriefingWriter(null).write(model, pair, empty, target);
		keep(target);
		try (PDDocument doc = Loader.loadPDF(target.toFile())) {
			assertThat(doc.getNumberOfPages()).isEqualTo(2);
		}
		String all = normalise(text(target, 1, 2));
		assertThat(all).contains("Kazakhstan – XYZ", "n/a¹", "No complete annual data for a trend.",
				"No trade figures for 2024 yet.",
				"No product breakdown for 2024.", "No articles on the partnership in 2024.",
				"No figures quoted in the press could be checked.")
			.doesNotContain("null");
	}

	@Test
	void sameInputsGiveIdenticalBytes() throws IOException {
		Path a = dir.resolve("a.pdf");
		Path b = dir.resolve("b.pdf");
		new BriefingWriter(null).write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(),
				a);
		new BriefingWriter(null).write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(),
				b);
		assertThat(sha256(a)).isEqualTo(sha256(b)).isEqualTo(sha256(english));
		assertThat(sha256(a)).isNotEqualTo(sha256(russian));
	}

	@Test
	void writesExactlyTheTargetPathAndNoTemporaryFiles(@TempDir Path out) throws IOException {
		Path target = out.resolve("nested/KAZ-EU27.pdf");
		new BriefingWriter(null).write(BriefingFixtures.model(), BriefingFixtures.pair(), BriefingFixtures.latestYear(),
				target);
		try (Stream<Path> files = Files.walk(out)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(target);
		}
		assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
	}

	// ------------------------------------------------------------------ helpers

	static String text(Path pdf, int from, int to) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(from);
			stripper.setEndPage(to);
			return stripper.getText(doc);
		}
	}

	/** Joins the lines a table cell wrapped, so a long title can be compared whole. */
	private static String normalise(String text) {
		return text.replaceAll("\\s*\\R\\s*", " ");
	}

	private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
		if (resources == null || depth > 5) {
			return;
		}
		for (COSName name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				collectFonts(form.getResources(), fonts, depth + 1);
			}
		}
	}

	private static void collectXObjects(PDResources resources, List<PDXObject> xobjects, int depth)
			throws IOException {
		if (resources == null || depth > 5) {
			return;
		}
		for (COSName name : resources.getXObjectNames()) {
			PDXObject x = resources.getXObject(name);
			xobjects.add(x);
			if (x instanceof PDFormXObject form) {
				collectXObjects(form.getResources(), xobjects, depth + 1);
			}
		}
	}

	private static List<Float> alphas(PDResources resources) throws IOException {
		List<Float> alphas = new ArrayList<>();
		if (resources == null) {
			return alphas;
		}
		for (COSName name : resources.getExtGStateNames()) {
			PDExtendedGraphicsState gs = resources.getExtGState(name);
			if (gs.getNonStrokingAlphaConstant() != null) {
				alphas.add(gs.getNonStrokingAlphaConstant());
			}
			if (gs.getStrokingAlphaConstant() != null) {
				alphas.add(gs.getStrokingAlphaConstant());
			}
		}
		for (COSName name : resources.getXObjectNames()) {
			if (resources.getXObject(name) instanceof PDFormXObject form) {
				alphas.addAll(alphas(form.getResources()));
			}
		}
		return alphas;
	}

	private static void copyJarTemplates(Path target) throws IOException {
		for (String lang : List.of("en", "ru")) {
			Files.createDirectories(target.resolve(lang));
			try (var in = BriefingWriterTests.class.getClassLoader()
				.getResourceAsStream("templates/" + lang + "/briefing.ftl")) {
				assertThat(in).as("templates/" + lang + "/briefing.ftl on the classpath").isNotNull();
				Files.write(target.resolve(lang + "/briefing.ftl"), in.readAllBytes());
			}
		}
	}

	private static String sha256(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
