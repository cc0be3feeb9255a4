package org.partnership.reports.report;

import java.util.List;

/**
 * Trade of one reporter with one partner (e.g. KAZ with EU27): the annual series for trend charts,
 * every period with figures, the headline panels, the commodity rows (HS chapters) and the HS-section
 * rows with their contributions to growth, and the top products at the finest level the feed carries
 * ({@code topProducts}, ranked per period and flow; {@code topProductsNote} says why a flow has none,
 * or is empty).
 * {@code latestYear}, {@code latestQuarter} and {@code yearToDate} are {@code null} when the data
 * hold no complete period of that kind.
 */
public record PairReport(String reporter, String partner, String reporterName, String partnerName,
		String compositionNote, List<PeriodFigures> annual, List<PeriodFigures> periods, KeyFigures latestYear,
		KeyFigures latestQuarter, KeyFigures yearToDate, List<ProductRow> products, List<SectionRow> sections,
		List<ProductRow> topProducts, String topProductsNote) {

	public PairReport {
		annual = List.copyOf(annual);
		periods = List.copyOf(periods);
		products = List.copyOf(products);
		sections = List.copyOf(sections);
		topProducts = topProducts == null ? List.of() : List.copyOf(topProducts);
		topProductsNote = topProductsNote == null ? "" : topProductsNote;
	}

	/** A pair without finest-level top products (chapter rows only). */
	public PairReport(String reporter, String partner, String reporterName, String partnerName, String compositionNote,
			List<PeriodFigures> annual, List<PeriodFigures> periods, KeyFigures latestYear, KeyFigures latestQuarter,
			KeyFigures yearToDate, List<ProductRow> products, List<SectionRow> sections) {
		this(reporter, partner, reporterName, partnerName, compositionNote, annual, periods, latestYear, latestQuarter,
				yearToDate, products, sections, List.of(), "");
	}

	/** File-name and display key, e.g. {@code KAZ-EU27}. */
	public String key() {
		return this.reporter + "-" + this.partner;
	}

}
