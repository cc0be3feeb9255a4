package org.partnership.reports.report.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.partnership.reports.report.ReportModel;
import org.partnership.reports.report.ReportOutput;

/** The analyst's workbook {@code partnership-indicators_<run-date>.xlsx}. */
public final class WorkbookOutput implements ReportOutput {

	private final LocalDate runDate;

	public WorkbookOutput(LocalDate runDate) {
		this.runDate = runDate;
	}

	@Override
	public List<Path> write(ReportModel model, Path folder) throws IOException {
		Path target = folder.resolve(fileName(this.runDate));
		new WorkbookWriter().write(model, target);
		return List.of(target);
	}

	public static String fileName(LocalDate runDate) {
		return "partnership-indicators_" + runDate + ".xlsx";
	}

}
