package org.partnership.reports.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever random corruption a feed suffers (bytes flipped, quotes and delimiters inserted,
 * lines duplicated or cut, invalid UTF-8, NUL), the job never fails with an exception: it either
 * completes with {@code read = accepted + rejected} and every reject carrying a line and a reason, or
 * refuses the file with exit 2 and one line naming it. Fixed seeds keep failures reproducible.
 */
class CorruptedInputFuzzTests {

	@TempDir
	Path dir;

	static LongStream seeds() {
		return LongStream.rangeClosed(1, 12);
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void noExceptionEscapesAndCountsConserve(long seed) throws Exception {
		Random random = new Random(seed);
		Path in = Files.createDirectories(this.dir.resolve("in"));
		Files.write(in.resolve("articles.csv"), corrupt(Files.readAllBytes(Path.of("input/articles.csv")), random));
		Files.write(in.resolve("trade.csv"), corrupt(Files.readAllBytes(Path.of("input/trade.csv")), random));
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exit = new Cli(new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8))
			.run("--input", in.toString(), "--output", this.dir.resolve("out").toString(), "--state-dir",
					this.dir.resolve("state").toString(), "--run-date", "2025-11-25");

		String message = err.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(message).isIn(0, 2);
		if (exit == 2) {
			assertThat(message).matches("error: (articles|trade)\\.csv: [^\\n]+\\R");
			return;
		}
		JsonNode summary = JsonMapper.builder().build().readTree(this.dir.resolve("out/run-summary.json").toFile());
		for (JsonNode file : summary.get("inputs")) {
			assertThat(file.get("read").asLong()).isEqualTo(file.get("accepted").asLong() + file.get("rejected").asLong());
		}
		List<String> rejects = Files.readAllLines(this.dir.resolve("out/rejects.csv"), StandardCharsets.UTF_8);
		assertThat(rejects.get(0)).isEqualTo("file,line,column,value,reason");
	}

	/** Applies 1–6 random corruptions to the bytes of a valid file. */
	static byte[] corrupt(byte[] original, Random random) {
		byte[] data = original.clone();
		int n = 1 + random.nextInt(6);
		for (int i = 0; i < n; i++) {
			int at = random.nextInt(Math.max(1, data.length));
			data = switch (random.nextInt(8)) {
				case 0 -> insert(data, at, new byte[] { '"' });
				case 1 -> insert(data, at, new byte[] { ',' });
				case 2 -> insert(data, at, new byte[] { 0 });
				case 3 -> insert(data, at, new byte[] { (byte) 0xC3 }); // a lone UTF-8 lead byte
				case 4 -> java.util.Arrays.copyOf(data, at); // cut
				case 5 -> insert(data, at, new byte[] { '\n' });
				case 6 -> { // duplicate a line
					int start = lastIndexOf(data, (byte) '\n', at) + 1;
					int end = indexOf(data, (byte) '\n', at);
					yield insert(data, start, java.util.Arrays.copyOfRange(data, start, end < 0 ? data.length : end + 1));
				}
				default -> { // flip a byte to a random printable character
					if (data.length > 0) {
						data[at] = (byte) (32 + random.nextInt(95));
					}
					yield data;
				}
			};
		}
		return data;
	}

	private static byte[] insert(byte[] data, int at, byte[] bytes) {
		int pos = Math.min(at, data.length);
		byte[] out = new byte[data.length + bytes.length];
		System.arraycopy(data, 0, out, 0, pos);
		System.arraycopy(bytes, 0, out, pos, bytes.length);
		System.arraycopy(data, pos, out, pos + bytes.length, data.length - pos);
		return out;
	}

	private static int indexOf(byte[] data, byte b, int from) {
		for (int i = Math.max(0, from); i < data.length; i++) {
			if (data[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data, byte b, int from) {
		for (int i = Math.min(from, data.length - 1); i >= 0; i--) {
			if (data[i] == b) {
				return i;
			}
		}
		return -1;
	}

}
