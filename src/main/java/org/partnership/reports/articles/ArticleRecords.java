package org.partnership.reports.articles;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A staged article (without its body) in the binary files the articles pass through outside H2: the spool and
 * the sort runs. Fields are length-prefixed (−1 for {@code null}), strings in UTF-8.
 */
final class ArticleRecords {

	private ArticleRecords() {
	}

	/** The article's fields; it was published on a known day. */
	static void write(DataOutputStream out, Article a) throws IOException {
		string(out, a.id());
		out.writeLong(a.published().toEpochDay());
		string(out, a.publishedAt());
		string(out, a.source());
		string(out, a.url());
		string(out, a.language());
		string(out, a.title());
	}

	static Article read(DataInputStream in) throws IOException {
		String id = string(in);
		LocalDate published = LocalDate.ofEpochDay(in.readLong());
		return new Article(id, published, string(in), string(in), string(in), string(in), string(in), null);
	}

	static void bytes(DataOutputStream out, byte[] b) throws IOException {
		out.writeInt(b == null ? -1 : b.length);
		if (b != null) {
			out.write(b);
		}
	}

	static byte[] bytes(DataInputStream in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] b = new byte[length];
		in.readFully(b);
		return b;
	}

	private static void string(DataOutputStream out, String s) throws IOException {
		bytes(out, s == null ? null : s.getBytes(StandardCharsets.UTF_8));
	}

	private static String string(DataInputStream in) throws IOException {
		byte[] b = bytes(in);
		return b == null ? null : new String(b, StandardCharsets.UTF_8);
	}

}
