package org.partnership.reports.report.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataFormat;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one workbook, each created on first use and then shared. A workbook holds at most
 * 64,000 styles, so cells never get a style of their own.
 */
final class Styles {

	/** What a cell shows; the number-format codes live here and nowhere else. */
	enum Kind {

		TEXT(null), WRAP(null), HEADER(null), HEADER_RIGHT(null), HEADER_CENTER(null), TITLE(null), SECTION(null),
		NOTE(null), NOT_AVAILABLE(null), LINK(null), CENTERED(null), DATE("yyyy-mm-dd"), YEAR("0"), INTEGER("0"),
		COUNT("#,##0"), USD("#,##0"),
		/** Full dollars shown in millions: 3,217,000,000 → "3,217 m". */
		USD_MILLIONS("#,##0,,\" m\""),
		/** Full dollars shown in millions with one decimal: 12,345,678 → "12.3 m". */
		USD_MILLIONS_1("#,##0.0,,\" m\""),
		/** Full dollars shown in billions: 38,600,000,000 → "38.6 bn". */
		USD_BILLIONS("#,##0.0,,,\" bn\""),
		/** A fraction shown as percent: 0.169 → "16.9%". */
		PERCENT("0.0%"),
		/** A signed change, stored as a fraction: 0.169 → "+16.9%". */
		PERCENT_CHANGE("+0.0%;-0.0%;0.0%"),
		/** Percentage points, stored as points: 5.3 → "+5.3 pp". */
		POINTS("+0.0\" pp\";-0.0\" pp\";0.0\" pp\""), RATIO("0.00"), NUMBER("General");

		final String format;

		Kind(String format) {
			this.format = format;
		}

	}

	private enum FontKind {

		BOLD, TITLE, SECTION, NOTE, LINK, ALERT

	}

	private record Key(Kind kind, boolean highlight, boolean quoted) {
	}

	private static final XSSFColor HEADER_FILL = rgb(0xDC, 0xE6, 0xF1);

	/** Excel's own "Bad" colours, which analysts already read as "look here". */
	private static final XSSFColor ALERT_FILL = rgb(0xFF, 0xC7, 0xCE);

	private final XSSFWorkbook workbook;

	private final XSSFDataFormat formats;

	private final Map<Key, XSSFCellStyle> styles = new HashMap<>();

	private final Map<FontKind, XSSFFont> fonts = new EnumMap<>(FontKind.class);

	Styles(XSSFWorkbook workbook) {
		this.workbook = workbook;
		this.formats = workbook.createDataFormat();
	}

	CellStyle get(Kind kind) {
		return get(kind, false, false);
	}

	/**
	 * @param highlight fill the cell as a row that needs attention
	 * @param quoted store text with a quote prefix so Excel never reads it as a formula
	 */
	CellStyle get(Kind kind, boolean highlight, boolean quoted) {
		return this.styles.computeIfAbsent(new Key(kind, highlight, quoted), this::create);
	}

	private XSSFCellStyle create(Key key) {
		XSSFCellStyle style = this.workbook.createCellStyle();
		Kind kind = key.kind();
		if (kind.format != null) {
			style.setDataFormat(this.formats.getFormat(kind.format));
		}
		style.setVerticalAlignment(VerticalAlignment.TOP);
		switch (kind) {
			case WRAP -> style.setWrapText(true);
			case HEADER, HEADER_RIGHT, HEADER_CENTER -> {
				style.setFont(font(FontKind.BOLD));
				style.setFillForegroundColor(HEADER_FILL);
				style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
				style.setBorderBottom(BorderStyle.THIN);
				style.setWrapText(true);
				// headers of number columns sit over the numbers
				style.setAlignment((kind == Kind.HEADER) ? HorizontalAlignment.LEFT
						: (kind == Kind.HEADER_RIGHT) ? HorizontalAlignment.RIGHT : HorizontalAlignment.CENTER);
			}
			case TITLE -> style.setFont(font(FontKind.TITLE));
			case SECTION -> style.setFont(font(FontKind.SECTION));
			case NOTE -> style.setFont(font(FontKind.NOTE));
			case NOT_AVAILABLE -> {
				style.setFont(font(FontKind.NOTE));
				style.setAlignment(HorizontalAlignment.RIGHT);
			}
			case LINK -> style.setFont(font(FontKind.LINK));
			// centred short codes and dates keep a gap to the right-aligned number or left-aligned text beside them
			case CENTERED, DATE -> style.setAlignment(HorizontalAlignment.CENTER);
			case YEAR -> style.setAlignment(HorizontalAlignment.LEFT);
			default -> {
			}
		}
		if (key.highlight()) {
			style.setFillForegroundColor(ALERT_FILL);
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			if (kind != Kind.LINK) {
				style.setFont(font(FontKind.ALERT));
			}
		}
		style.setQuotePrefixed(key.quoted());
		return style;
	}

	private XSSFFont font(FontKind kind) {
		return this.fonts.computeIfAbsent(kind, k -> {
			XSSFFont font = this.workbook.createFont();
			switch (k) {
				case BOLD -> font.setBold(true);
				case TITLE -> {
					font.setBold(true);
					font.setFontHeightInPoints((short) 14);
					font.setColor(rgb(0x1F, 0x4E, 0x79));
				}
				case SECTION -> {
					font.setBold(true);
					font.setFontHeightInPoints((short) 12);
					font.setColor(rgb(0x1F, 0x4E, 0x79));
				}
				case NOTE -> {
					font.setItalic(true);
					font.setColor(rgb(0x59, 0x59, 0x59));
				}
				case LINK -> {
					font.setUnderline(Font.U_SINGLE);
					font.setColor(rgb(0x05, 0x63, 0xC1));
				}
				case ALERT -> font.setColor(rgb(0x9C, 0x00, 0x06));
			}
			return font;
		});
	}

	private static XSSFColor rgb(int r, int g, int b) {
		return new XSSFColor(new byte[] { (byte) r, (byte) g, (byte) b }, null);
	}

}
