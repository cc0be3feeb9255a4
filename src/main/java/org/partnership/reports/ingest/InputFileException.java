package org.partnership.reports.ingest;

import java.nio.file.Path;

/**
 * A whole input file is unusable (missing, unreadable, wrong encoding, required column missing).
 * The run stops with exit code 2 before any report is written; the message is one line naming the
 * file and the problem.
 */
public class InputFileException extends RuntimeException {

	public InputFileException(Path file, String problem) {
		super(file.getFileName() + ": " + problem);
	}

	public InputFileException(Path file, String problem, Throwable cause) {
		super(file.getFileName() + ": " + problem, cause);
	}

}
