package org.partnership.reports.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnership.reports.ingest.CsvSlice;
import org.partnership.reports.ingest.QuoteFreeSplitter;
import org.partnership.reports.trade.TradeFile;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts one trade file into slices on record boundaries, one partition each. The slices are stored
 * in the partitions' execution contexts, so a restart imports exactly the unfinished ones again.
 */
class TradeSlicePartitioner implements Partitioner {

	static final String FILE = "file";

	static final String SLICE = "slice";

	static final String START = "start";

	static final String END = "end";

	static final String FIRST_LINE = "firstLine";

	private final int fileIndex;

	private final TradeFile file;

	private final long sliceBytes;

	/** Slices cut while the job started, or {@code null}. */
	private final SlicesAhead ahead;

	TradeSlicePartitioner(int fileIndex, TradeFile file, long sliceBytes, SlicesAhead ahead) {
		this.fileIndex = fileIndex;
		this.file = file;
		this.sliceBytes = sliceBytes;
		this.ahead = ahead;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		List<CsvSlice> slices = SlicesAhead.orElse(this.ahead, this.file.csv(), this.sliceBytes,
				() -> QuoteFreeSplitter.split(this.file.csv(), this.sliceBytes));
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (CsvSlice s : slices) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(FILE, this.fileIndex);
			context.putInt(SLICE, s.index());
			context.putLong(START, s.start());
			context.putLong(END, s.end());
			context.putLong(FIRST_LINE, s.firstLine());
			partitions.put(sliceName(s.index()), context);
		}
		return partitions;
	}

	/**
	 * About four slices per worker, so two threads stay busy to the end, of 4 to 32 MB: small
	 * enough that a restart redoes little, large enough that per-slice costs (a transaction, a run
	 * file, its merge cursor) stay noise.
	 */
	static long defaultSliceBytes(TradeFile file, int workers) {
		long size;
		try {
			size = java.nio.file.Files.size(file.csv().path());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return Math.max(4L << 20, Math.min(32L << 20, size / (workers * 4L)));
	}

	static String sliceName(int index) {
		return "slice-%05d".formatted(index);
	}

	static CsvSlice slice(ExecutionContext context) {
		return new CsvSlice(context.getInt(SLICE), context.getLong(START), context.getLong(END),
				context.getLong(FIRST_LINE));
	}

}
