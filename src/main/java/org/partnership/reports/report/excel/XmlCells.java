package org.partnership.reports.report.excel;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.DateUtil;

import org.partnership.reports.report.excel.Styles.Kind;

/**
 * What {@link Cells} writes into POI cells, written as XML bytes into the row {@link RowXml} has open: the
 * same {@link SafeText}, the same values, the same styles. Style indexes are kept per (kind, highlight,
 * quoted) once {@link Styles} has given them, which it does in the order cells first need them, as before.
 */
final class XmlCells {

	private final Styles styles;

	private final RowXml xml;

	/** Style index + 1 per (kind, highlight, quoted); 0 while not asked for yet. */
	private final int[] indexes = new int[Kind.values().length * 4];

	/** Columns whose last text is remembered, as {@link RowXml} remembers its bytes. */
	private static final int REMEMBERED = 64;

	private final String[] lastValue = new String[REMEMBERED];

	private final String[] lastSafe = new String[REMEMBERED];

	private LocalDate lastDate;

	private double lastSerial;

	/** Texts of the columns marked in {@link #categories} go to this table; null: all inline. */
	private final SharedTexts shared;

	private final boolean[] categories;

	XmlCells(Styles styles, RowXml xml) {
		this(styles, xml, null, new boolean[0]);
	}

	XmlCells(Styles styles, RowXml xml, SharedTexts shared, boolean[] categories) {
		this.styles = styles;
		this.xml = xml;
		this.shared = shared;
		this.categories = categories;
	}

	void text(int col, String value) {
		text(col, value, Kind.TEXT, false);
	}

	void text(int col, String value, Kind kind, boolean highlight) {
		String safe;
		if (col < REMEMBERED && value != null && value.equals(this.lastValue[col])) {
			safe = this.lastSafe[col]; // the text of the row above: checked then
		}
		else {
			safe = SafeText.forCell(value);
			if (col < REMEMBERED) {
				this.lastValue[col] = value;
				this.lastSafe[col] = safe;
			}
		}
		int style = style(kind, highlight, SafeText.looksLikeFormula(safe));
		if (this.shared != null && col < this.categories.length && this.categories[col] && safe != null
				&& !safe.isEmpty()) {
			int index = this.shared.index(safe);
			if (index >= 0) {
				this.xml.shared(col, index, style);
				return;
			}
		}
		this.xml.text(col, safe, style);
	}

	/**
	 * Text styled as a link when {@code url} is an http(s) URL ({@code linked}: {@link SafeUrl#hyperlinkTarget}
	 * is present), plain text otherwise; the address when there is no text. The hyperlink itself is added by
	 * the {@link Repackager}.
	 */
	void linkText(int col, String value, String url, boolean linked) {
		String shown = (value == null || value.isBlank()) ? url : value;
		text(col, shown, linked ? Kind.LINK : Kind.TEXT, false);
	}

	void number(int col, BigDecimal value, Kind kind, boolean highlight) {
		number(col, (value != null) ? Double.valueOf(value.doubleValue()) : null, kind, highlight);
	}

	void number(int col, Double value, Kind kind, boolean highlight) {
		int style = style(kind, highlight, false);
		if (value != null && Double.isFinite(value)) {
			this.xml.number(col, value, style);
		}
		else {
			this.xml.blank(col, style);
		}
	}

	void percent(int col, Double pct, Kind kind, boolean highlight) {
		number(col, Percent.fraction(pct), kind, highlight);
	}

	void date(int col, LocalDate value) {
		date(col, value, false);
	}

	/** As POI stores a {@code LocalDate}: the serial number of its midnight in the 1900 date system. */
	void date(int col, LocalDate value, boolean highlight) {
		int style = style(Kind.DATE, highlight, false);
		if (value == null) {
			this.xml.blank(col, style);
			return;
		}
		if (!value.equals(this.lastDate)) {
			this.lastSerial = DateUtil.getExcelDate(value.atStartOfDay(), false);
			this.lastDate = value;
		}
		this.xml.number(col, this.lastSerial, style);
	}

	private int style(Kind kind, boolean highlight, boolean quoted) {
		int key = kind.ordinal() * 4 + (highlight ? 2 : 0) + (quoted ? 1 : 0);
		int index = this.indexes[key];
		if (index == 0) {
			index = (this.styles.get(kind, highlight, quoted).getIndex() & 0xFFFF) + 1;
			this.indexes[key] = index;
		}
		return index - 1;
	}

}
