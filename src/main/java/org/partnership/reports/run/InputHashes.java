package org.partnership.reports.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The SHA-256 of every input file that passed the whole-file checks, with the file's {@link FileStamp}
 * at the time ({@code <state-dir>/input-hashes.properties}). The next check of a file with the same
 * path and stamp reuses the hash instead of reading the file again: the make/rsync shortcut, which
 * saves seconds per gigabyte of unchanged input. Touch a file or run with {@code --force} to rehash.
 */
public final class InputHashes {

	static final String FILE_NAME = "input-hashes.properties";

	/** Rehashes every file. */
	public static final InputHashes NONE = new InputHashes(new Properties());

	private final Properties entries;

	private InputHashes(Properties entries) {
		this.entries = entries;
	}

	public static InputHashes read(Path stateDir) {
		return new InputHashes(StateFile.read(stateDir.resolve(FILE_NAME)));
	}

	/** The recorded hash of this file when its stamp is unchanged, else {@code null}. */
	String sha256(Path file, FileStamp stamp) {
		String entry = this.entries.getProperty(file.toString());
		int bar = entry == null ? -1 : entry.lastIndexOf('|');
		if (stamp == null || bar < 0 || !stamp.equals(FileStamp.parse(entry.substring(0, bar)))) {
			return null;
		}
		String sha = entry.substring(bar + 1);
		return sha.matches("[0-9a-f]{64}") ? sha : null;
	}

	/** Records the hashes of the inputs just checked, in place of what was recorded before. */
	public static void write(Path stateDir, RunInputs inputs) {
		Map<String, String> p = new LinkedHashMap<>();
		for (RunInputs.CheckedFile f : inputs.files()) {
			if (f.stamp() != null) {
				p.put(f.path().toString(), f.stamp().format() + "|" + f.sha256());
			}
		}
		StateFile.write(stateDir.resolve(FILE_NAME), p,
				"partnership-reports: input path = size|modified|inode|changed|sha256 of files that passed the checks");
	}

}
