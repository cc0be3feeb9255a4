package org.partnership.reports.report.excel;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeUrlTests {

	@Test
	void httpAndHttpsAddressesAreLinked() {
		assertThat(SafeUrl.hyperlinkTarget("https://astanatimes.com/2025/04/a?b=1#c"))
			.contains("https://astanatimes.com/2025/04/a?b=1#c");
		assertThat(SafeUrl.hyperlinkTarget("http://egemen.kz/x")).contains("http://egemen.kz/x");
		assertThat(SafeUrl.hyperlinkTarget("  HTTPS://Example.org/x ")).contains("HTTPS://Example.org/x");
	}

	@Test
	void otherSchemesAreNotLinked() {
		assertThat(SafeUrl.hyperlinkTarget("javascript:alert(1)")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget(" javascript:alert(1)")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("file:///etc/passwd")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("data:text/html,<script>alert(1)</script>")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("mailto:press@example.org")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("//example.org/x")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget(null)).isEmpty();
	}

	@Test
	void addressesWithoutHostOrTooLongAreNotLinked() {
		assertThat(SafeUrl.hyperlinkTarget("https://")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("http:///path")).isEmpty();
		assertThat(SafeUrl.hyperlinkTarget("https://example.org/" + "a".repeat(2_000))).isEmpty();
	}

	@Test
	void forbiddenCharactersAreEncodedNotDropped() {
		assertThat(SafeUrl.hyperlinkTarget("https://example.org/a b|c")).contains("https://example.org/a%20b%7Cc");
		assertThat(SafeUrl.hyperlinkTarget("https://kazinform.kz/ру")).contains("https://kazinform.kz/%D1%80%D1%83");
	}

}
