package org.partnership.reports.articles.extract;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * Where the extractor's time goes, stage by stage (CPU time of one thread, after a warm-up): folding, keyword scan,
 * sentences, events, figures, story print (from the words folding found, as in the import). A profiler's samples smear inlined code over its callers; this does not.
 *
 * <p>Usage: {@code ExtractorStages <articles.csv> [articles-limit] [rounds]}
 */
public final class ExtractorStages {

	private ExtractorStages() {
	}

	public static void main(String[] args) throws Exception {
		int limit = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
		int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		List<ArticleText> articles = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(Path.of(args[0]))) {
			for (CsvRecord r : reader) {
				if (r.getStartingLineNumber() == 1) {
					continue;
				}
				if (articles.size() == limit) {
					break;
				}
				articles.add(new ArticleText(r.getField(0), LocalDate.parse(r.getField(1).substring(0, 10)),
						r.getField(4), r.getField(5).strip(), r.getField(6)));
			}
		}
		ReferenceData data = ReferenceData.defaults();
		Gazetteer gazetteer = new Gazetteer(data);
		EventExtractor events = new EventExtractor(data.actors());
		StoryFolder stories = StoryFolder.withDefaults();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String[] names = { "normalize", "gazetteer", "sentences", "events", "figures", "print", "(figures: scan",
				"periods)", "(print: shingles", "signature)" };
		int n = articles.size();
		NormalizedText[] texts = new NormalizedText[n];
		List<List<Hit>> hits = new ArrayList<>();
		List<List<Sentence>> sentences = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			texts[i] = TextNormalizer.normalize(joined(articles.get(i)));
			hits.add(gazetteer.scan(texts[i]));
			sentences.add(SentenceSplitter.split(texts[i]));
		}
		for (int round = 0; round < rounds; round++) {
			long sink = 0;
			long[] ns = new long[names.length];
			long t = threads.getCurrentThreadCpuTime();
			for (ArticleText a : articles) {
				sink += TextNormalizer.normalize(joined(a)).length();
			}
			ns[0] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += gazetteer.scan(texts[i]).size();
			}
			ns[1] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += SentenceSplitter.split(texts[i]).size();
			}
			ns[2] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += events.extract(texts[i], sentences.get(i), hits.get(i), articles.get(i).published()).size();
			}
			ns[3] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += figures(texts[i], sentences.get(i), hits.get(i), articles.get(i).published()).size();
			}
			ns[4] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				// as in the import: the print is made of the words the extractor hashed while folding
				sink += ArticleExtractor.print(articles.get(i), texts[i]).shingles().length;
			}
			ns[5] = lap(threads, t);
			// parts of "figures", not added to the total: the number scanner and the period finder alone
			t = threads.getCurrentThreadCpuTime();
			FigureScanner scanner = new FigureScanner("");
			for (int i = 0; i < n; i++) {
				scanner.reset(texts[i].text());
				for (Sentence s : sentences.get(i)) {
					if (s.hasDigit()) {
						sink += scanner.scan(s.start(), s.end(), hits.get(i)).size();
					}
				}
			}
			ns[6] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			PeriodFinder finder = new PeriodFinder("");
			for (int i = 0; i < n; i++) {
				finder.reset(texts[i].text());
				for (Sentence s : sentences.get(i)) {
					if (s.hasDigit()) {
						sink += finder.find(s.start(), s.end(), articles.get(i).published()).size();
					}
				}
			}
			ns[7] = lap(threads, t);
			// parts of "print": the shingles alone, then the signature and band keys of shingles made beforehand
			long[][] shingles = new long[n][];
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				Words w = texts[i].words();
				shingles[i] = Shingles.of(w.hashes(), 0, w.count(), StoryFolder.SHINGLE_WORDS);
				sink += shingles[i].length;
			}
			ns[8] = lap(threads, t);
			t = threads.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink += StoryFolder.print(shingles[i]).bands().length;
			}
			ns[9] = lap(threads, t);
			StringBuilder line = new StringBuilder("round " + round + ":");
			long total = 0;
			for (int i = 0; i < names.length; i++) {
				line.append(String.format(" %s %.1f", names[i], ns[i] / 1e3 / n));
				total += i < 6 ? ns[i] : 0;
			}
			System.out.println(line + String.format(" | total %.1f µs/article (sink %d)", total / 1e3 / n, sink));
		}
	}

	private static long lap(ThreadMXBean threads, long start) {
		return threads.getCurrentThreadCpuTime() - start;
	}

	private static String joined(ArticleText a) {
		String title = a.title() == null ? "" : a.title();
		return title.isBlank() ? a.body() : title + "\n\n" + a.body();
	}

	private static List<QuotedFigure> figures(NormalizedText text, List<Sentence> sentences, List<Hit> hits,
			LocalDate published) {
		List<QuotedFigure> figures = new ArrayList<>();
		FigureExtractor extractor = new FigureExtractor(text, published);
		int h = 0;
		for (Sentence sentence : sentences) {
			while (h < hits.size() && hits.get(h).start() < sentence.start()) {
				h++;
			}
			int first = h;
			while (h < hits.size() && hits.get(h).start() < sentence.end()) {
				h++;
			}
			extractor.extract(sentence, hits.subList(first, h), figures);
		}
		return FigureExtractor.withoutDuplicates(figures);
	}

}
