package org.partnership.reports.articles.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Minimal CSV reader for the reference files: comma-separated, optional double quotes ({@code ""} escapes a
 * quote), {@code #} comment lines, blank lines ignored, a fixed header line first. Every error names the file
 * and the line so that an analyst can fix it.
 */
final class ReferenceCsv {

	record Row(String file, int line, List<String> fields) {

		String get(int i) {
			return fields.get(i).strip();
		}

		IllegalArgumentException error(String reason) {
			return ReferenceCsv.error(file, line, reason);
		}

	}

	private ReferenceCsv() {
	}

	static List<Row> read(String file, String content, List<String> header) {
		List<Row> rows = new ArrayList<>();
		String[] lines = content.split("\r?\n", -1);
		boolean headerSeen = false;
		for (int i = 0; i < lines.length; i++) {
			String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
			if (line.isBlank() || line.stripLeading().startsWith("#")) {
				continue;
			}
			List<String> fields = split(file, i + 1, line);
			if (!headerSeen) {
				List<String> found = fields.stream().map(f -> f.strip().toLowerCase()).toList();
				if (!found.equals(header)) {
					throw error(file, i + 1, "expected header " + String.join(",", header) + " but found " + line.strip());
				}
				headerSeen = true;
				continue;
			}
			if (fields.size() != header.size()) {
				throw error(file, i + 1, "expected " + header.size() + " fields (" + String.join(",", header) + ") but found " + fields.size());
			}
			rows.add(new Row(file, i + 1, fields));
		}
		if (!headerSeen) {
			throw error(file, 1, "missing header " + String.join(",", header));
		}
		return rows;
	}

	static IllegalArgumentException error(String file, int line, String reason) {
		return new IllegalArgumentException(file + " line " + line + ": " + reason);
	}

	private static List<String> split(String file, int lineNo, String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.toString().isBlank()) {
				quoted = true;
				field.setLength(0);
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw error(file, lineNo, "unterminated quoted field");
		}
		fields.add(field.toString());
		return fields;
	}

}
