package org.partnership.reports.articles.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The story folding as it was before {@link StoryFolder} folded from stored prints, kept verbatim as the
 * reference the new folding must agree with (tests only): every text in memory, one MinHash pass over all of
 * them, then every pair of each LSH bucket.
 *
 * <p>
 * Folds near-duplicate articles (one story from several outlets, a re-sent copy) into stories.
 *
 * <p>
 * Two articles are the same story when they have the same language, were published at most
 * {@value #WINDOW_DAYS} days apart, and the Jaccard similarity of their 4-word shingle sets is at least
 * {@value #THRESHOLD}. Candidates come from MinHash locality-sensitive hashing (fixed seeds) so that not all
 * pairs are compared; the decision uses the exact Jaccard. Stories are the connected components of the
 * "same story" relation, so the result does not depend on input order. Immutable and thread-safe.
 */
public final class LegacyStoryFolder {

	static final int SHINGLE_WORDS = 4;

	static final double THRESHOLD = 0.5;

	static final int WINDOW_DAYS = 3;

	private static final int BANDS = 64;

	private static final int ROWS = 2;

	private final long[] seeds;

	private LegacyStoryFolder() {
		this.seeds = new long[BANDS * ROWS];
		long s = 20250401L;
		for (int i = 0; i < seeds.length; i++) {
			s = Shingles.mix(s + 0x9E3779B97F4A7C15L);
			seeds[i] = s;
		}
	}

	public static LegacyStoryFolder withDefaults() {
		return new LegacyStoryFolder();
	}

	/** Article id → story id, the id of the story's earliest article (ties broken by id). */
	public Map<String, String> fold(List<ArticleText> articles) {
		int n = articles.size();
		long[][] shingles = new long[n][];
		for (int i = 0; i < n; i++) {
			shingles[i] = Shingles.of(textOf(articles.get(i)), SHINGLE_WORDS);
		}
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (List<Integer> bucket : buckets(shingles)) {
			for (int x = 0; x < bucket.size(); x++) {
				for (int y = x + 1; y < bucket.size(); y++) {
					int a = bucket.get(x);
					int b = bucket.get(y);
					if (find(parent, a) != find(parent, b) && sameStory(articles.get(a), articles.get(b), shingles[a],
							shingles[b])) {
						parent[find(parent, a)] = find(parent, b);
					}
				}
			}
		}
		return storyIds(articles, parent);
	}

	private static String textOf(ArticleText article) {
		// the body: outlets rewrite headlines of the same wire copy
		return article.body() != null && !article.body().isBlank() ? article.body()
				: Objects.requireNonNullElse(article.title(), "");
	}

	private static boolean sameStory(ArticleText a, ArticleText b, long[] sa, long[] sb) {
		return Objects.equals(a.language(), b.language()) && a.published() != null && b.published() != null
				&& Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= WINDOW_DAYS
				&& Shingles.jaccard(sa, sb) >= THRESHOLD;
	}

	/** Articles sharing a band of their MinHash signature; pairs with Jaccard 0.5 meet with P > 0.99. */
	private List<List<Integer>> buckets(long[][] shingles) {
		Map<Long, List<Integer>> buckets = new HashMap<>();
		long[] signature = new long[seeds.length];
		for (int i = 0; i < shingles.length; i++) {
			if (shingles[i].length == 0) {
				continue;
			}
			minHash(shingles[i], signature);
			for (int band = 0; band < BANDS; band++) {
				long key = band;
				for (int r = 0; r < ROWS; r++) {
					key = Shingles.mix(key ^ signature[band * ROWS + r]);
				}
				buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
			}
		}
		List<List<Integer>> result = new ArrayList<>();
		for (List<Integer> bucket : buckets.values()) {
			if (bucket.size() > 1) {
				result.add(bucket);
			}
		}
		return result;
	}

	private void minHash(long[] shingles, long[] signature) {
		for (int h = 0; h < seeds.length; h++) {
			long min = Long.MAX_VALUE;
			for (long s : shingles) {
				long v = Shingles.mix(s ^ seeds[h]);
				if (v < min) {
					min = v;
				}
			}
			signature[h] = min;
		}
	}

	private static Map<String, String> storyIds(List<ArticleText> articles, int[] parent) {
		Comparator<ArticleText> earliest = Comparator
			.comparing(ArticleText::published, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ArticleText::id);
		Map<Integer, ArticleText> first = new HashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			first.merge(find(parent, i), articles.get(i), (x, y) -> earliest.compare(x, y) <= 0 ? x : y);
		}
		Map<String, String> result = new LinkedHashMap<>();
		for (int i = 0; i < articles.size(); i++) {
			result.put(articles.get(i).id(), first.get(find(parent, i)).id());
		}
		return result;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

}
