package org.partnership.reports.articles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.partnership.reports.ingest.CsvLine;
import org.partnership.reports.ingest.Fields;
import org.partnership.reports.ingest.Parsed;
import org.partnership.reports.ingest.Reject;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks one {@code articles.csv} record: id, ISO publication date and title are required; language,
 * when given, is en, ru or kk. Duplicate ids are caught by the writer, which sees earlier chunks.
 */
public class ArticleRowParser implements ItemProcessor<CsvLine, Parsed<Article>> {

	public static final Set<String> REQUIRED = Set.of("id", "published_at", "title");

	private static final Set<String> LANGUAGES = Set.of("en", "ru", "kk");

	private static final int MAX_ID = 200;

	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	/** A date-time ending in an offset ({@code +05:00}, {@code -0300}); compiled once, not per article. */
	private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile(".*[+-]\\d{2}:?\\d{2}$");

	private final LocalDate runDate;

	public ArticleRowParser(LocalDate runDate) {
		this.runDate = runDate;
	}

	@Override
	public Parsed<Article> process(CsvLine line) {
		if (line.fields().size() != line.header().width()) {
			return reject(line, null, "expected " + line.header().width() + " fields, found " + line.fields().size());
		}
		if (Fields.hasNul(line)) {
			return reject(line, null, "contains a NUL character");
		}
		String id = line.get("id");
		if (id == null) {
			return reject(line, "id", "required value missing");
		}
		if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
			return reject(line, "id", "id longer than " + MAX_ID + " characters or with control characters");
		}
		String publishedText = line.get("published_at");
		if (publishedText == null) {
			return reject(line, "published_at", "required value missing");
		}
		LocalDate published = date(publishedText);
		if (published == null) {
			return reject(line, "published_at", "not an ISO date or date-time");
		}
		if (published.isBefore(EARLIEST) || published.isAfter(this.runDate)) {
			return reject(line, "published_at", "out of range (" + EARLIEST + " to the run date " + this.runDate + ")");
		}
		String title = line.get("title");
		if (title == null) {
			return reject(line, "title", "required value missing");
		}
		String language = line.get("language");
		if (language != null) {
			language = language.toLowerCase(Locale.ROOT);
			if (!LANGUAGES.contains(language)) {
				return reject(line, "language", "unknown language (expected en, ru or kk)");
			}
		}
		String body = line.raw("body");
		return Parsed.accepted(line.line(), new Article(id, published, publishedText, line.get("source"),
				line.get("url"), language, title, body == null ? "" : body));
	}

	/** ISO date, local date-time or date-time with offset; the calendar date as written is kept. */
	static LocalDate date(String text) {
		if (plainShape(text)) {
			return plainDate(text);
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
			if (text.endsWith("Z") || OFFSET.matcher(text).matches()) {
				return OffsetDateTime.parse(text).toLocalDate();
			}
			return LocalDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Whether {@code text} is {@code yyyy-mm-dd} or {@code yyyy-mm-ddThh:mm:ss} with digits where digits go and
	 * a time of day in range, as feeds nearly always write it: read by hand, since java.time's general parser was
	 * 3 % of the article import. Any other spelling goes to java.time.
	 */
	private static boolean plainShape(String t) {
		int n = t.length();
		if (n != 10 && n != 19 || t.charAt(4) != '-' || t.charAt(7) != '-'
				|| !digits(t, 0, 4) || !digits(t, 5, 7) || !digits(t, 8, 10)) {
			return false;
		}
		return n == 10 || t.charAt(10) == 'T' && t.charAt(13) == ':' && t.charAt(16) == ':' && digits(t, 11, 13)
				&& digits(t, 14, 16) && digits(t, 17, 19) && number(t, 11, 13) < 24 && number(t, 14, 16) < 60
				&& number(t, 17, 19) < 60;
	}

	/** The date of a {@link #plainShape} text; null for a day the calendar does not have, as java.time says. */
	private static LocalDate plainDate(String t) {
		try {
			return LocalDate.of(number(t, 0, 4), number(t, 5, 7), number(t, 8, 10));
		}
		catch (java.time.DateTimeException ex) {
			return null;
		}
	}

	private static boolean digits(String t, int from, int to) {
		for (int i = from; i < to; i++) {
			if ((char) (t.charAt(i) - '0') > 9) {
				return false;
			}
		}
		return true;
	}

	private static int number(String t, int from, int to) {
		int v = 0;
		for (int i = from; i < to; i++) {
			v = v * 10 + t.charAt(i) - '0';
		}
		return v;
	}

	private static Parsed<Article> reject(CsvLine line, String column, String reason) {
		return Parsed.rejected(Reject.of(line, column, reason));
	}

}
