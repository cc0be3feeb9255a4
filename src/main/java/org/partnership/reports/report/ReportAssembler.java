package org.partnership.reports.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnership.reports.period.Period;
import org.partnership.reports.report.DataQuality.RejectRow;
import org.partnership.reports.report.DataQuality.RevisionRow;
import org.partnership.reports.trade.HsNomenclature;
import org.partnership.reports.trade.PairAnalysis;
import org.partnership.reports.trade.TradeLedger;

/**
 * Builds the {@link ReportModel} from the trade analysis, the stored indicators, the article side
 * and the data-quality findings. Pure assembly: no database access, so it is easy to test.
 */
public final class ReportAssembler {

	private final PartyNames names;

	private final HsNomenclature hs;

	public ReportAssembler(PartyNames names, HsNomenclature hs) {
		this.names = names;
		this.hs = hs;
	}

	public PairReport pair(PairAnalysis analysis, Locale locale) {
		Period year = analysis.latestCompleteYear();
		Period quarter = analysis.latestCompleteQuarter();
		Period ytd = analysis.yearToDatePeriod();
		return new PairReport(analysis.reporter(), analysis.partner(), this.names.name(analysis.reporter(), locale),
				this.names.name(analysis.partner(), locale), analysis.groupNote(), analysis.annual(),
				analysis.periods().stream().map(analysis::figures).toList(),
				year == null ? null : analysis.keyFigures(year), quarter == null ? null : analysis.keyFigures(quarter),
				ytd == null ? null : analysis.keyFigures(ytd), analysis.products(this.hs),
				analysis.sections(this.hs), analysis.topProducts(this.hs), analysis.topProductsNote());
	}

	public DataQuality dataQuality(List<RejectRow> rejects, TradeLedger ledger) {
		List<RevisionRow> revisions = new ArrayList<>();
		for (TradeLedger.Revision r : ledger.revisions()) {
			revisions.add(new RevisionRow(r.key().reporter() + "-" + r.key().partner() + " " + r.key().flow().code() + " "
					+ r.key().commodity() + " " + r.period().code(), r.oldValue(), r.newValue(), r.oldSource(),
					r.newSource()));
		}
		return new DataQuality(rejects, ledger.warnings(), revisions);
	}

}
