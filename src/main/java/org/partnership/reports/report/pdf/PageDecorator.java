package org.partnership.reports.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Every page's header (partnership and period) and footer (sources, data retrieved, run date,
 * "Page X of Y"), and the bookmarks: a heading chunk tagged {@code outline:<title>} becomes an outline
 * entry pointing at the heading's position on its page.
 */
final class PageDecorator extends PdfPageEventHelper {

	static final String OUTLINE_TAG = "outline:";

	private final PdfFonts fonts;

	private final String headerLeft;

	private final String headerRight;

	private final String sources;

	private final String dateLine;

	private final String pageLabel;

	private PdfTemplate total;

	private int pages;

	/** A heading that wraps calls back once per line: one bookmark each. */
	private final java.util.Set<String> outlined = new java.util.HashSet<>();

	/**
	 * @param pageLabel the "Page {0} of {1}" text; {1} is filled in when the document closes
	 */
	PageDecorator(PdfFonts fonts, String headerLeft, String headerRight, String sources, String dateLine,
			String pageLabel) {
		this.fonts = fonts;
		this.headerLeft = headerLeft;
		this.headerRight = headerRight;
		this.sources = sources;
		this.dateLine = dateLine;
		this.pageLabel = pageLabel.contains("{1}") ? pageLabel : pageLabel + " / {1}";
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		this.total = writer.getDirectContent().createTemplate(30, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte cb = writer.getDirectContent();
		float left = document.left();
		float right = document.right();

		// header: a navy rule under one line of text
		float headerBase = document.top() + 18;
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
				new Phrase(this.headerLeft, this.fonts.boldFont(BriefingStyle.SMALL, BriefingStyle.NAVY)), left,
				headerBase, 0);
		ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
				new Phrase(this.headerRight, this.fonts.font(BriefingStyle.SMALL, BriefingStyle.MUTED)), right,
				headerBase, 0);
		cb.saveState();
		cb.setColorStroke(BriefingStyle.NAVY);
		cb.setLineWidth(0.8f);
		cb.moveTo(left, headerBase - 5);
		cb.lineTo(right, headerBase - 5);
		cb.stroke();

		// footer: rule, sources (up to two lines), then dates left and page number right
		float footerTop = document.bottom() - 12;
		cb.setColorStroke(BriefingStyle.RULE);
		cb.setLineWidth(0.5f);
		cb.moveTo(left, footerTop);
		cb.lineTo(right, footerTop);
		cb.stroke();
		cb.restoreState();

		ColumnText sourcesColumn = new ColumnText(cb);
		sourcesColumn.setSimpleColumn(left, footerTop - 22, right, footerTop - 2);
		sourcesColumn.setLeading(8.5f);
		sourcesColumn.addText(new Phrase(this.sources, this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED)));
		try {
			sourcesColumn.go();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException(ex);
		}

		float lastLine = Math.min(sourcesColumn.getYLine() - 8, footerTop - 14);
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
				new Phrase(this.dateLine, this.fonts.font(BriefingStyle.TINY, BriefingStyle.MUTED)), left, lastLine, 0);

		String before = this.pageLabel.substring(0, this.pageLabel.indexOf("{1}"))
			.replace("{0}", Integer.toString(writer.getPageNumber()));
		String after = this.pageLabel.substring(this.pageLabel.indexOf("{1}") + 3);
		float size = BriefingStyle.SMALL;
		float totalWidth = this.fonts.regular.getWidthPoint("99", size);
		float afterWidth = this.fonts.regular.getWidthPoint(after, size);
		float beforeWidth = this.fonts.regular.getWidthPoint(before, size);
		float x = right - afterWidth - totalWidth - beforeWidth;
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
				new Phrase(before, this.fonts.font(size, BriefingStyle.INK)), x, lastLine, 0);
		cb.addTemplate(this.total, x + beforeWidth, lastLine - 2);
		if (!after.isEmpty()) {
			ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT,
					new Phrase(after, this.fonts.font(size, BriefingStyle.INK)), right, lastLine, 0);
		}
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		// the counter has already moved past the last page
		this.pages = writer.getPageNumber() - 1;
		String pages = Integer.toString(this.pages);
		this.total.beginText();
		this.total.setFontAndSize(this.fonts.regular, BriefingStyle.SMALL);
		this.total.setColorFill(BriefingStyle.INK);
		this.total.setTextMatrix(0, 2);
		this.total.showText(pages);
		this.total.endText();
	}

	/** The number of pages, once the document is closed. */
	int pages() {
		return this.pages;
	}

	@Override
	public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
		if (text.startsWith(OUTLINE_TAG) && this.outlined.add(text)) {
			new PdfOutline(writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, rect.getTop() + 12),
					text.substring(OUTLINE_TAG.length()));
		}
	}

}
