package org.partnership.reports.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import org.partnership.reports.ingest.InputFileException;

/**
 * A reference CSV shipped in the jar ({@code /reference/NAME}) that a file of the same name in the
 * {@code --reference} folder replaces. Lines starting with {@code #} are comments. A malformed row
 * stops the run before the job starts (exit 2) with the file and the line.
 */
final class ReferenceFile {

	private ReferenceFile() {
	}

	static void read(Path referenceDir, String name, Consumer<NamedCsvRecord> row) {
		Path custom = referenceDir == null ? null : referenceDir.resolve(name);
		boolean override = custom != null && Files.isRegularFile(custom);
		Path shown = override ? custom : Path.of(name);
		try (InputStream in = override ? Files.newInputStream(custom)
				: ReferenceFile.class.getResourceAsStream("/reference/" + name);
				CsvReader<NamedCsvRecord> csv = CsvReader.builder()
					.commentStrategy(CommentStrategy.SKIP)
					.ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (NamedCsvRecord r : csv) {
				try {
					row.accept(r);
				}
				catch (RuntimeException ex) {
					throw new InputFileException(shown, "line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new InputFileException(shown, "cannot read: " + ex.getMessage(), ex);
		}
		catch (InputFileException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InputFileException(shown, ex.getMessage(), ex);
		}
	}

}
