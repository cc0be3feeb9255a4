package org.partnership.reports.report.excel;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Makes feed text fit for a cell: characters XML 1.0 cannot carry are replaced, text over the cell
 * limit is cut with a visible marker, and text a spreadsheet could read as a formula is detected so
 * the caller can store it quote-prefixed (inert).
 */
final class SafeText {

	static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	static final String TRUNCATED = "… [truncated]";

	private SafeText() {
	}

	/** {@code =}, {@code +}, {@code -}, {@code @}, tab and CR start formulas or DDE payloads (OWASP CSV injection). */
	static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}

	/** The text as it can be stored in a cell: XML-safe and at most {@link #MAX_LENGTH} characters. */
	static String forCell(String text) {
		return clip(xmlSafe(text));
	}

	static String clip(String text) {
		if (text == null || text.length() <= MAX_LENGTH) {
			return text;
		}
		int cut = MAX_LENGTH - TRUNCATED.length();
		// never split a surrogate pair: half a character would be an invalid XML character
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + TRUNCATED;
	}

	/** Replaces control characters (other than tab, LF, CR), U+FFFE/U+FFFF and lone surrogates with U+FFFD. */
	static String xmlSafe(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c >= 0x20 && c < Character.MIN_SURROGATE) {
				// printable and below the surrogates: almost every character, settled with one range check
				if (out != null) {
					out.append(c);
				}
				continue;
			}
			boolean ok;
			if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (out != null) {
					out.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			ok = (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !Character.isSurrogate(c) && c != 0xFFFE
					&& c != 0xFFFF;
			if (!ok && out == null) {
				out = new StringBuilder(n).append(text, 0, i);
			}
			if (out != null) {
				out.append(ok ? c : '\uFFFD');
			}
		}
		return out == null ? text : out.toString();
	}

}
