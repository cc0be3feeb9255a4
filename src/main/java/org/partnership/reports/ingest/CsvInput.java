package org.partnership.reports.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * An input CSV file checked as a whole before any row is read: readable, not empty, UTF-8 (with or
 * without BOM) or UTF-16 with BOM, comma- or semicolon-delimited, with every required column. One
 * pass over the bytes also yields the SHA-256 that identifies the run's inputs.
 */
public final class CsvInput {

	private final Path path;

	private final Charset charset;

	private final int bomLength;

	private final char separator;

	private final List<String> headerNames;

	private final CsvHeader header;

	private final String sha256;

	private CsvInput(Path path, Charset charset, int bomLength, char separator, List<String> headerNames,
			CsvHeader header, String sha256) {
		this.path = path;
		this.charset = charset;
		this.bomLength = bomLength;
		this.separator = separator;
		this.headerNames = headerNames;
		this.header = header;
		this.sha256 = sha256;
	}

	/**
	 * Checks a file and reads its header.
	 * @throws InputFileException naming the file and the problem
	 */
	public static CsvInput open(Path path, Set<String> requiredColumns) {
		return open(path, requiredColumns, null);
	}

	/**
	 * Checks a file and reads its header. {@code knownSha256}, when not {@code null}, is the SHA-256 of
	 * the same bytes from an earlier check that passed, the caller vouching that the file is unchanged:
	 * the pass that decodes and hashes the whole file is then skipped, the header is still checked.
	 * @throws InputFileException naming the file and the problem
	 */
	public static CsvInput open(Path path, Set<String> requiredColumns, String knownSha256) {
		byte[] head = readHead(path);
		if (head.length == 0) {
			throw new InputFileException(path, "empty file (no header row)");
		}
		Charset charset = StandardCharsets.UTF_8;
		int bom = 0;
		if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
			bom = 3;
		}
		else if (startsWith(head, 0xFF, 0xFE)) {
			charset = StandardCharsets.UTF_16LE;
			bom = 2;
		}
		else if (startsWith(head, 0xFE, 0xFF)) {
			charset = StandardCharsets.UTF_16BE;
			bom = 2;
		}
		else if (looksLikeUtf16WithoutBom(head)) {
			throw new InputFileException(path, "looks like UTF-16 without a byte-order mark: save it as UTF-8");
		}
		String sha = knownSha256 != null ? knownSha256 : checkEncodingAndHash(path, charset, bom);
		List<String> names = readHeader(path, charset, bom);
		if (names.isEmpty() || (names.size() == 1 && names.get(0).isBlank())) {
			throw new InputFileException(path, "no header row");
		}
		char separator = ',';
		if (names.size() == 1 && names.get(0).indexOf(';') >= 0) {
			separator = ';';
			names = List.of(names.get(0).split(";", -1));
		}
		CsvHeader header = CsvHeader.of(path, names, requiredColumns);
		return new CsvInput(path, charset, bom, separator, List.copyOf(names), header, sha);
	}

	public Path path() {
		return this.path;
	}

	public String fileName() {
		return this.path.getFileName().toString();
	}

	public CsvHeader header() {
		return this.header;
	}

	public List<String> headerNames() {
		return this.headerNames;
	}

	public String sha256() {
		return this.sha256;
	}

	public char separator() {
		return this.separator;
	}

	public Charset charset() {
		return this.charset;
	}

	/** Bytes of the byte-order mark before the header, 0 without one. */
	public int bomLength() {
		return this.bomLength;
	}

	/** A fresh parser at the start of the file (the header row is its first record). The caller closes it. */
	public CsvReader<CsvRecord> records() throws IOException {
		return parser(reader(this.path, this.charset, this.bomLength));
	}

	/**
	 * A fresh parser over one slice of the file; its records' line numbers count from the slice's
	 * start (add {@link CsvSlice#firstLine()} − 1). The caller closes it.
	 */
	public CsvReader<CsvRecord> records(CsvSlice slice) throws IOException {
		java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(this.path);
		channel.position(slice.start());
		InputStream in = new java.io.BufferedInputStream(java.nio.channels.Channels.newInputStream(channel), 1 << 16);
		return parser(decoded(new BoundedInputStream(in, slice.length()), this.charset));
	}

	/** Characters of {@code in}, strictly decoded: malformed bytes are an error, never replaced. */
	private static Reader decoded(InputStream in, Charset charset) {
		if (charset.equals(StandardCharsets.UTF_8)) {
			return new Utf8Reader(in); // the feeds' usual encoding, decoded a fifth faster
		}
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
	}

	/**
	 * A fresh parser over text cut from this file on record boundaries (its records' line numbers
	 * count from 1), configured as for the whole file.
	 */
	public CsvReader<CsvRecord> records(String text) {
		return parser(new java.io.StringReader(text));
	}

	private CsvReader<CsvRecord> parser(Reader reader) {
		return CsvReader.builder()
			.fieldSeparator(this.separator)
			.allowExtraFields(true)
			.allowMissingFields(true)
			// "ab"cd is read as abcd rather than failing the whole file; the row is then checked as usual
			.allowExtraCharsAfterClosingQuote(true)
			.skipEmptyLines(true)
			.ofCsvRecord(reader);
	}

	/** Reads at most {@code limit} bytes of the wrapped stream, and closes it. */
	private static final class BoundedInputStream extends java.io.FilterInputStream {

		private long remaining;

		BoundedInputStream(InputStream in, long limit) {
			super(in);
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = super.read(b, off, (int) Math.min(len, this.remaining));
			if (n > 0) {
				this.remaining -= n;
			}
			return n;
		}

	}

	private static Reader reader(Path path, Charset charset, int bom) throws IOException {
		InputStream in = Files.newInputStream(path);
		in.skipNBytes(bom);
		return decoded(in, charset);
	}

	private static List<String> readHeader(Path path, Charset charset, int bom) {
		try (CsvReader<CsvRecord> csv = CsvReader.builder()
			.allowExtraCharsAfterClosingQuote(true)
			.ofCsvRecord(reader(path, charset, bom))) {
			return csv.stream().findFirst().map(CsvRecord::getFields).orElse(List.of());
		}
		catch (IOException | RuntimeException ex) {
			throw new InputFileException(path, "cannot read the header row: " + ex.getMessage(), ex);
		}
	}

	private static byte[] readHead(Path path) {
		if (Files.isDirectory(path)) {
			throw new InputFileException(path, "is a directory, expected a CSV file");
		}
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(4096);
		}
		catch (NoSuchFileException ex) {
			throw new InputFileException(path, "file not found");
		}
		catch (IOException ex) {
			throw new InputFileException(path, "cannot read: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Checks the whole file's encoding strictly (no mojibake gets through) and returns the SHA-256 of its bytes.
	 * For UTF-8 the hash is computed on a thread of its own while this one checks the bytes: both read the whole
	 * file (the second read comes from the page cache), and a night's feeds run to gigabytes.
	 */
	private static String checkEncodingAndHash(Path path, Charset charset, int bom) {
		if (!charset.equals(StandardCharsets.UTF_8)) {
			return decodeAndHash(path, charset, bom);
		}
		ExecutorService hasher = Executors.newSingleThreadExecutor(new CustomizableThreadFactory("input-hash-"));
		try {
			Future<String> sha = hasher.submit(() -> sha256(path));
			checkUtf8(path, bom);
			return sha.get();
		}
		catch (IOException ex) {
			throw new InputFileException(path, "cannot read: " + ex.getMessage(), ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new InputFileException(path, "cannot read: " + ex.getCause().getMessage(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InputFileException(path, "interrupted while it was checked", ex);
		}
		finally {
			hasher.shutdownNow();
		}
	}

	private static String sha256(Path path) throws IOException {
		MessageDigest sha = newSha256();
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(path)) {
			for (int n; (n = in.read(buffer)) > 0;) {
				sha.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/** As the JDK's strict decoder would, without decoding: {@link Utf8Check}. */
	private static void checkUtf8(Path path, int bom) throws IOException {
		byte[] buffer = new byte[1 << 20];
		try (InputStream in = Files.newInputStream(path)) {
			in.skipNBytes(bom);
			long offset = bom;
			int carried = 0;
			for (int n; (n = in.read(buffer, carried, buffer.length - carried)) >= 0;) {
				int end = carried + n;
				int checked = Utf8Check.check(buffer, 0, end);
				if (checked < 0) {
					throw notUtf8(path, offset + (-1 - checked));
				}
				carried = end - checked;
				System.arraycopy(buffer, checked, buffer, 0, carried);
				offset += checked;
			}
			if (carried > 0) {
				throw notUtf8(path, offset); // the file ends inside a character
			}
		}
	}

	/** The error with the line of the bad byte at {@code position}, counted only now that one was found. */
	private static InputFileException notUtf8(Path path, long position) throws IOException {
		long line = 1;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(path)) {
			long left = position;
			for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0;) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						line++;
					}
				}
				left -= n;
			}
		}
		return new InputFileException(path, "not valid UTF-8 near line " + line
				+ " (Windows-1251 or Latin-1?): save the file as UTF-8");
	}

	private static MessageDigest newSha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Decodes the whole file strictly (no mojibake gets through) while hashing its bytes: UTF-16 files. */
	private static String decodeAndHash(Path path, Charset charset, int bom) {
		MessageDigest sha = newSha256();
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		long line = 1;
		try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha)) {
			in.readNBytes(bom);
			boolean eof = false;
			while (!eof) {
				int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (n < 0) {
					eof = true;
				}
				else {
					bytes.position(bytes.position() + n);
				}
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, eof);
				line += newlines(chars);
				if (result.isError()) {
					throw new InputFileException(path, "not valid " + charset.name() + " near line " + line
							+ " (Windows-1251 or Latin-1?): save the file as UTF-8");
				}
				bytes.compact();
			}
			decoder.flush(chars);
		}
		catch (IOException ex) {
			throw new InputFileException(path, "cannot read: " + ex.getMessage(), ex);
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	private static int newlines(CharBuffer chars) {
		chars.flip();
		int count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** ASCII text in UTF-16 has a zero byte in every other position. */
	private static boolean looksLikeUtf16WithoutBom(byte[] head) {
		int n = Math.min(head.length, 64);
		if (n < 4) {
			return false;
		}
		int zeros = 0;
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				zeros++;
			}
		}
		return zeros >= n / 3;
	}

}
