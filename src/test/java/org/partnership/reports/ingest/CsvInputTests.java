package org.partnership.reports.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvInputTests {

	private static final Set<String> REQUIRED = Set.of("id", "title");

	@TempDir
	Path dir;

	private Path file(String name, byte[] bytes) throws IOException {
		Path f = this.dir.resolve(name);
		Files.write(f, bytes);
		return f;
	}

	private Path file(String content) throws IOException {
		return file("articles.csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private List<CsvLine> read(CsvInput input) throws Exception {
		CsvLineReader reader = new CsvLineReader(input, "test");
		reader.open(new ExecutionContext());
		List<CsvLine> lines = new ArrayList<>();
		CsvLine l;
		while ((l = reader.read()) != null) {
			lines.add(l);
		}
		reader.close();
		return lines;
	}

	@Test
	void columnsByNameInAnyOrderWithBomCrlfAndMultiLineQuotedFields() throws Exception {
		Path f = file("\uFEFFTitle,extra,ID\r\n\"Hello, \"\"world\"\"\",x,a1\r\n\"two\r\nlines\",y,a2\r\nlast,z,a3\r\n");
		List<CsvLine> lines = read(CsvInput.open(f, REQUIRED));
		assertThat(lines).extracting(CsvLine::line).containsExactly(2L, 3L, 5L);
		assertThat(lines.get(0).get("title")).isEqualTo("Hello, \"world\"");
		assertThat(lines.get(0).get("id")).isEqualTo("a1");
		assertThat(lines.get(1).raw("title")).isEqualTo("two\r\nlines");
		assertThat(lines.get(2).get("body")).isNull();
	}

	@Test
	void semicolonDelimitedFileIsDetectedFromTheHeader() throws Exception {
		Path f = file("id;title\na1;Hello, world\n");
		CsvInput in = CsvInput.open(f, REQUIRED);
		assertThat(in.separator()).isEqualTo(';');
		assertThat(read(in).get(0).get("title")).isEqualTo("Hello, world");
	}

	@Test
	void utf16WithBomIsReadCorrectly() throws Exception {
		byte[] text = "id,title\na1,Қазақстан\n".getBytes(StandardCharsets.UTF_16LE);
		byte[] bytes = new byte[text.length + 2];
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xFE;
		System.arraycopy(text, 0, bytes, 2, text.length);
		List<CsvLine> lines = read(CsvInput.open(file("articles.csv", bytes), REQUIRED));
		assertThat(lines.get(0).get("title")).isEqualTo("Қазақстан");
	}

	@Test
	void windows1251IsRefusedByNameNeverReadAsMojibake() throws Exception {
		Path f = file("articles.csv", "id,title\na1,Казахстан\n".getBytes(Charset.forName("windows-1251")));
		assertThatThrownBy(() -> CsvInput.open(f, REQUIRED)).isInstanceOf(InputFileException.class)
			.hasMessage("articles.csv: not valid UTF-8 near line 2 (Windows-1251 or Latin-1?): save the file as UTF-8");
	}

	@Test
	void emptyFileMissingColumnAndDuplicateHeaderAreFileErrors() throws Exception {
		assertThatThrownBy(() -> CsvInput.open(file(""), REQUIRED)).hasMessage("articles.csv: empty file (no header row)");
		assertThatThrownBy(() -> CsvInput.open(file("id,body\n1,x\n"), REQUIRED))
			.hasMessage("articles.csv: required column 'title' missing (header: id,body)");
		assertThatThrownBy(() -> CsvInput.open(file("id,title,ID\n"), REQUIRED))
			.hasMessage("articles.csv: duplicate column 'id' in the header");
		assertThatThrownBy(() -> CsvInput.open(this.dir.resolve("nope.csv"), REQUIRED))
			.hasMessage("nope.csv: file not found");
	}

	@Test
	void headerOnlyFileHasNoRecords() throws Exception {
		assertThat(read(CsvInput.open(file("id,title\n"), REQUIRED))).isEmpty();
	}

	@Test
	void restartSkipsTheRecordsAlreadyCommitted() throws Exception {
		CsvInput in = CsvInput.open(file("id,title\na1,\"multi\nline\"\na2,t\na3,t\n"), REQUIRED);
		ExecutionContext saved = new ExecutionContext();
		saved.putInt("test.read.count", 1);
		CsvLineReader reader = new CsvLineReader(in, "test");
		reader.open(saved);
		CsvLine next = reader.read();
		reader.close();
		assertThat(next.get("id")).isEqualTo("a2");
		assertThat(next.line()).isEqualTo(4);
	}

	@Test
	void numbersWithSeparatorsAndExponents() {
		assertThat(Fields.decimal("38600000000")).isEqualByComparingTo("38600000000");
		assertThat(Fields.decimal("3.86E10")).isEqualByComparingTo("38600000000");
		assertThat(Fields.decimal("38,600,000,000")).isEqualByComparingTo("38600000000");
		assertThat(Fields.decimal("38 600 000 000,5")).isEqualByComparingTo("38600000000.5");
		assertThat(Fields.decimal("1,5")).isNull();
		assertThat(Fields.decimal("12abc")).isNull();
		assertThat(Fields.decimal("")).isNull();
	}

}
