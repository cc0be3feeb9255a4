package org.partnership.reports.ingest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Column positions found by name: order does not matter, names are case-insensitive and trimmed,
 * unknown columns are ignored, a missing required column or a duplicate name is a file error.
 */
public final class CsvHeader {

	private final Map<String, Integer> index;

	private final int width;

	private CsvHeader(Map<String, Integer> index, int width) {
		this.index = index;
		this.width = width;
	}

	static CsvHeader of(Path file, List<String> names, Set<String> required) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			String name = normalise(names.get(i));
			if (name.isEmpty()) {
				continue;
			}
			if (index.putIfAbsent(name, i) != null) {
				throw new InputFileException(file, "duplicate column '" + name + "' in the header");
			}
		}
		for (String column : required) {
			if (!index.containsKey(column)) {
				throw new InputFileException(file, "required column '" + column + "' missing (header: "
						+ String.join(",", names) + ")");
			}
		}
		return new CsvHeader(Map.copyOf(index), names.size());
	}

	static String normalise(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** Position of a column, or -1 when the file does not have it. */
	public int indexOf(String column) {
		return this.index.getOrDefault(column, -1);
	}

	public boolean has(String column) {
		return this.index.containsKey(column);
	}

	/** Number of columns in the header row. */
	public int width() {
		return this.width;
	}

}
