package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hostile input ends in a clear message and the right exit code; when the run completes,
 * {@code read = accepted + rejected} for every file and each reject names its line and reason.
 */
class HostileInputFunctionalTests {

	private static final String TRADE_HEADER = "period,reporter,partner,flow,commodity,value_usd\n";

	private static final String TRADE_OK = TRADE_HEADER + "2024,KAZ,EU27,export,TOTAL,38600000000\n"
			+ "2024,KAZ,EU27,import,TOTAL,11100000000\n";

	private static final String ARTICLES_HEADER = "id,published_at,source,url,language,title,body\n";

	private static final String ARTICLES_OK = ARTICLES_HEADER + "a1,2025-04-01,S,,en,Title,Body\n";

	@TempDir
	Path dir;

	record Case(String name, byte[] articles, byte[] trade, int exit, String message, long rejected) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Arguments> cases() {
		String big = "x".repeat(10 * 1024 * 1024);
		return Stream.of(
				ok("UTF-8 BOM", bytes("\uFEFF" + ARTICLES_OK), bytes("\uFEFF" + TRADE_OK), 0),
				ok("CRLF line ends", bytes(ARTICLES_OK.replace("\n", "\r\n")), bytes(TRADE_OK.replace("\n", "\r\n")), 0),
				ok("UTF-16 with BOM read correctly", utf16(ARTICLES_HEADER + "a1,2025-04-01,S,,kk,Қазақстан,мәтін\n"),
						bytes(TRADE_OK), 0),
				bad("Windows-1251 refused by name",
						(ARTICLES_HEADER + "a1,2025-04-01,S,,ru,Казахстан,текст\n").getBytes(Charset.forName("windows-1251")),
						bytes(TRADE_OK), "error: articles.csv: not valid UTF-8 near line 2"),
				ok("semicolon-delimited", bytes(ARTICLES_OK), bytes(TRADE_OK.replace(',', ';')), 0),
				bad("empty file", bytes(""), bytes(TRADE_OK), "error: articles.csv: empty file (no header row)"),
				ok("header only", bytes(ARTICLES_HEADER), bytes(TRADE_OK), 0),
				bad("duplicate header names", bytes("id,published_at,title,title\n"), bytes(TRADE_OK),
						"error: articles.csv: duplicate column 'title' in the header"),
				ok("duplicate ids", bytes(ARTICLES_OK + "a1,2025-04-02,S,,en,Again,Body\n"), bytes(TRADE_OK), 1),
				ok("unterminated quote at end of file", bytes(ARTICLES_OK + "a2,2025-04-02,S,,en,\"Open,Body\n"),
						bytes(TRADE_OK), 1),
				ok("10 MB field", bytes(ARTICLES_HEADER + "a1,2025-04-01,S,,en,Title,\"" + big + "\"\n"), bytes(TRADE_OK),
						0),
				ok("NUL bytes", bytes(ARTICLES_OK + "a2,2025-04-02,S,,en,Ti\0tle,Body\n"),
						bytes(TRADE_OK + "2023,KAZ,EU27,export,TOTAL,1\0\n"), 2),
				ok("dates out of range",
						bytes(ARTICLES_OK + "a2,1899-01-01,S,,en,Old,B\na3,2999-01-01,S,,en,Future,B\na4,2025-02-30,S,,en,No day,B\n"),
						bytes(TRADE_OK + "1900,KAZ,EU27,export,TOTAL,1\n2031-01,KAZ,EU27,export,TOTAL,1\n"), 5),
				ok("thousands separators and exponents", bytes(ARTICLES_OK),
						bytes(TRADE_HEADER + "2024,KAZ,EU27,export,TOTAL,\"38,600,000,000\"\n"
								+ "2024,KAZ,EU27,import,TOTAL,1.11E10\n2023,KAZ,EU27,import,TOTAL,1 000\n"),
						0),
				ok("negative and non-numeric values", bytes(ARTICLES_OK),
						bytes(TRADE_OK + "2023,KAZ,EU27,export,TOTAL,-1\n2023,KAZ,EU27,import,TOTAL,n/a\n"), 2),
				bad("required column missing", bytes(ARTICLES_OK), bytes("period,reporter,partner,flow\n"),
						"error: trade.csv: required column 'value_usd' missing"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void hostileInputEndsInAClearMessageAndNothingIsLost(Case c) throws Exception {
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.write(in.resolve("articles.csv"), c.articles());
		Files.write(in.resolve("trade.csv"), c.trade());
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8))
			.run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					this.dir.resolve("state").toString(), "--run-date", "2025-11-25");

		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(c.exit());
		if (c.message() != null) {
			assertThat(err.toString(StandardCharsets.UTF_8)).startsWith(c.message()).doesNotContain("\n\n");
			assertThat(this.dir.resolve("out")).doesNotExist();
			return;
		}
		JsonNode summary = JsonMapper.builder().build().readTree(this.dir.resolve("out/run-summary.json").toFile());
		long rejected = 0;
		for (JsonNode file : summary.get("inputs")) {
			assertThat(file.get("read").asLong()).isEqualTo(file.get("accepted").asLong() + file.get("rejected").asLong());
			rejected += file.get("rejected").asLong();
		}
		assertThat(rejected).isEqualTo(c.rejected());
		List<String> rejects = Files.readAllLines(this.dir.resolve("out/rejects.csv"));
		assertThat(rejects).hasSize((int) c.rejected() + 1);
		for (String line : rejects.subList(1, rejects.size())) {
			assertThat(line).matches("(articles|trade)\\.csv,\\d+,.*,.+");
		}
	}

	private static Arguments ok(String name, byte[] articles, byte[] trade, long rejected) {
		return Arguments.of(new Case(name, articles, trade, 0, null, rejected));
	}

	private static Arguments bad(String name, byte[] articles, byte[] trade, String message) {
		return Arguments.of(new Case(name, articles, trade, 2, message, 0));
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] utf16(String s) {
		byte[] text = s.getBytes(StandardCharsets.UTF_16LE);
		byte[] out = new byte[text.length + 2];
		out[0] = (byte) 0xFF;
		out[1] = (byte) 0xFE;
		System.arraycopy(text, 0, out, 2, text.length);
		return out;
	}

}
