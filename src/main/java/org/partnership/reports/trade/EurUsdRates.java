package org.partnership.reports.trade;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.partnership.reports.ingest.Fields;
import org.partnership.reports.period.Period;
import org.partnership.reports.period.PeriodType;

/**
 * US dollars per euro by period ({@code reference/eur-usd-rates.csv}: {@code period,rate}): ECB
 * reference rates averaged over the month ({@code 2024-07}) or the year ({@code 2024}); a quarter
 * ({@code 2024-Q3}) may be added. A value is converted with the rate of exactly its own period — a
 * period without a rate is not guessed from its neighbours. A file of the same name in the
 * {@code --reference} folder replaces the shipped one.
 */
public final class EurUsdRates {

	public static final String FILE_NAME = "eur-usd-rates.csv";

	private final Map<Period, BigDecimal> rates;

	private EurUsdRates(Map<Period, BigDecimal> rates) {
		this.rates = rates;
	}

	public static EurUsdRates load(Path referenceDir) {
		Map<Period, BigDecimal> rates = new HashMap<>();
		ReferenceFile.read(referenceDir, FILE_NAME, r -> {
			Period period = Period.parse(r.getField("period").strip());
			if (period.type() != PeriodType.YEAR && period.type() != PeriodType.QUARTER
					&& period.type() != PeriodType.MONTH) {
				throw new IllegalArgumentException("period must be a year, quarter or month: '" + period.code() + "'");
			}
			BigDecimal rate = Fields.decimal(r.getField("rate"));
			if (rate == null || rate.signum() <= 0) {
				throw new IllegalArgumentException("rate must be a positive number: '" + r.getField("rate") + "'");
			}
			if (rates.put(period, rate) != null) {
				throw new IllegalArgumentException("second rate for " + period.code());
			}
		});
		return new EurUsdRates(Map.copyOf(rates));
	}

	/** USD per EUR for the period, or {@code null} when the file has none. */
	public BigDecimal rate(Period period) {
		return this.rates.get(period);
	}

}
