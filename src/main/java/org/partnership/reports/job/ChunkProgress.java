package org.partnership.reports.job;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs the progress of an import step once per chunk ("importTrade: chunk 12, 60000 records"), so
 * the log of a long night shows how far a run got and where a killed run stopped. Listens to the
 * chunk's write, which a step with worker threads reports too (it does not call chunk listeners). The
 * slices of a partitioned step share one listener: it counts the chunks of all of them.
 */
class ChunkProgress implements ItemWriteListener<Object> {

	private static final Log log = LogFactory.getLog(ChunkProgress.class);

	private final String step;

	private int chunks;

	private long records;

	ChunkProgress(String step) {
		this.step = step;
	}

	@Override
	public synchronized void afterWrite(Chunk<?> chunk) {
		this.chunks++;
		this.records += chunk.size();
		if (log.isInfoEnabled()) {
			log.info(this.step + ": chunk " + this.chunks + " written, " + this.records + " records in this execution");
		}
	}

}
