package org.partnership.reports.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Small parsers shared by the row checks; each returns {@code null} when the text does not parse. */
public final class Fields {

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern SPACED = Pattern.compile("[+-]?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+([.,]\\d+)?");

	private Fields() {
	}

	/**
	 * Parses an amount: plain ({@code 1234.5}), exponent ({@code 1.2E9}), comma thousands
	 * ({@code 1,234,567.8}) or space thousands ({@code 1 234 567,8}).
	 */
	public static BigDecimal decimal(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		try {
			if (isPlainDecimal(t)) {
				return new BigDecimal(t);
			}
			if (PLAIN.matcher(t).matches()) {
				return new BigDecimal(t);
			}
			if (GROUPED.matcher(t).matches()) {
				return new BigDecimal(t.replace(",", ""));
			}
			if (SPACED.matcher(t).matches()) {
				return new BigDecimal(t.replaceAll("[ \\u00A0\\u202F]", "").replace(',', '.'));
			}
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return null;
	}

	/** Digits with at most one decimal point inside (the common case, checked without a regex). */
	private static boolean isPlainDecimal(String t) {
		int n = t.length();
		if (n == 0 || n > 40 || t.charAt(0) == '.' || t.charAt(n - 1) == '.') {
			return false;
		}
		boolean point = false;
		for (int i = 0; i < n; i++) {
			char c = t.charAt(i);
			if (c == '.') {
				if (point) {
					return false;
				}
				point = true;
			}
			else if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** Reporter and partner codes: ISO alpha-3 or a group code such as EU27; safe in file names by construction. */
	private static final Pattern PARTY = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

	/** The upper-cased reporter or partner code, or {@code null} when the text is not one. */
	public static String partyCode(String text) {
		if (text == null) {
			return null;
		}
		String code = text.strip().toUpperCase(java.util.Locale.ROOT);
		return PARTY.matcher(code).matches() ? code : null;
	}

	/** True when any field of the record holds a NUL character (binary garbage, never valid text). */
	public static boolean hasNul(CsvLine line) {
		for (String field : line.fields()) {
			if (field.indexOf('\0') >= 0) {
				return true;
			}
		}
		return false;
	}

}
