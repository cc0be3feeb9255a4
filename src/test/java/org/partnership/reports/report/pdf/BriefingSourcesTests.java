package org.partnership.reports.report.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.partnership.reports.report.DataQuality;
import org.partnership.reports.report.EventRow;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReconciliationRow;
import org.partnership.reports.report.ReconciliationRow.Verdict;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.RowSource;

import static org.assertj.core.api.Assertions.assertThat;

class BriefingSourcesTests {

	private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

	@Test
	void eachPairGetsItsOwnFiguresCountedAndTheNewestKeptInOneReadOfTheSource() {
		PairReport eu = pair("EU27", "European Union");
		PairReport china = pair("CHN", "China");
		List<ReconciliationRow> rows = new ArrayList<>();
		// ten disagreeing EU figures, one a day: only the newest four are kept, all ten are counted
		for (int i = 0; i < 10; i++) {
			rows.add(row("eu-" + i, DAY.plusDays(i), "EU27", Verdict.DISAGREES));
		}
		rows.add(row("eu-agree", DAY, "European Union", Verdict.AGREES));
		rows.add(row("any", DAY.minusDays(1), "", Verdict.AGREES));
		rows.add(row("eu-other", DAY, "EU27", Verdict.NOT_COMPARABLE));
		rows.add(row("cn", DAY.plusDays(3), "China", Verdict.DISAGREES));
		int[] reads = { 0 };
		RowSource<ReconciliationRow> source = action -> {
			reads[0]++;
			rows.forEach(action);
		};

		BriefingSources sources = BriefingSources.of(model(List.of(eu, china), source));
		BriefingSources.Press euPress = sources.press(eu);
		BriefingSources.Press chinaPress = sources.press(china);

		assertThat(reads[0]).isEqualTo(1);
		assertThat(euPress.disagreeCount).isEqualTo(10);
		assertThat(euPress.disagrees).extracting(ReconciliationRow::articleId)
			.containsExactly("eu-9", "eu-8", "eu-7", "eu-6");
		assertThat(euPress.agreeCount).isEqualTo(2);
		assertThat(euPress.agrees).extracting(ReconciliationRow::articleId).containsExactly("eu-agree", "any");
		assertThat(euPress.notComparable).isEqualTo(1);
		assertThat(chinaPress.disagreeCount).isEqualTo(1);
		assertThat(chinaPress.agrees).extracting(ReconciliationRow::articleId).containsExactly("any");
		assertThat(chinaPress.notComparable).isZero();
	}

	@Test
	void figuresOfTheSameDayAndMetricKeepTheirOrder() {
		PairReport eu = pair("EU27", "European Union");
		List<ReconciliationRow> rows = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			rows.add(row("same-" + i, DAY, "EU27", Verdict.AGREES));
		}
		BriefingSources.Press press = BriefingSources.of(model(List.of(eu), RowSource.of(rows))).press(eu);
		assertThat(press.agrees).extracting(ReconciliationRow::articleId)
			.containsExactly("same-0", "same-1", "same-2", "same-3");
		assertThat(press.agreeCount).isEqualTo(6);
	}

	@Test
	void aPairOutsideTheModelIsSummarisedWhenAsked() {
		PairReport eu = pair("EU27", "European Union");
		BriefingSources sources = BriefingSources
			.of(model(List.of(), RowSource.of(List.of(row("x", DAY, "EU27", Verdict.DISAGREES)))));
		assertThat(sources.press(eu).disagreeCount).isEqualTo(1);
	}

	@Test
	void theEventsOfAStretchOfDaysAreFoundByHalvingTheNewestFirstList() {
		List<EventRow> events = new ArrayList<>();
		events.add(event(null, "undated"));
		for (int i = 0; i < 40; i++) {
			events.add(event(DAY.plusDays(i / 2), "e" + i)); // two a day, 20 days
		}
		ReportModel base = model(List.of(), RowSource.of(List.of()));
		BriefingSources sources = BriefingSources.of(new ReportModel(base.run(), List.of(), List.of(),
				RowSource.of(List.of()), List.of(), events, RowSource.of(List.of()), base.dataQuality(), List.of()));
		List<EventRow> newestFirst = sources.eventsNewestFirst();

		for (int offset = -2; offset <= 22; offset++) {
			LocalDate day = DAY.plusDays(offset);
			int first = sources.firstOnOrBefore(day);
			// by going through the whole list, as before
			int expected = 0;
			while (expected < newestFirst.size() && newestFirst.get(expected).date() != null
					&& newestFirst.get(expected).date().isAfter(day)) {
				expected++;
			}
			assertThat(first).as(day.toString()).isEqualTo(expected);
		}
		assertThat(sources.firstOnOrBefore(DAY.plusDays(19))).isZero();
		assertThat(sources.firstOnOrBefore(DAY.minusDays(1))).as("only the undated one is older").isEqualTo(40);
		assertThat(newestFirst.get(40).title()).isEqualTo("undated");
	}

	private static EventRow event(LocalDate date, String title) {
		return new EventRow(date, "MEETING", "040", List.of(), "Astana", title, "Feed", title);
	}

	private static ReportModel model(List<PairReport> pairs, RowSource<ReconciliationRow> reconciliation) {
		ReportModel base = BriefingFixtures.model(Locale.ENGLISH);
		return new ReportModel(base.run(), pairs, List.of(), RowSource.of(List.of()), List.of(), List.of(),
				reconciliation, new DataQuality(List.of(), List.of(), List.of()), List.of());
	}

	private static PairReport pair(String partner, String name) {
		return new PairReport("KAZ", partner, "Kazakhstan", name, null, List.of(), List.of(), null, null, null,
				List.of(), List.of());
	}

	private static ReconciliationRow row(String article, LocalDate published, String scope, Verdict verdict) {
		return new ReconciliationRow(article, published, "Feed", "Title " + article, "TURNOVER", "AMOUNT", "2024",
				scope, new BigDecimal("49700000000"), "USD", new BigDecimal("49700000000"), 0.0, verdict, null);
	}

}
