package org.partnership.reports.articles.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers in a sentence and classifies them by their neighbours. Matchers are created once per
 * scanner, re-aimed at each article with {@link #reset} and at each place with {@code region}; every pattern
 * is anchored at a number or a short window, so no pattern can backtrack over a whole sentence. Not
 * thread-safe: {@link FigureExtractor} keeps one per thread.
 */
final class FigureScanner {

	/** A figure under construction; positions are in folded text. */
	static final class Candidate {

		String kind;

		BigDecimal value;

		String currency;

		BigDecimal change;

		int start;

		int end;

		int spanStart;

		int spanEnd;

		int snippetStart;

		int snippetEnd;

		boolean isGrowth;

		Candidate(String kind, BigDecimal value, int start, int end) {
			this.kind = kind;
			this.value = value;
			this.start = start;
			this.end = end;
			this.spanStart = start;
			this.spanEnd = end;
			this.snippetStart = start;
			this.snippetEnd = end;
		}

	}

	private static final Pattern PERCENT = Pattern
		.compile("\\s?(?:%|percent(?!\\p{L})|per\\s+cent(?!\\p{L})|процент\\p{L}*|пайыз\\p{L}*)(-\\p{L}+)?");

	private static final Pattern RATIO = Pattern.compile("\\s?(?:(раза?)|(times)|-?(fold)|(есе))(?!\\p{L})");

	private static final String SCALE = "(trillions?|tn|trln|трлн\\.?|триллион\\p{L}*|billions?|bn|bln|млрд\\.?|миллиард\\p{L}*"
			+ "|millions?|mln|mn|m|млн\\.?|миллион\\p{L}*|thousands?|тыс\\.?|тысяч\\p{L}*|мың\\p{L}*)(?![\\p{L}])";

	private static final Pattern AMOUNT = Pattern.compile("(?:\\s?" + SCALE + ")?(?:\\s?(us\\s?dollars?|dollars?"
			+ "|ақш\\s+доллар\\p{L}*|долл(?:ар\\p{L}*|\\.)?(?:\\s?сша(?![\\p{L}]))?|euros?|евро|eur|usd|kzt|тенге|теңге|\\$|€|₸)"
			+ "(?![\\p{L}]))?");

	private static final Pattern COUNT_SCALE = Pattern.compile("\\s?(тыс\\.?|тысяч\\p{L}*|thousands?|мың\\p{L}*)(?![\\p{L}])");

	private static final Pattern QUALIFIER = Pattern.compile("(?<![\\p{L}])(?:more\\s+than|over|about|around|nearly|almost"
			+ "|some|up\\s+to|at\\s+least|approximately|более|свыше|около|почти|порядка|примерно|не\\s+менее)\\s$");

	/** Words of growth ("up" alone; the others as stems). */
	static final WordStems GROWTH = WordStems.of("increas", "grow", "grew", "rose", "rise", "rising", "up$", "gain", "jump",
			"surg", "climb", "expand", "higher", "увелич", "выросл", "вырос", "возрос", "рост", "прирост", "повыс", "өсті",
			"өсу", "өсім", "өскен", "артты", "артқан", "ұлғай");

	/** Words of decline ("down" alone; the others as stems). */
	static final WordStems DECLINE = WordStems.of("decreas", "declin", "fell", "fall", "drop", "down$", "shrink", "shrank",
			"shrunk", "contract", "lower", "сниз", "сократ", "сокращ", "уменьш", "упал", "падени", "спад", "төменде", "азай",
			"қысқар");

	/** A comparative right after a percentage: "17.1% more than", «на 5% больше», «16,9%-ға жоғары». */
	private static final Pattern MORE_AFTER = Pattern.compile("\\s*(?:more|higher|больше|выше|жоғары|артық)(?![\\p{L}])");

	private static final Pattern LESS_AFTER = Pattern.compile("\\s*(?:less|lower|fewer|меньше|ниже|төмен)(?![\\p{L}])");

	/** Words allowed between a number and "companies" besides adjectives recognised by their ending. */
	private static final Set<String> MODIFIER_WORDS = Set.of("foreign", "joint", "small", "large", "big", "new", "other",
			"more", "major", "key", "top", "private", "state", "local", "eu", "kazakh", "dutch", "french", "swiss", "czech",
			"greek", "uzbek", "sized", "owned", "based", "астам", "аса", "жуық", "шамасында", "кем");

	private static final String[] EN_ADJECTIVE_ENDINGS = { "an", "ese", "ish", "ic", "al", "ed", "ing", "ern", "ous" };

	/** Russian adjective endings (европейских, иностранные) and Kazakh ones (еуропалық, шетелдік). */
	private static final String[] RU_KK_ADJECTIVE_ENDINGS = { "ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя",
			"ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ыми", "ими", "ую", "юю", "лық", "лік", "дық", "дік", "тық",
			"тік", "ғы", "гі", "қы", "кі" };

	private static final Pattern CHANGE_PREPOSITION = Pattern.compile("(?<![\\p{L}])(?:by|на)\\s$");

	private static final StartChars PERCENT_STARTS = StartChars.of(PERCENT);

	private static final StartChars RATIO_STARTS = StartChars.of(RATIO);

	private static final StartChars AMOUNT_STARTS = StartChars.of(AMOUNT);

	private static final StartChars COUNT_SCALE_STARTS = StartChars.of(COUNT_SCALE);

	private static final StartChars MORE_AFTER_STARTS = StartChars.of(MORE_AFTER);

	private static final StartChars LESS_AFTER_STARTS = StartChars.of(LESS_AFTER);

	private String text;

	private final Matcher percent;

	private final Matcher ratio;

	private final Matcher amount;

	private final Matcher countScale;

	private final Matcher qualifier;

	private final Matcher preposition;

	private final Matcher moreAfter;

	private final Matcher lessAfter;

	FigureScanner(String text) {
		this.text = text;
		this.percent = PERCENT.matcher(text);
		this.ratio = RATIO.matcher(text);
		this.amount = AMOUNT.matcher(text);
		this.countScale = COUNT_SCALE.matcher(text);
		this.qualifier = QUALIFIER.matcher(text).useTransparentBounds(true);
		this.preposition = CHANGE_PREPOSITION.matcher(text).useTransparentBounds(true);
		this.moreAfter = MORE_AFTER.matcher(text);
		this.lessAfter = LESS_AFTER.matcher(text);
	}

	/** Aims the scanner at another text, keeping its matchers. */
	FigureScanner reset(String newText) {
		this.text = newText;
		for (Matcher m : new Matcher[] { percent, ratio, amount, countScale, qualifier, preposition, moreAfter,
				lessAfter }) {
			m.reset(newText);
		}
		return this;
	}

	/** Figures of {@code [from, to)} in order, growths already attached to their amounts. */
	List<Candidate> scan(int from, int to, List<Hit> hits) {
		List<Candidate> found = new ArrayList<>();
		int consumed = from;
		for (int start : Anchors.numberStarts(text, from, to)) {
			NumberToken number = start < consumed ? null : NumberToken.at(text, start, to);
			if (number == null) {
				continue;
			}
			int windowStart = found.isEmpty() ? from : found.get(found.size() - 1).end;
			Candidate c = classify(number.value(), start, number.end(), windowStart, to, hits);
			if (c != null) {
				found.add(c);
				consumed = c.end;
			}
		}
		return attachGrowths(found, hits);
	}

	private Candidate classify(BigDecimal value, int start, int end, int windowStart, int to, List<Hit> hits) {
		Candidate c = percentage(value, start, end, windowStart, to);
		if (c == null) {
			c = ratio(value, start, end, windowStart, to);
		}
		if (c == null) {
			c = amount(value, start, end, windowStart, to);
		}
		if (c == null) {
			c = count(value, start, end, windowStart, to, hits);
		}
		return c;
	}

	private Candidate percentage(BigDecimal value, int start, int end, int windowStart, int to) {
		if (!PERCENT_STARTS.mayContinueAt(text, end, to) || !percent.region(end, to).lookingAt()) {
			return null;
		}
		int pctEnd = percent.end();
		char sign = start - 1 >= windowStart && (start - 2 < 0 || !CharClass.isLetterOrDigit(text.charAt(start - 2)))
				? text.charAt(start - 1) : ' ';
		boolean signed = sign == '+' || sign == '-';
		boolean kazakhCase = percent.group(1) != null;
		int before = Math.max(windowStart, start - 50);
		int after = Math.min(to, pctEnd + 25);
		boolean up = growth(before, start) || growth(pctEnd, after) || lookingAt(moreAfter, MORE_AFTER_STARTS, pctEnd, to);
		boolean down = decline(before, start) || decline(pctEnd, after) || lookingAt(lessAfter, LESS_AFTER_STARTS, pctEnd, to);
		boolean byPreposition = find(preposition, Math.max(windowStart, start - 4), start);
		if (!signed && !kazakhCase && !up && !down && !byPreposition) {
			return null; // a share ("30% of trade"), not a change
		}
		BigDecimal pct = Amounts.percent(value);
		if (sign == '-' || (!signed && down && !up)) {
			pct = pct.negate();
		}
		Candidate c = new Candidate("GROWTH_PCT", pct, signed ? start - 1 : start, pctEnd);
		c.isGrowth = true;
		return c;
	}

	private Candidate ratio(BigDecimal value, int start, int end, int windowStart, int to) {
		if (!RATIO_STARTS.mayContinueAt(text, end, to) || !ratio.region(end, to).lookingAt()
				|| value.compareTo(BigDecimal.ONE) <= 0) {
			return null;
		}
		int ratioStart = start;
		if (ratio.group(1) != null) {
			// «в 1,5 раза»: without the preposition "раз" is a count of times, not a ratio
			if (start < windowStart + 2 || !text.startsWith("в ", start - 2)) {
				return null;
			}
			ratioStart = start - 2;
		}
		int before = Math.max(windowStart, start - 50);
		boolean down = decline(before, start) || decline(ratio.end(), Math.min(to, ratio.end() + 25));
		boolean up = growth(before, start) || growth(ratio.end(), Math.min(to, ratio.end() + 25));
		Candidate c = new Candidate("GROWTH_PCT", Amounts.ratioGrowth(value, down && !up), ratioStart, ratio.end());
		c.isGrowth = true;
		return c;
	}

	private Candidate amount(BigDecimal value, int start, int end, int windowStart, int to) {
		int prefixStart = start;
		String prefixCurrency = null;
		int p = start > windowStart && text.charAt(start - 1) == ' ' ? start - 1 : start;
		if (p > windowStart) {
			char ch = text.charAt(p - 1);
			if (ch == '$' || ch == '€' || ch == '₸') {
				prefixCurrency = Amounts.currency(String.valueOf(ch));
				prefixStart = p - 1;
				if (ch == '$' && prefixStart - 2 >= windowStart && text.startsWith("us", prefixStart - 2)) {
					prefixStart -= 2;
				}
			}
			else if (p - 3 >= windowStart && (p - 4 < 0 || !CharClass.isLetter(text.charAt(p - 4)))) {
				prefixCurrency = Amounts.currency(wordOf3(p - 3));
				prefixStart = prefixCurrency != null ? p - 3 : start;
			}
		}
		boolean suffix = AMOUNT_STARTS.mayContinueAt(text, end, to) && amount.region(end, to).lookingAt();
		String suffixCurrency = suffix ? Amounts.currency(amount.group(2)) : null;
		if (prefixCurrency == null && suffixCurrency == null) {
			return null;
		}
		Candidate c = new Candidate("AMOUNT", Amounts.units(value, suffix ? Amounts.scaleExponent(amount.group(1)) : 0),
				prefixStart, suffix ? amount.end() : end);
		c.currency = prefixCurrency != null ? prefixCurrency : suffixCurrency;
		return c;
	}

	private String wordOf3(int at) {
		String w = text.substring(at, at + 3);
		return w.equals("usd") || w.equals("eur") || w.equals("kzt") ? w : null;
	}

	private Candidate count(BigDecimal value, int start, int end, int windowStart, int to, List<Hit> hits) {
		int exponent = 0;
		int p = end;
		if (COUNT_SCALE_STARTS.mayContinueAt(text, end, to) && countScale.region(end, to).lookingAt()) {
			exponent = Amounts.scaleExponent(countScale.group(1));
			p = countScale.end();
		}
		for (Hit hit : hits) {
			if (hit.layer() == Layer.METRIC && hit.code().equals("COMPANIES") && hit.start() >= p
					&& hit.start() - p <= 40 && isModifiers(p, hit.start(), hits)) {
				BigDecimal units = Amounts.units(value, exponent);
				if (units.scale() > 0) {
					return null;
				}
				Candidate c = new Candidate("COUNT", units, start, hit.end());
				qualifier.region(Math.max(windowStart, start - 25), start);
				if (qualifier.find()) {
					c.snippetStart = qualifier.start();
				}
				return c;
			}
		}
		return null;
	}

	/**
	 * Whether {@code [from, to)} holds at most three words that can modify the counted noun: "3,000 European
	 * companies", «3 000 европейских компаний», «3 мыңнан астам еуропалық компания», but not "200 representatives
	 * of companies" or «200 представителей компаний», where the number counts something else.
	 */
	private boolean isModifiers(int from, int to, List<Hit> hits) {
		int words = 0;
		int i = from;
		while (i < to) {
			char ch = text.charAt(i);
			if (ch == ' ') {
				i++;
				continue;
			}
			if (!CharClass.isLetter(ch)) {
				return false;
			}
			int start = i;
			while (i < to && (CharClass.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
				i++;
			}
			if (++words > 3 || !isModifier(start, i, hits)) {
				return false;
			}
		}
		return true;
	}

	private boolean isModifier(int start, int end, List<Hit> hits) {
		for (Hit hit : hits) {
			if (hit.start() <= start && hit.end() >= end
					&& (hit.layer() == Layer.SCOPE || hit.layer() == Layer.ACTOR || hit.layer() == Layer.PLACE)) {
				return true; // "European", "EU", "German"
			}
		}
		int hyphen = text.lastIndexOf('-', end - 1);
		String word = text.substring(hyphen >= start ? hyphen + 1 : start, end);
		if (MODIFIER_WORDS.contains(word)) {
			return true;
		}
		String[] endings = word.charAt(0) < 128 ? EN_ADJECTIVE_ENDINGS : RU_KK_ADJECTIVE_ENDINGS;
		for (String ending : endings) {
			if (word.length() > ending.length() + 1 && word.endsWith(ending)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A growth next to an amount belongs to it: "$49.7 billion (+16.9%)", «составил 49,7 млрд долларов,
	 * увеличившись на 16,9%», "grew by 20% to $38.6 billion". Not across a metric word ("..., imports fell 5%").
	 */
	private List<Candidate> attachGrowths(List<Candidate> found, List<Hit> hits) {
		List<Candidate> result = new ArrayList<>(found.size());
		for (int i = 0; i < found.size(); i++) {
			Candidate c = found.get(i);
			if (!c.isGrowth) {
				result.add(c);
				continue;
			}
			Candidate previous = i > 0 ? found.get(i - 1) : null;
			Candidate next = i + 1 < found.size() ? found.get(i + 1) : null;
			if (attachable(previous, previous == null ? 0 : previous.end, c.start, 60, hits)) {
				previous.change = c.value;
				previous.spanEnd = c.end;
			}
			else if (attachable(next, c.end, next == null ? 0 : next.start, 40, hits)) {
				next.change = c.value;
				next.spanStart = c.start;
			}
			else {
				result.add(c);
			}
		}
		return result;
	}

	private static boolean attachable(Candidate amount, int gapStart, int gapEnd, int maxGap, List<Hit> hits) {
		if (amount == null || !amount.kind.equals("AMOUNT") || amount.change != null || gapEnd - gapStart > maxGap) {
			return false;
		}
		for (Hit hit : hits) {
			if (hit.layer() == Layer.METRIC && hit.start() >= gapStart && hit.end() <= gapEnd) {
				return false;
			}
		}
		return true;
	}

	private boolean lookingAt(Matcher m, StartChars starts, int from, int to) {
		return starts.mayContinueAt(text, from, to) && m.region(from, to).lookingAt();
	}

	private boolean growth(int from, int to) {
		return GROWTH.occursIn(text, from, to);
	}

	private boolean decline(int from, int to) {
		return DECLINE.occursIn(text, from, to);
	}

	private static boolean find(Matcher m, int from, int to) {
		if (from >= to) {
			return false;
		}
		m.region(from, to);
		return m.find();
	}

}
