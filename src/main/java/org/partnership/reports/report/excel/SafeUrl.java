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
		return plain(u) ? Optional.of(u) : viaUri(u);
	}

	/** What {@link URI} makes of an http(s) address: its ASCII form, if it has a host. */
	static Optional<String> viaUri(String u) {
		URI uri = parse(u);
		if (uri == null || uri.getHost() == null) {
			return Optional.empty();
		}
		String ascii = uri.toASCIIString();
		return ascii.length() > MAX_LENGTH ? Optional.empty() : Optional.of(ascii);
	}

	/** Characters {@link URI} takes as they are after the authority (RFC 2396's unreserved and reserved ones). */
	private static final boolean[] PLAIN = new boolean[128];

	static {
		for (char c : "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'();/?:@&=+$,".toCharArray()) {
			PLAIN[c] = true;
		}
	}

	/**
	 * Whether {@code u} (starting with http:// or https://, any case) is a host name, an optional port and
	 * characters a URI takes as they are (no escapes, no second {@code #}): then {@link #viaUri} returns it
	 * unchanged, and parsing it, half a million times at 500k articles, is not needed. Anything else (an IP
	 * address, user information, a label with an underscore, a space, non-ASCII) goes through {@link URI}.
	 */
	private static boolean plain(String u) {
		int n = u.length();
		int i = u.charAt(4) == ':' ? 7 : 8;
		int label = i;
		for (; i < n; i++) {
			char c = u.charAt(i);
			if (c == '.') {
				if (i == label || u.charAt(i - 1) == '-') {
					return false;
				}
				label = i + 1;
			}
			else if (c == '-') {
				if (i == label) {
					return false;
				}
			}
			else if (!isAsciiLetterOrDigit(c)) {
				break;
			}
		}
		// host names as URI reads them: labels of letters, digits and inner hyphens, the last one starting with a letter
		if (i == label || u.charAt(i - 1) == '-' || !isAsciiLetter(u.charAt(label))) {
			return false;
		}
		if (i < n && u.charAt(i) == ':') {
			int digits = ++i;
			while (i < n && u.charAt(i) >= '0' && u.charAt(i) <= '9') {
				i++;
			}
			if (i == digits) {
				return false;
			}
		}
		if (i < n && u.charAt(i) != '/' && u.charAt(i) != '?' && u.charAt(i) != '#') {
			return false;
		}
		boolean fragment = false;
		for (; i < n; i++) {
			char c = u.charAt(i);
			if (c == '#' && !fragment) {
				fragment = true;
			}
			else if (c >= 128 || !PLAIN[c]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9');
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
