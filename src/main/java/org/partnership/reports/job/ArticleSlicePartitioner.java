package org.partnership.reports.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.ingest.CsvInput;
import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.CsvSplitter;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts {@code articles.csv} into slices on record boundaries (quoted line breaks respected), one partition
 * each, as {@link TradeSlicePartitioner} does for a trade file: its byte range and first line are stored in
 * the partition's execution context, next to the reader's position, so a restart resumes every unfinished
 * slice after its last committed chunk.
 */
class ArticleSlicePartitioner implements Partitioner {

	private final CsvInput file;

	private final long sliceBytes;

	/** Slices cut while the job started, or {@code null}. */
	private final SlicesAhead ahead;

	ArticleSlicePartitioner(CsvInput file, long sliceBytes, SlicesAhead ahead) {
		this.file = file;
		this.sliceBytes = sliceBytes;
		this.ahead = ahead;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<CsvSlice> slices = SlicesAhead.orElse(this.ahead, this.file, this.sliceBytes,
				() -> CsvSplitter.split(this.file, this.sliceBytes));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (CsvSlice s : slices) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(TradeSlicePartitioner.SLICE, s.index());
			context.putLong(TradeSlicePartitioner.START, s.start());
			context.putLong(TradeSlicePartitioner.END, s.end());
			context.putLong(TradeSlicePartitioner.FIRST_LINE, s.firstLine());
			partitions.put(TradeSlicePartitioner.sliceName(s.index()), context);
		}
		return partitions;
	}

	/**
	 * About eight slices per worker, so that the workers finish together, of 1 to 8 MB: extracting the facts
	 * of articles costs far more per byte than checking trade rows.
	 */
	static long defaultSliceBytes(CsvInput file, int workers) {
		long size;
		try {
			size = Files.size(file.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Math.max(1L << 20, Math.min(8L << 20, size / (workers * 8L)));
	}

}
