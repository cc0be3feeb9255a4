package org.partnership.reports.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.partnership.reports.report.excel.WorkbookCompression;

/**
 * Hash of the settings and editable files that change the reports without changing the inputs:
 * language, issuing unit, source line, chosen pairs, group composition, the workbook's compression (when not the
 * default, so that the hash of a default run stays what it was), the templates and reference folders, and the application
 * version. Editing a template therefore makes the next night a new run instead of "up to date".
 */
final class ConfigurationHash {

	private ConfigurationHash() {
	}

	static String of(RunSettings s) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			String version = ConfigurationHash.class.getPackage().getImplementationVersion();
			update(sha, "version=" + version + ";lang=" + s.locale().toLanguageTag() + ";unit=" + s.issuingUnit()
					+ ";pairs=" + s.pairs() + ";composition=" + s.composition() + ";sources=" + s.sources()
					+ (s.compression() == WorkbookCompression.SMALL ? "" : ";workbook=" + s.compression()));
			for (Path dir : new Path[] { s.templates(), s.reference() }) {
				if (dir != null && Files.isDirectory(dir)) {
					try (Stream<Path> files = Files.walk(dir)) {
						List<Path> sorted = files.filter(Files::isRegularFile).sorted().toList();
						for (Path f : sorted) {
							update(sha, dir.relativize(f).toString());
							sha.update(Files.readAllBytes(f));
						}
					}
				}
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void update(MessageDigest sha, String text) {
		sha.update(text.getBytes(StandardCharsets.UTF_8));
		sha.update((byte) 0);
	}

}
