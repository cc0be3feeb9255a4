package org.partnership.reports.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.partnership.reports.articles.Article;
import org.partnership.reports.articles.FactExtraction;
import org.partnership.reports.articles.extract.StoryFolder;

/**
 * Single-thread throughput of the article extractor, the part of {@code importArticles} that is neither CSV
 * reading nor H2: reads an article feed into memory, then runs {@link FactExtraction} (facts JSON included) and
 * {@link StoryFolder#print} over every article, a few warm-up rounds first. Prints MB/s of CSV per core (CPU
 * time of this thread, hashing left out) and a SHA-256 over every article's facts JSON and print bytes: the oracle that a faster
 * extractor still gives the same facts and prints.
 *
 * <p>Usage: {@code ExtractorThroughput <articles.csv> [articles-limit] [warm-up rounds] [timed rounds]}
 */
public final class ExtractorThroughput {

	private ExtractorThroughput() {
	}

	public static void main(String[] args) throws Exception {
		Path csv = Path.of(args[0]);
		int limit = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
		int warmUps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
		List<Article> articles = new ArrayList<>();
		long bytes = read(csv, limit, articles);
		System.out.printf("%,d articles, %,d bytes of CSV%n", articles.size(), bytes);
		FactExtraction extraction = new FactExtraction(null);
		StoryFolder stories = StoryFolder.withDefaults();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 0; round < warmUps + rounds; round++) {
			long wall = System.nanoTime();
			Result r = run(articles, extraction, stories, threads);
			double cpuSeconds = r.cpuNanos / 1e9;
			double wallSeconds = (System.nanoTime() - wall) / 1e9;
			System.out.printf("%s: cpu %.2f s (%.1f MB/s per core), wall %.2f s (hashing included), sha256 %s%n",
					round < warmUps ? "warm-up" : "timed  ", cpuSeconds, bytes / 1e6 / cpuSeconds, wallSeconds, r.sha256);
		}
		System.out.printf("load average %.2f%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	private record Result(long cpuNanos, String sha256) {
	}

	/** Extracts batch by batch; only the extraction is timed, not the hashing of its output. */
	private static Result run(List<Article> articles, FactExtraction extraction, StoryFolder stories,
			ThreadMXBean threads) throws Exception {
		MessageDigest sha = MessageDigest.getInstance("SHA-256");
		int batch = 1000;
		byte[][] facts = new byte[batch][];
		byte[][] prints = new byte[batch][];
		long cpuNanos = 0;
		for (int from = 0; from < articles.size(); from += batch) {
			int to = Math.min(articles.size(), from + batch);
			long cpu = threads.getCurrentThreadCpuTime();
			for (int i = from; i < to; i++) {
				Article a = articles.get(i);
				FactExtraction.Extracted read = extraction.read(a);
				facts[i - from] = read.facts().toJson().getBytes(StandardCharsets.UTF_8);
				prints[i - from] = read.storyPrint();
			}
			cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
			for (int i = 0; i < to - from; i++) {
				sha.update(facts[i]);
				sha.update((byte) 0);
				sha.update(prints[i]);
				sha.update((byte) 1);
			}
		}
		return new Result(cpuNanos, HexFormat.of().formatHex(sha.digest()));
	}

	/** Reads the feed as {@code ArticleRowParser} would see generated rows (they are all valid); returns bytes read. */
	private static long read(Path csv, int limit, List<Article> out) throws IOException {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
			boolean header = true;
			for (CsvRecord r : reader) {
				if (header) {
					header = false;
					continue;
				}
				if (out.size() == limit) {
					break;
				}
				String body = r.getField(6);
				out.add(new Article(r.getField(0).strip(), LocalDate.parse(r.getField(1).strip().substring(0, 10)),
						r.getField(1).strip(), r.getField(2).strip(), r.getField(3).strip(),
						r.getField(4).strip().isEmpty() ? null : r.getField(4).strip(), r.getField(5).strip(),
						body.isBlank() ? "" : body));
			}
		}
		return limit == Integer.MAX_VALUE ? Files.size(csv) : approximateBytes(out);
	}

	private static long approximateBytes(List<Article> articles) {
		long n = 0;
		for (Article a : articles) {
			n += a.id().length() + a.publishedAt().length() + a.source().getBytes(StandardCharsets.UTF_8).length
					+ a.url().length() + 2 + a.title().getBytes(StandardCharsets.UTF_8).length
					+ a.body().getBytes(StandardCharsets.UTF_8).length + 10;
		}
		return n;
	}

}
