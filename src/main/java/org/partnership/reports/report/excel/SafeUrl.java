package org.partnership.reports.report.excel;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which article URLs become clickable: only absolute http(s) URLs with a host, so
 * {@code javascript:}, {@code file:} or {@code mailto:} links from a feed stay plain text.
 */
final class SafeUrl {

	/** Excel refuses hyperlink addresses much beyond 2,000 characters. */
	static final int MAX_LENGTH = 2000;

	private SafeUrl() {
	}

	/** The address to put in the hyperlink (ASCII, percent-encoded), or empty when no link should be made. */
	static Optional<String> hyperlinkTarget(String url) {
		if (url == null) {
			return Optional.empty();
		}
		String u = url.strip();
		String lower = u.toLowerCase(Locale.ROOT);
		if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		URI uri = parse(u);
		if (uri == null || uri.getHost() == null) {
			return Optional.empty();
		}
		String ascii = uri.toASCIIString();
		return ascii.length() > MAX_LENGTH ? Optional.empty() : Optional.of(ascii);
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			// feeds carry spaces and other characters URIs forbid: quote them instead of dropping the link
			int colon = url.indexOf(':');
			int hash = url.indexOf('#');
			String ssp = (hash < 0) ? url.substring(colon + 1) : url.substring(colon + 1, hash);
			String fragment = (hash < 0) ? null : url.substring(hash + 1);
			try {
				return new URI(url.substring(0, colon), ssp, fragment);
			}
			catch (URISyntaxException again) {
				return null;
			}
		}
	}

}
