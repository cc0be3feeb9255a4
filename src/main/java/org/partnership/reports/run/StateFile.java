package org.partnership.reports.run;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Properties;

/**
 * A small properties file in the state folder, replaced atomically (temporary name, then rename), so
 * a run killed while writing one leaves the old file or the new one. A missing or unreadable file
 * reads as empty: these files only ever save work, the job repository stays the authority.
 */
final class StateFile {

	private StateFile() {
	}

	static Properties read(Path file) {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(in);
		}
		catch (NoSuchFileException ex) {
			// nothing recorded yet
		}
		catch (IOException | IllegalArgumentException ex) {
			p.clear();
		}
		return p;
	}

	/** Writes the entries in their order, escaped as {@link Properties#load} expects. */
	static void write(Path file, Map<String, String> entries, String comment) {
		StringBuilder text = new StringBuilder("# ").append(comment).append(System.lineSeparator());
		for (Map.Entry<String, String> e : entries.entrySet()) {
			Properties one = new Properties();
			one.setProperty(e.getKey(), e.getValue());
			StringWriter line = new StringWriter();
			try {
				one.store(line, null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			// store() starts with a date comment
			text.append(line.toString().substring(line.toString().indexOf('\n') + 1));
		}
		Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(tmp, text, StandardCharsets.UTF_8);
			try {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
