package org.partnership.reports.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The generated inputs, cached under a folder (by default {@code target/bench-data/}): one input folder per
 * size holding {@code trade.csv} and {@code articles.csv}, generated only when missing (written to a temporary
 * name first, so an interrupted generation is never mistaken for a finished one). Bump {@link #VERSION} when a
 * generator changes its output.
 */
public final class BenchData {

	static final String VERSION = "v2";

	public static final long TRADE_SEED = 20_251_125L;

	public static final long ARTICLE_SEED = 4_917L;

	/** A benchmark size: trade rows and articles. */
	public record Size(String label, long tradeRows, int articles) {

		public String folderName() {
			return VERSION + "-trade" + this.tradeRows + "-articles" + this.articles;
		}

	}

	private BenchData() {
	}

	/** The input folder of a size, generated when missing. */
	public static Path ensure(Path cache, Size size, java.io.PrintStream log) throws IOException {
		Path dir = cache.resolve(size.folderName());
		Files.createDirectories(dir);
		Path trade = dir.resolve("trade.csv");
		if (!Files.exists(trade)) {
			long t = System.nanoTime();
			log.printf("generating %s (%,d trade rows)...%n", trade, size.tradeRows());
			Path tmp = dir.resolve("trade.csv.tmp");
			BenchTradeFeed.write(tmp, size.tradeRows(), TRADE_SEED);
			Files.move(tmp, trade, StandardCopyOption.ATOMIC_MOVE);
			log.printf("  %,d bytes in %.1f s%n", Files.size(trade), (System.nanoTime() - t) / 1e9);
		}
		Path articles = dir.resolve("articles.csv");
		if (!Files.exists(articles)) {
			long t = System.nanoTime();
			log.printf("generating %s (%,d articles)...%n", articles, size.articles());
			Path tmp = dir.resolve("articles.csv.tmp");
			BenchArticleFeed.write(tmp, size.articles(), ARTICLE_SEED);
			Files.move(tmp, articles, StandardCopyOption.ATOMIC_MOVE);
			log.printf("  %,d bytes in %.1f s%n", Files.size(articles), (System.nanoTime() - t) / 1e9);
		}
		return dir;
	}

}
