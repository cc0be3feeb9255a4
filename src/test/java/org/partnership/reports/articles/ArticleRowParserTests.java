package org.partnership.reports.articles;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication dates: the hand-read plain shapes give exactly what java.time gives. */
class ArticleRowParserTests {

	@Test
	void plainDatesAndDateTimesAreReadAsJavaTimeReadsThem() {
		for (String text : List.of("2024-02-29", "2023-02-29", "2023-02-30", "2024-13-01", "2024-00-10", "2024-04-31",
				"0000-01-01", "2024-1-05", "2024/01/05", "20a4-01-05", "2023-08-16T15:09:00", "2023-08-16T23:59:59",
				"2023-08-16T24:00:00", "2023-08-16T12:60:00", "2023-08-16T12:00:60", "2023-08-16t15:09:00",
				"2023-08-16 15:09:00", "2023-08-16T15:09", "2023-08-16T15:09:00.5", "2023-02-30T10:00:00",
				"2023-08-16T15:09:00Z", "2023-08-16T15:09:00+05:00", "2023-08-16T1a:09:00", "", "2023-08-1")) {
			assertThat(ArticleRowParser.date(text)).as(text).isEqualTo(javaTime(text));
		}
		assertThat(ArticleRowParser.date("2023-08-16T15:09:00")).isEqualTo(LocalDate.of(2023, 8, 16));
		assertThat(ArticleRowParser.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(ArticleRowParser.date("2023-02-29")).isNull();
	}

	/** What the parser did before it read plain shapes by hand. */
	private static LocalDate javaTime(String text) {
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text);
			}
			if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:?\\d{2}$")) {
				return OffsetDateTime.parse(text).toLocalDate();
			}
			return LocalDateTime.parse(text).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
