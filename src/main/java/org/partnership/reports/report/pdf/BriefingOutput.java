package org.partnership.reports.report.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.report.KeyFigures;
import org.partnership.reports.report.PairReport;
import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.ReportOutput;

/**
 * One briefing per reporter–partner pair for the latest complete year, the latest complete quarter
 * and the current year-to-date: {@code briefing_<reporter>-<partner>_<period>.pdf}. Codes in file
 * names are validated at input (letters, digits, underscore), so they cannot leave the folder.
 */
public final class BriefingOutput implements ReportOutput {

	private final BriefingWriter writer;

	public BriefingOutput(Path templatesDir) {
		this.writer = new BriefingWriter(templatesDir);
	}

	/**
	 * One briefing after the other: rendered on two threads at once, one PDF in a few hundred came out
	 * with other bytes now and then (state shared inside the PDF or chart library), and reproducible
	 * files matter more than the seconds.
	 */
	@Override
	public List<Path> write(ReportModel model, Path folder) throws IOException {
		List<Path> files = new ArrayList<>();
		BriefingSources sources = BriefingSources.of(model);
		for (PairReport pair : model.pairs()) {
			Map<String, KeyFigures> periods = new LinkedHashMap<>();
			for (KeyFigures k : new KeyFigures[] { pair.latestYear(), pair.latestQuarter(), pair.yearToDate() }) {
				if (k != null) {
					periods.putIfAbsent(k.period().code(), k);
				}
			}
			for (Map.Entry<String, KeyFigures> e : periods.entrySet()) {
				Path target = folder.resolve(fileName(pair, e.getKey()));
				this.writer.write(sources, pair, e.getValue(), target);
				files.add(target);
			}
		}
		return files;
	}

	static String fileName(PairReport pair, String periodCode) {
		return "briefing_" + pair.reporter() + "-" + pair.partner() + "_" + periodCode + ".pdf";
	}

}
