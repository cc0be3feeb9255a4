package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 into a byte buffer, without locks: the temporary sheet files are written one character at a time
 * ({@code SheetDataWriter} escapes text char by char), and a {@code BufferedWriter} over an
 * {@code OutputStreamWriter} took a lock on every one of them. Same bytes as {@code OutputStreamWriter}
 * with UTF-8, including a {@code ?} for a surrogate without its pair. One thread only.
 */
final class Utf8Writer extends Writer {

	private final OutputStream out;

	private final byte[] buffer = new byte[1 << 16];

	private int filled;

	/** A high surrogate waiting for the low one of its pair, or 0. */
	private char high;

	private boolean closed;

	Utf8Writer(OutputStream out) {
		this.out = out;
	}

	@Override
	public void write(int c) throws IOException {
		put((char) c);
	}

	@Override
	public void write(char[] chars, int off, int len) throws IOException {
		for (int i = off; i < off + len; i++) {
			put(chars[i]);
		}
	}

	/** Runs of ASCII (nearly all of a sheet's XML) are copied in a tight loop; anything else goes by {@link #put}. */
	@Override
	public void write(String s, int off, int len) throws IOException {
		int end = off + len;
		int i = off;
		while (i < end) {
			if (this.filled >= this.buffer.length - 4) {
				drain();
			}
			byte[] buf = this.buffer;
			int at = this.filled;
			int stop = Math.min(end, i + buf.length - 4 - at);
			if (this.high == 0) {
				for (char c; i < stop && (c = s.charAt(i)) < 0x80; i++) {
					buf[at++] = (byte) c;
				}
			}
			this.filled = at;
			if (i < stop) {
				put(s.charAt(i++));
			}
		}
	}

	private void put(char c) throws IOException {
		if (this.filled > this.buffer.length - 4) {
			drain();
		}
		if (c < 0x80 && this.high == 0) {
			this.buffer[this.filled++] = (byte) c;
			return;
		}
		if (this.high != 0) {
			char h = this.high;
			this.high = 0;
			if (Character.isLowSurrogate(c)) {
				int cp = Character.toCodePoint(h, c);
				this.buffer[this.filled++] = (byte) (0xF0 | (cp >> 18));
				this.buffer[this.filled++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
				this.buffer[this.filled++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
				this.buffer[this.filled++] = (byte) (0x80 | (cp & 0x3F));
				return;
			}
			this.buffer[this.filled++] = '?';
			put(c);
			return;
		}
		if (c < 0x800) {
			this.buffer[this.filled++] = (byte) (0xC0 | (c >> 6));
			this.buffer[this.filled++] = (byte) (0x80 | (c & 0x3F));
		}
		else if (Character.isHighSurrogate(c)) {
			this.high = c;
		}
		else if (Character.isLowSurrogate(c)) {
			this.buffer[this.filled++] = '?';
		}
		else {
			this.buffer[this.filled++] = (byte) (0xE0 | (c >> 12));
			this.buffer[this.filled++] = (byte) (0x80 | ((c >> 6) & 0x3F));
			this.buffer[this.filled++] = (byte) (0x80 | (c & 0x3F));
		}
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.filled);
		this.filled = 0;
	}

	@Override
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	/** Closing again does nothing: POI closes a sheet's writer when it reads the sheet and again on dispose. */
	@Override
	public void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (this.high != 0) {
				this.high = 0;
				this.buffer[this.filled++] = '?';
			}
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
