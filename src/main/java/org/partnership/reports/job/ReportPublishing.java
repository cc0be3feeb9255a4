package org.partnership.reports.job;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.partnership.reports.run.RunSettings;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Moves the finished reports from the staging folder into the output folder, each with an atomic
 * rename in the same file system: a reader sees the old file or the new one, never half of one.
 * Nothing is moved before every report has been written, so a failed run leaves the previous good
 * reports untouched.
 */
class ReportPublishing implements Tasklet {

	private final RunSettings settings;

	ReportPublishing(RunSettings settings) {
		this.settings = settings;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
		Path staging = this.settings.stagingDir();
		if (!Files.isDirectory(staging)) {
			return RepeatStatus.FINISHED;
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(staging)) {
			files = list.filter(Files::isRegularFile).sorted().toList();
		}
		for (Path file : files) {
			Path target = this.settings.output().resolve(file.getFileName());
			try {
				Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
			}
			contribution.incrementWriteCount(1);
		}
		Files.deleteIfExists(staging);
		return RepeatStatus.FINISHED;
	}

}
