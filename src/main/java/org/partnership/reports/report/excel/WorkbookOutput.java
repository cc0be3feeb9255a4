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

	private final WorkbookCompression compression;

	public WorkbookOutput(LocalDate runDate, WorkbookCompression compression) {
		this.runDate = runDate;
		this.compression = compression;
	}

	@Override
	public List<Path> write(ReportModel model, Path folder) throws IOException {
		Path target = folder.resolve(fileName(this.runDate));
		new WorkbookWriter(this.compression).write(model, target);
		return List.of(target);
	}

	public static String fileName(LocalDate runDate) {
		return "partnership-indicators_" + runDate + ".xlsx";
	}

}
