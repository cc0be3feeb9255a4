package org.partnership.reports.trade;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Codes of Eurostat reporters and partners ({@code reference/eurostat-geo.csv}: {@code code,
 * eurostat_code, label}). Eurostat writes long labels ({@code Italy (incl. San Marino 'SM' ->
 * 1993)}); a label is matched without the part in parentheses and without regard to case, and the
 * Eurostat code ({@code IT}, {@code EU27_2020}) or the ISO code itself is matched too. Aggregates
 * the model does not have (euro area, the EU of changing composition) are deliberately absent, so
 * their rows are rejected with the reason. A file of the same name in the {@code --reference}
 * folder replaces the shipped one.
 */
public final class EurostatGeo {

	public static final String FILE_NAME = "eurostat-geo.csv";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,15}");

	private final Map<String, String> codes;

	private EurostatGeo(Map<String, String> codes) {
		this.codes = codes;
	}

	public static EurostatGeo load(Path referenceDir) {
		Map<String, String> codes = new HashMap<>();
		ReferenceFile.read(referenceDir, FILE_NAME, r -> {
			String code = r.getField("code").strip();
			if (!CODE.matcher(code).matches()) {
				throw new IllegalArgumentException("not an ISO alpha-3 or group code: '" + code + "'");
			}
			for (String key : new String[] { code, r.getField("eurostat_code"), r.getField("label") }) {
				String k = key(key);
				if (k.isEmpty()) {
					continue;
				}
				String before = codes.putIfAbsent(k, code);
				if (before != null && !before.equals(code)) {
					throw new IllegalArgumentException("'" + key.strip() + "' is already the name of " + before);
				}
			}
		});
		return new EurostatGeo(Map.copyOf(codes));
	}

	/** The code of a Eurostat label or code, or {@code null} when the table does not know it. */
	public String code(String label) {
		return label == null ? null : this.codes.get(key(label));
	}

	/** Lower case, without the parenthesised qualification Eurostat appends to many labels. */
	static String key(String label) {
		String s = label.strip();
		int paren = s.indexOf('(');
		if (paren > 0) {
			s = s.substring(0, paren);
		}
		return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
