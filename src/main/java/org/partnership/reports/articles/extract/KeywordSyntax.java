package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one keyword of a reference file (see {@code reference/README.md}).
 *
 * <ul>
 * <li>{@code word} matches the whole word after folding (case-insensitive);</li>
 * <li>{@code stem*} matches any word that starts with {@code stem} (inflected Russian and Kazakh forms);</li>
 * <li>{@code =EU} also requires the original text to have exactly this case (short ambiguous aliases);</li>
 * <li>{@code {a/b/}} expands to alternatives, e.g. {@code европейск{ий/ого/ом} союз*}; a star may
 * end each alternative, as in {@code зелен{ый/ая} {экономик*}}.</li>
 * </ul>
 */
final class KeywordSyntax {

	/** One expanded keyword: folded text, whether it is a stem, and the exact-case form or null. */
	record Spec(String folded, boolean prefix, String exactCase) {
	}

	private static final int MAX_EXPANSIONS = 256;

	private KeywordSyntax() {
	}

	/** @throws IllegalArgumentException with a short reason when the keyword is malformed */
	static List<Spec> parse(String raw) {
		String s = raw.strip();
		boolean exact = s.startsWith("=");
		if (exact) {
			s = s.substring(1).strip();
		}
		List<Spec> specs = new ArrayList<>();
		for (String expanded : expand(s, raw)) {
			String variant = expanded.strip();
			boolean prefix = variant.endsWith("*");
			if (prefix) {
				variant = variant.substring(0, variant.length() - 1);
			}
			if (variant.indexOf('*') >= 0) {
				throw new IllegalArgumentException("'*' is allowed only at the end of keyword '" + raw + "'");
			}
			String folded = TextNormalizer.fold(variant).strip();
			if (folded.isEmpty()) {
				throw new IllegalArgumentException("empty keyword in '" + raw + "'");
			}
			specs.add(new Spec(folded, prefix, exact ? variant.strip() : null));
		}
		return specs;
	}

	private static List<String> expand(String s, String raw) {
		int open = s.indexOf('{');
		int close = s.indexOf('}');
		if (open < 0 && close < 0) {
			return List.of(s);
		}
		if (open < 0 || close < open) {
			throw new IllegalArgumentException("unbalanced braces in keyword '" + raw + "'");
		}
		String head = s.substring(0, open);
		String[] options = s.substring(open + 1, close).split("/", -1);
		List<String> tails = expand(s.substring(close + 1), raw);
		List<String> result = new ArrayList<>();
		for (String option : options) {
			if (option.indexOf('{') >= 0) {
				throw new IllegalArgumentException("nested braces in keyword '" + raw + "'");
			}
			for (String tail : tails) {
				result.add(head + option + tail);
			}
		}
		if (result.size() > MAX_EXPANSIONS) {
			throw new IllegalArgumentException("keyword '" + raw + "' expands to more than " + MAX_EXPANSIONS + " variants");
		}
		return result;
	}

}
