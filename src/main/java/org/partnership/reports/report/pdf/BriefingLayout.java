package org.partnership.reports.report.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.jfree.chart.JFreeChart;

/**
 * Lays out the two pages: page 1 with title, key figures, highlights and the trend chart; page 2
 * with top products, topics, key developments and the press figures checked against the data. All
 * words come from the {@link BriefingTexts}; all values come pre-formatted from the
 * {@link BriefingContent}.
 */
final class BriefingLayout {

	private static final char UP = '\u25B2';

	private static final char DOWN = '\u25BC';

	/** Sentences of the highlights box: {@code highlight.1} … {@code highlight.4}; an empty one is skipped. */
	static final int HIGHLIGHTS = 4;

	private final Document document;

	private final PdfWriter writer;

	private final PdfFonts fonts;

	private final BriefingContent content;

	private final BriefingTexts texts;

	private final BriefingCharts charts;

	BriefingLayout(Document document, PdfWriter writer, PdfFonts fonts, BriefingContent content,
			BriefingTexts texts) {
		this.document = document;
		this.writer = writer;
		this.fonts = fonts;
		this.content = content;
		this.texts = texts;
		this.charts = new BriefingCharts(content.fmt.locale(), fonts.fontMapper());
	}

	void render() throws DocumentException {
		pageOne();
		this.document.newPage();
		pageTwo();
	}

	// ------------------------------------------------------------------ page 1

	private void pageOne() throws DocumentException {
		Paragraph kicker = new Paragraph(this.texts.get("title.kicker"),
				this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.TURNOVER));
		kicker.setSpacingAfter(2);
		this.document.add(kicker);
		Paragraph title = new Paragraph(this.texts.get("title"), this.fonts.boldFont(20, BriefingStyle.NAVY));
		title.setLeading(23);
		this.document.add(title);
		Paragraph subtitle = new Paragraph(this.texts.get("subtitle"), this.fonts.font(11.5f, BriefingStyle.INK));
		subtitle.setLeading(15);
		this.document.add(subtitle);
		Paragraph issued = new Paragraph(this.texts.get("issued"),
				this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED));
		issued.setSpacingAfter(8);
		this.document.add(issued);

		heading("section.keyFigures");
		this.document.add(keyFigures());
		Paragraph ratios = new Paragraph("", body());
		ratios.setLeading(10);
		ratios.setSpacingBefore(3);
		ratios.add(new Chunk(this.texts.get("kf.coverage"), this.fonts.font(BriefingStyle.SMALL, BriefingStyle.INK)));
		ratios.add(new Chunk("   ·   ", this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED)));
		ratios.add(
				new Chunk(this.texts.get("kf.partnerShare"), this.fonts.font(BriefingStyle.SMALL, BriefingStyle.INK)));
		this.document.add(ratios);
		Paragraph unit = new Paragraph(this.texts.get("kf.unit"),
				this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED));
		unit.setLeading(9);
		unit.setSpacingAfter(8);
		this.document.add(unit);

		heading("section.highlights");
		this.document.add(highlights());

		heading("section.trend");
		if (this.content.trend.isEmpty()) {
			this.document.add(new Paragraph(this.texts.get("trend.none"), body()));
		}
		else {
			JFreeChart chart = this.charts.trend(this.content.trend, this.texts.get("chart.exports"),
					this.texts.get("chart.imports"), this.texts.get("chart.turnover"), this.texts.get("chart.unit"));
			this.document.add(chartCell(this.charts.draw(cb(), chart, width(), this.content.limits.trendHeight())));
			this.document.add(annualTable());
		}
		source(this.texts.get("source.trade"));
		notes();
	}

	/** The last five years as numbers to cite, DG Trade style: years across, flows down. */
	private PdfPTable annualTable() {
		List<BriefingContent.AnnualColumn> columns = this.content.annualTable;
		float[] widths = new float[columns.size() + 1];
		widths[0] = 2.6f;
		for (int i = 1; i < widths.length; i++) {
			widths[i] = 1;
		}
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(4);
		headerCell(table, this.texts.get("annual.unit"), Element.ALIGN_LEFT);
		columns.forEach(c -> headerCell(table, c.year(), Element.ALIGN_RIGHT));
		annualRow(table, "annual.exports", columns.stream().map(BriefingContent.AnnualColumn::exports).toList());
		annualRow(table, "annual.imports", columns.stream().map(BriefingContent.AnnualColumn::imports).toList());
		annualRow(table, "annual.turnover", columns.stream().map(BriefingContent.AnnualColumn::turnover).toList());
		annualRow(table, "annual.balance", columns.stream().map(BriefingContent.AnnualColumn::balance).toList());
		annualRow(table, "annual.turnoverYoy",
				columns.stream().map(BriefingContent.AnnualColumn::turnoverYoy).toList());
		return table;
	}

	private void annualRow(PdfPTable table, String key, List<String> values) {
		bodyCell(table, this.texts.get(key), Element.ALIGN_LEFT);
		values.forEach(v -> bodyCell(table, v, Element.ALIGN_RIGHT));
	}

	private PdfPTable keyFigures() {
		PdfPTable table = new PdfPTable(4);
		table.setWidthPercentage(100);
		table.setSpacingBefore(2);
		for (String key : List.of("turnover", "exports", "imports", "balance")) {
			PdfPCell cell = tile(key, this.content.tiles.get(key));
			if (key.equals("turnover")) {
				// white gaps between the tiles only, so the panel lines up with the text
				cell.setBorder(Rectangle.NO_BORDER);
			}
			table.addCell(cell);
		}
		return table;
	}

	private PdfPCell tile(String key, BriefingContent.Tile tile) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderColor(Color.WHITE);
		cell.setBorderWidth(3);
		cell.setBackgroundColor(BriefingStyle.PANEL);
		cell.setPadding(7);
		cell.setPaddingTop(5);
		cell.setPaddingBottom(8);

		Paragraph label = new Paragraph(this.texts.get("kf." + key),
				this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.MUTED));
		label.setLeading(10);
		cell.addElement(label);
		// the number large, its unit small, so "49,7 млрд долл. США" fits a quarter of the page
		String text = tile.value();
		int space = text.indexOf(' ');
		Paragraph value = new Paragraph(space < 0 ? text : text.substring(0, space),
				this.fonts.boldFont(17, BriefingStyle.NAVY));
		if (space > 0) {
			value.add(new Chunk(" " + text.substring(space + 1), this.fonts.boldFont(8.5f, BriefingStyle.NAVY)));
		}
		value.setLeading(21);
		cell.addElement(value);

		Paragraph yoy = new Paragraph("", body());
		yoy.setLeading(12);
		Integer direction = tile.direction();
		Color colour = direction == null || direction == 0 ? BriefingStyle.INK
				: direction > 0 ? BriefingStyle.UP : BriefingStyle.DOWN;
		if (direction != null && direction != 0) {
			char arrow = direction > 0 ? UP : DOWN;
			if (this.fonts.bold.charExists(arrow)) {
				yoy.add(new Chunk(arrow + " ", this.fonts.boldFont(8, colour)));
			}
		}
		yoy.add(new Chunk(tile.yoy(), this.fonts.boldFont(9.5f, colour)));
		yoy.add(new Chunk(" " + this.texts.get("kf.yoy"), this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED)));
		cell.addElement(yoy);

		Paragraph previous = new Paragraph(this.texts.get("kf.previous", tile.previous()),
				this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED));
		previous.setLeading(10);
		cell.addElement(previous);
		return cell;
	}

	private PdfPTable highlights() {
		PdfPTable box = new PdfPTable(1);
		box.setWidthPercentage(100);
		box.setSpacingBefore(2);
		box.setSpacingAfter(8);
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.LEFT);
		cell.setBorderWidthLeft(3);
		cell.setBorderColorLeft(BriefingStyle.NAVY);
		cell.setBackgroundColor(BriefingStyle.HIGHLIGHT);
		cell.setPadding(8);
		cell.setPaddingTop(4);
		for (int i = 1; i <= HIGHLIGHTS; i++) {
			String sentence = this.texts.get("highlight." + i);
			if (sentence.isBlank()) {
				continue;
			}
			Paragraph p = new Paragraph("", body());
			p.setLeading(12.5f);
			p.setIndentationLeft(10);
			p.setFirstLineIndent(-10);
			p.setSpacingBefore(3);
			p.add(new Chunk("\u2022 ", this.fonts.boldFont(9.5f, BriefingStyle.NAVY)));
			p.add(new Chunk(sentence, this.fonts.font(9.5f, BriefingStyle.INK)));
			cell.addElement(p);
		}
		String press = this.texts.get("highlight.press");
		if (!press.isBlank()) {
			Paragraph p = new Paragraph(press, this.fonts.font(BriefingStyle.SMALL,
					this.content.disagrees.isEmpty() ? BriefingStyle.MUTED : BriefingStyle.FLAG));
			p.setLeading(10);
			p.setSpacingBefore(5);
			cell.addElement(p);
		}
		box.addCell(cell);
		return box;
	}

	private void notes() throws DocumentException {
		List<String> notes = new ArrayList<>();
		addIfPresent(notes, this.texts.get("note.composition"));
		addIfPresent(notes, this.texts.get("note.valuation"));
		if (!complete("period")) {
			addIfPresent(notes, this.texts.get("note.incomplete"));
		}
		if (!complete("comparison")) {
			addIfPresent(notes, this.texts.get("note.comparisonIncomplete"));
		}
		if (this.content.fmt.naUsed()) {
			addIfPresent(notes, Formats.NA_MARKER + " " + this.texts.get("note.na"));
		}
		if (notes.isEmpty()) {
			return;
		}
		Paragraph title = new Paragraph(this.texts.get("notes.title"),
				this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.NAVY));
		title.setSpacingBefore(6);
		this.document.add(title);
		for (String note : notes) {
			Paragraph p = new Paragraph(note, this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED));
			p.setLeading(8.5f);
			this.document.add(p);
		}
	}

	private boolean complete(String period) {
		return this.content.data.get(period) instanceof java.util.Map<?, ?> m && Boolean.TRUE.equals(m.get("complete"));
	}

	private static void addIfPresent(List<String> list, String s) {
		if (s != null && !s.isBlank()) {
			list.add(s);
		}
	}

	// ------------------------------------------------------------------ page 2

	private void pageTwo() throws DocumentException {
		heading("section.products");
		if (this.content.exportProducts.isEmpty() && this.content.importProducts.isEmpty()) {
			this.document.add(new Paragraph(this.texts.get("products.none"), body()));
		}
		else {
			PdfPTable columns = new PdfPTable(2);
			columns.setWidthPercentage(100);
			columns.setWidths(new float[] { 1, 1 });
			columns.addCell(productColumn(this.texts.get("products.exports"), this.content.exportProducts,
					BriefingStyle.EXPORTS, 0, 8));
			columns.addCell(productColumn(this.texts.get("products.imports"), this.content.importProducts,
					BriefingStyle.IMPORTS, 8, 0));
			this.document.add(columns);
			source(this.texts.get("source.products"));
		}

		heading("section.topics");
		if (this.content.topics.isEmpty()) {
			this.document.add(note(this.texts.get("topics.none")));
		}
		else {
			this.document.add(topics());
			if (this.content.topicsOmitted > 0) {
				this.document.add(note(this.texts.get("topics.more", this.content.topicsOmitted)));
			}
		}

		heading("section.events");
		if (this.content.eventsInPeriod.isEmpty() && this.content.eventsAfter.isEmpty()) {
			this.document.add(note(this.texts.get("events.none")));
		}
		else {
			this.document.add(events());
			if (this.content.eventsOmitted > 0) {
				this.document.add(note(this.texts.get("events.more", this.content.eventsOmitted)));
			}
		}

		heading("section.press");
		press();
	}

	private PdfPCell productColumn(String title, List<BriefingContent.ProductLine> lines, Color colour,
			float padLeft, float padRight) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		cell.setPaddingLeft(padLeft);
		cell.setPaddingRight(padRight);
		Paragraph heading = new Paragraph(title, this.fonts.boldFont(BriefingStyle.BODY, BriefingStyle.INK));
		heading.setLeading(11);
		cell.addElement(heading);
		if (lines.isEmpty()) {
			cell.addElement(note(this.texts.get("products.none")));
			return cell;
		}
		Paragraph caption = new Paragraph(this.texts.get("chart.share"),
				this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED));
		caption.setLeading(9);
		cell.addElement(caption);
		List<String> labels = new ArrayList<>();
		List<Double> shares = new ArrayList<>();
		for (BriefingContent.ProductLine line : lines) {
			labels.add(chartLabel(line));
			shares.add(line.sharePct());
		}
		float w = (width() - 8) / 2;
		Image chart = this.charts.draw(cb(), this.charts.shares(labels, shares, colour), w, 78);
		cell.addElement(chart);

		PdfPTable table = new PdfPTable(new float[] { 0.55f, 3.2f, 1.25f, 0.9f, 0.95f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(3);
		table.setHeaderRows(1);
		headerCell(table, this.texts.get("col.code"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.product"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.value"), Element.ALIGN_RIGHT);
		headerCell(table, this.texts.get("col.share"), Element.ALIGN_RIGHT);
		headerCell(table, this.texts.get("col.yoy"), Element.ALIGN_RIGHT);
		for (BriefingContent.ProductLine line : lines) {
			bodyCell(table, line.code(), Element.ALIGN_LEFT);
			bodyCell(table, productName(line), Element.ALIGN_LEFT);
			bodyCell(table, line.value(), Element.ALIGN_RIGHT);
			bodyCell(table, line.share(), Element.ALIGN_RIGHT);
			bodyCell(table, line.yoy(), Element.ALIGN_RIGHT);
		}
		cell.addElement(table);
		return cell;
	}

	private String productName(BriefingContent.ProductLine line) {
		return this.texts.label("product", line.code(), line.name());
	}

	/** {@code 27 Mineral fuels…}: the code and the name cut at a word or a comma, to fit the axis. */
	private String chartLabel(BriefingContent.ProductLine line) {
		return line.code() + " " + shorten(productName(line), 24);
	}

	static String shorten(String name, int max) {
		String s = name.strip();
		int cut = -1;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c == ',' || c == ';' || c == '(') {
				cut = i;
				break;
			}
		}
		if (cut > 0 && cut <= max) {
			return s.substring(0, cut).strip() + "…";
		}
		if (s.length() <= max) {
			return s;
		}
		int space = s.lastIndexOf(' ', max - 1);
		return (space > 0 ? s.substring(0, space) : s.substring(0, max - 1)).strip() + "…";
	}

	private PdfPTable topics() {
		PdfPTable table = new PdfPTable(new float[] { 4.2f, 1.1f, 1.1f, 1.2f, 3.4f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		headerCell(table, this.texts.get("col.topic"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.stories"), Element.ALIGN_RIGHT);
		headerCell(table, this.texts.get("col.articles"), Element.ALIGN_RIGHT);
		headerCell(table, this.texts.get("col.shareStories"), Element.ALIGN_RIGHT);
		headerCell(table, "", Element.ALIGN_LEFT);
		double max = this.content.topics.stream().mapToDouble(BriefingContent.TopicLine::sharePct).max().orElse(1);
		for (BriefingContent.TopicLine t : this.content.topics) {
			bodyCell(table, this.texts.label("topic", t.code(), t.name()), Element.ALIGN_LEFT);
			bodyCell(table, t.stories(), Element.ALIGN_RIGHT);
			bodyCell(table, t.articles(), Element.ALIGN_RIGHT);
			bodyCell(table, t.share(), Element.ALIGN_RIGHT);
			table.addCell(barCell(max <= 0 ? 0 : t.sharePct() / max));
		}
		return table;
	}

	/** A flat bar drawn as a cell event: the share relative to the largest one. */
	private PdfPCell barCell(double fraction) {
		PdfPCell cell = new PdfPCell(new Phrase(" ", small()));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(BriefingStyle.PANEL);
		cell.setPaddingLeft(6);
		cell.setCellEvent((c, position, canvases) -> {
			PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
			float h = 5;
			float y = (position.getTop() + position.getBottom()) / 2 - h / 2;
			float w = (float) ((position.getWidth() - 8) * Math.max(0, Math.min(1, fraction)));
			canvas.saveState();
			canvas.setColorFill(BriefingStyle.EXPORTS);
			canvas.rectangle(position.getLeft() + 6, y, Math.max(w, 0.5f), h);
			canvas.fill();
			canvas.restoreState();
		});
		return cell;
	}

	private PdfPTable events() {
		PdfPTable table = new PdfPTable(new float[] { 1.15f, 1.6f, 6.1f, 1.5f });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		headerCell(table, this.texts.get("col.date"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.source"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.development"), Element.ALIGN_LEFT);
		headerCell(table, this.texts.get("col.type"), Element.ALIGN_LEFT);
		if (!this.content.eventsAfter.isEmpty()) {
			groupRow(table, this.texts.get("events.after"), 4);
			this.content.eventsAfter.forEach(e -> eventRow(table, e));
		}
		if (!this.content.eventsInPeriod.isEmpty()) {
			groupRow(table, this.texts.get("events.inPeriod"), 4);
			this.content.eventsInPeriod.forEach(e -> eventRow(table, e));
		}
		return table;
	}

	private void eventRow(PdfPTable table, BriefingContent.EventLine e) {
		bodyCell(table, e.date(), Element.ALIGN_LEFT);
		bodyCell(table, e.source(), Element.ALIGN_LEFT);
		Phrase development = new Phrase();
		development.add(new Chunk(e.title(), body()));
		List<String> details = new ArrayList<>();
		if (!e.participants().isBlank()) {
			details.add(this.texts.get("events.participants", e.participants()));
		}
		if (!e.location().isBlank()) {
			details.add(e.location());
		}
		if (!details.isEmpty()) {
			development.add(new Chunk("\n" + String.join(" · ", details),
					this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED)));
		}
		PdfPCell cell = baseCell(development, Element.ALIGN_LEFT);
		table.addCell(cell);
		bodyCell(table, this.texts.label("eventType", e.type(), humanise(e.type())), Element.ALIGN_LEFT);
	}

	private void press() throws DocumentException {
		if (this.content.disagrees.isEmpty() && this.content.agrees.isEmpty() && this.content.notComparable == 0) {
			this.document.add(note(this.texts.get("press.none")));
			return;
		}
		if (!this.content.disagrees.isEmpty()) {
			Paragraph intro = new Paragraph(this.texts.get("press.disagrees"),
					this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.FLAG));
			intro.setLeading(10);
			intro.setSpacingAfter(2);
			this.document.add(intro);
			PdfPTable table = new PdfPTable(new float[] { 2.4f, 1.6f, 1.75f, 1.75f, 0.8f, 2.2f });
			table.setWidthPercentage(100);
			table.setHeaderRows(1);
			headerCell(table, this.texts.get("col.article"), Element.ALIGN_LEFT);
			headerCell(table, this.texts.get("col.metric"), Element.ALIGN_LEFT);
			headerCell(table, this.texts.get("col.quoted"), Element.ALIGN_RIGHT);
			headerCell(table, this.texts.get("col.computed"), Element.ALIGN_RIGHT);
			headerCell(table, this.texts.get("col.diff"), Element.ALIGN_RIGHT);
			headerCell(table, this.texts.get("col.note"), Element.ALIGN_LEFT);
			for (BriefingContent.PressLine p : this.content.disagrees) {
				Phrase article = new Phrase();
				article.add(new Chunk(p.source() + ", " + p.date(), body()));
				if (!p.title().isBlank()) {
					article.add(new Chunk("\n" + p.title(), this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED)));
				}
				PdfPCell first = baseCell(article, Element.ALIGN_LEFT);
				first.setBorderWidthLeft(2.5f);
				first.setBorderColorLeft(BriefingStyle.FLAG);
				first.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
				first.setPaddingLeft(5);
				table.addCell(first);
				bodyCell(table, metric(p) + ", " + p.period(), Element.ALIGN_LEFT);
				PdfPCell quoted = baseCell(new Phrase(p.quoted(), this.fonts.boldFont(BriefingStyle.SMALL,
						BriefingStyle.FLAG)), Element.ALIGN_RIGHT);
				table.addCell(quoted);
				bodyCell(table, p.computed(), Element.ALIGN_RIGHT);
				bodyCell(table, p.diff(), Element.ALIGN_RIGHT);
				table.addCell(baseCell(new Phrase(p.note(), this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED)),
						Element.ALIGN_LEFT));
			}
			this.document.add(table);
			if (this.content.pressDisagreesOmitted > 0) {
				this.document.add(note(this.texts.get("press.more", this.content.pressDisagreesOmitted)));
			}
		}
		if (!this.content.agrees.isEmpty()) {
			Paragraph agrees = new Paragraph("", body());
			agrees.setLeading(10.5f);
			agrees.setSpacingBefore(5);
			agrees.add(new Chunk(this.texts.get("press.agrees") + " ",
					this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.UP)));
			List<String> items = new ArrayList<>();
			for (BriefingContent.PressLine p : this.content.agrees) {
				items.add(p.source() + ", " + p.date() + ": " + metric(p) + " " + p.period() + " " + p.quoted());
			}
			if (this.content.pressAgreesOmitted > 0) {
				items.add(this.texts.get("press.more", this.content.pressAgreesOmitted));
			}
			agrees.add(new Chunk(String.join("; ", items) + ".", small()));
			this.document.add(agrees);
		}
		if (this.content.notComparable > 0) {
			this.document.add(note(this.texts.get("press.notComparable", this.content.notComparable)));
		}
	}

	private String metric(BriefingContent.PressLine p) {
		return this.texts.label("metric", p.metric(), humanise(p.metric()));
	}

	// ------------------------------------------------------------------ helpers

	/** A section heading; its text is also the bookmark. */
	private void heading(String key) throws DocumentException {
		String text = this.texts.get(key);
		Chunk chunk = new Chunk(text, this.fonts.boldFont(11, BriefingStyle.NAVY));
		chunk.setGenericTag(PageDecorator.OUTLINE_TAG + text);
		Paragraph p = new Paragraph(chunk);
		p.setLeading(14);
		p.setSpacingBefore(6);
		p.setSpacingAfter(3);
		this.document.add(p);
	}

	private void source(String text) throws DocumentException {
		Paragraph p = new Paragraph(text, this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED));
		p.setLeading(8.5f);
		p.setSpacingBefore(2);
		this.document.add(p);
	}

	private Paragraph note(String text) {
		Paragraph p = new Paragraph(text, this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED));
		p.setLeading(10);
		p.setSpacingBefore(2);
		return p;
	}

	private PdfPTable chartCell(Image image) {
		PdfPTable t = new PdfPTable(1);
		t.setWidthPercentage(100);
		PdfPCell cell = new PdfPCell(image, false);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(0);
		t.addCell(cell);
		return t;
	}

	private void headerCell(PdfPTable table, String text, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, this.fonts.boldFont(BriefingStyle.TINY, BriefingStyle.MUTED)));
		cell.setHorizontalAlignment(align);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(BriefingStyle.NAVY);
		cell.setBorderWidth(0.7f);
		cell.setPaddingTop(1);
		cell.setPaddingBottom(3);
		cell.setPaddingLeft(2);
		cell.setPaddingRight(2);
		table.addCell(cell);
	}

	private void bodyCell(PdfPTable table, String text, int align) {
		table.addCell(baseCell(new Phrase(text, small()), align));
	}

	private PdfPCell baseCell(Phrase phrase, int align) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setHorizontalAlignment(align);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(BriefingStyle.RULE);
		cell.setBorderWidth(0.4f);
		cell.setPaddingTop(2);
		cell.setPaddingBottom(3.5f);
		cell.setPaddingLeft(2);
		cell.setPaddingRight(2);
		cell.setLeading(0, 1.2f);
		return cell;
	}

	private void groupRow(PdfPTable table, String text, int span) {
		PdfPCell cell = new PdfPCell(new Phrase(text, this.fonts.boldFont(BriefingStyle.TINY, BriefingStyle.NAVY)));
		cell.setColspan(span);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setBackgroundColor(BriefingStyle.PANEL);
		cell.setPaddingTop(1.5f);
		cell.setPaddingBottom(3);
		cell.setPaddingLeft(2);
		table.addCell(cell);
	}

	private Font body() {
		return this.fonts.font(BriefingStyle.SMALL, BriefingStyle.INK);
	}

	private Font small() {
		return this.fonts.font(BriefingStyle.SMALL, BriefingStyle.INK);
	}

	/** {@code HIGH_LEVEL_VISIT} → {@code High level visit}, for codes no template labels. */
	static String humanise(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String s = code.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
		return Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private PdfContentByte cb() {
		return this.writer.getDirectContent();
	}

	private float width() {
		return this.document.right() - this.document.left();
	}

}
