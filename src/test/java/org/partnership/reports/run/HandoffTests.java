package org.partnership.reports.run;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HandoffTests {

	@Test
	void everyItemArrivesOnceInTheOrderMadeOnTheCallingThread() throws IOException {
		List<Integer> used = new ArrayList<>();
		Thread caller = Thread.currentThread();
		Handoff.<Integer>run("test-maker", hand -> {
			assertThat(Thread.currentThread()).isNotSameAs(caller);
			for (int i = 0; i < 10_001; i++) { // batches and a last partial one
				hand.accept(i);
			}
		}, i -> {
			assertThat(Thread.currentThread()).isSameAs(caller);
			used.add(i);
		});
		assertThat(used).hasSize(10_001);
		for (int i = 0; i < used.size(); i++) {
			assertThat(used.get(i)).isEqualTo(i);
		}
	}

	@Test
	void nothingMadeNothingUsed() throws IOException {
		Handoff.<String>run("test-maker", hand -> {
		}, s -> {
			throw new AssertionError(s);
		});
	}

	@Test
	void theMakersFailureIsRethrownHereAndWhatWasUsedBeforeWasInOrder() {
		List<Integer> used = new ArrayList<>();
		assertThatIOException().isThrownBy(() -> Handoff.<Integer>run("test-maker", hand -> {
			for (int i = 0; i < 1_000; i++) {
				hand.accept(i);
			}
			throw new IOException("disk gone");
		}, used::add)).withMessage("disk gone");
		assertThat(used.size()).isLessThanOrEqualTo(1_000);
		for (int i = 0; i < used.size(); i++) {
			assertThat(used.get(i)).isEqualTo(i);
		}
	}

	@Test
	void aFailingConsumerStopsTheMakerInsteadOfLeavingItBlocked() {
		AtomicLong made = new AtomicLong();
		assertThatIllegalArgumentException().isThrownBy(() -> Handoff.<Long>run("test-maker", hand -> {
			while (true) { // endless: only being stopped ends it
				hand.accept(made.incrementAndGet());
			}
		}, i -> {
			if (i == 5_000) {
				throw new IllegalArgumentException("bad item");
			}
		})).withMessage("bad item");
		long stopped = made.get();
		assertThat(stopped).isLessThan(1_000_000);
	}

}
