package org.partnership.reports.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of checked records: accepted values to their staging table, rejects to
 * {@code STG_REJECT}, both inside the chunk transaction. The sink may refuse accepted values it
 * finds invalid in context (a duplicate id), which then become rejects too.
 */
public class ParsedItemWriter<T> implements ItemWriter<Parsed<T>> {

	/** Stores accepted values and returns those it refuses, as rejects. */
	@FunctionalInterface
	public interface Sink<T> {

		List<Reject> store(List<Parsed.Accepted<T>> accepted);

	}

	private final Sink<T> sink;

	private final RejectStore rejects;

	public ParsedItemWriter(Sink<T> sink, RejectStore rejects) {
		this.sink = sink;
		this.rejects = rejects;
	}

	@Override
	public void write(Chunk<? extends Parsed<T>> chunk) {
		List<Parsed.Accepted<T>> accepted = new ArrayList<>(chunk.size());
		List<Reject> rejected = new ArrayList<>();
		for (Parsed<T> item : chunk) {
			if (item instanceof Parsed.Accepted<T> a) {
				accepted.add(a);
			}
			else if (item instanceof Parsed.Rejected<T> r) {
				rejected.add(r.reject());
			}
		}
		rejected.addAll(this.sink.store(accepted));
		this.rejects.save(rejected);
	}

}
