package org.partnership.reports.report.excel;

import java.util.List;

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
	void addressesReadWithoutAUriAreTheOnesAUriGives() {
		// the plain addresses skip java.net.URI: fuzzed against it on addresses made of the characters that decide
		String[] parts = { "a", "Z", "9", "-", ".", "_", ":", "@", "/", "?", "#", "%", "%2F", " ", "[", "]", "é", "~",
				"80", "example", "org", "xn--80a", "1.2.3.4", "'", "|", "\\" };
		String[] schemes = { "http://", "https://", "HTTP://", "hTtPs://" };
		java.util.Random random = new java.util.Random(5);
		for (int round = 0; round < 100_000; round++) {
			StringBuilder url = new StringBuilder(schemes[random.nextInt(schemes.length)]);
			for (int k = random.nextInt(12); k >= 0; k--) {
				url.append(parts[random.nextInt(parts.length)]);
			}
			String u = url.toString();
			assertThat(SafeUrl.hyperlinkTarget(u)).as(u).isEqualTo(SafeUrl.viaUri(u.strip()));
		}
		for (String u : List.of("https://example.org", "https://example.org.", "https://a-.org/x", "https://-a.org",
				"https://a..org", "https://example.123/x", "https://ex_ample.org/x", "https://example.org:/x",
				"https://example.org:8080", "https://example.org/a#b#c", "https://user@example.org/x",
				"https://example.org/%zz", "https://example.org/a%20b", "https://1.2.3.4/x")) {
			assertThat(SafeUrl.hyperlinkTarget(u)).as(u).isEqualTo(SafeUrl.viaUri(u.strip()));
		}
	}

	@Test
	void forbiddenCharactersAreEncodedNotDropped() {
		assertThat(SafeUrl.hyperlinkTarget("https://example.org/a b|c")).contains("https://example.org/a%20b%7Cc");
		assertThat(SafeUrl.hyperlinkTarget("https://kazinform.kz/ру")).contains("https://kazinform.kz/%D1%80%D1%83");
	}

}
