package org.partnership.reports.trade;

import java.util.Locale;

/** Direction of trade as seen by the reporter. */
public enum Flow {

	EXPORT, IMPORT;

	/** Parses {@code export} / {@code import} (any case), or returns {@code null}. */
	public static Flow parse(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "export" -> EXPORT;
			case "import" -> IMPORT;
			default -> null;
		};
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
