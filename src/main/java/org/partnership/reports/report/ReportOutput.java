package org.partnership.reports.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One kind of report file written from the model into a folder; returns the files it wrote. */
@FunctionalInterface
public interface ReportOutput {

	List<Path> write(ReportModel model, Path folder) throws IOException;

}
