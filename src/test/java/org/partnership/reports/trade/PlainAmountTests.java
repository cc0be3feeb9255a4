package org.partnership.reports.trade;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainAmountTests {

	private static long parse(String text) {
		byte[] bytes = ("x," + text + ",y").getBytes(StandardCharsets.UTF_8);
		return PlainAmount.parse(bytes, 2, bytes.length - 2);
	}

	private static String read(String text) {
		long packed = parse(text);
		return packed == PlainAmount.NOT_PLAIN ? "not plain"
				: PlainAmount.unscaled(packed) + " scale " + PlainAmount.scale(packed);
	}

	@Test
	void readsDigitsWithUpToTwoDecimalsAsUnscaledAndScale() {
		assertThat(read("283")).isEqualTo("283 scale 0");
		assertThat(read("11.19")).isEqualTo("1119 scale 2");
		assertThat(read("114596.29")).isEqualTo("11459629 scale 2");
		assertThat(read("47.5")).isEqualTo("475 scale 1");
		assertThat(read("0")).isEqualTo("0 scale 0");
		assertThat(read("0.00")).isEqualTo("0 scale 2");
		assertThat(read("007.10")).isEqualTo("710 scale 2");
		assertThat(read("38600000000")).isEqualTo("38600000000 scale 0");
		// 16 digits: the most the fast path reads
		assertThat(read("99999999999999.99")).isEqualTo("9999999999999999 scale 2");
		assertThat(read("9999999999999999")).isEqualTo("9999999999999999 scale 0");
	}

	@Test
	void agreesWithBigDecimalOnEveryValueItReads() {
		for (String text : new String[] { "1", "12.3", "12.34", "0.5", "0.05", "100", "1234567890123.45" }) {
			java.math.BigDecimal exact = LayoutRowParser.amount(text, "value_usd");
			long packed = parse(text);
			assertThat(PlainAmount.unscaled(packed)).as(text).isEqualTo(exact.unscaledValue().longValueExact());
			assertThat(PlainAmount.scale(packed)).as(text).isEqualTo(exact.scale());
		}
	}

	/** Everything else goes to the exact parser, which accepts or rejects it with its own reason. */
	@ParameterizedTest
	@ValueSource(strings = { "", "-5", "+5", "-0", "1.234", "12.345", "1e3", "1E3", "1.2E9", "1,234", "1,234.50",
			"1 234", "1 234,5", "12.", ".5", "1.2.3", " 12", "12 ", "\t12", "abc", "12a", "NaN", "0x1F",
			"10000000000000000", "99999999999999.999", "00000000000000001", "１２" })
	void leavesAnythingElseToTheExactParser(String text) {
		assertThat(parse(text)).isEqualTo(PlainAmount.NOT_PLAIN);
	}

}
