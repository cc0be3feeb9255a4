package org.partnership.reports.report.excel;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;

import org.partnership.reports.report.RowSource;
import org.partnership.reports.run.Futures;

/**
 * Copies the package POI wrote into the target, entry by entry in POI's order, deflating each, with three
 * changes:
 * <ul>
 * <li>every entry gets the same fixed time, so the file depends only on the model;</li>
 * <li>the rows of the long list sheets, written outside POI ({@link ListRows}), are put into their sheets;</li>
 * <li>the hyperlinks of streamed sheets are written into the sheet XML and its relationships while
 * copying. POI keeps every hyperlink of a streamed sheet in memory (about 3.5 KB each); here they are
 * read from the model as they are written.</li>
 * </ul>
 */
final class Repackager {

	/** The earliest time a zip entry can carry; fixed, and the same in every time zone. */
	static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

	static final String HYPERLINK_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

	static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final byte[] END_OF_DATA = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

	/** Elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 CT_Worksheet order). */
	private static final List<String> AFTER_HYPERLINKS = List.of("<printOptions", "<pageMargins", "<pageSetup",
			"<headerFooter", "<rowBreaks", "<colBreaks", "<customProperties", "<cellWatches", "<ignoredErrors",
			"<smartTags", "<drawing", "<legacyDrawing", "<picture", "<oleObjects", "<controls", "<webPublishItems",
			"<tableParts", "<extLst", "</worksheet>");

	/** A link from one cell to an external address. */
	record Link(String cell, String address) {
	}

	/**
	 * The links of one sheet, read twice (sheet XML, then relationships), in the same order, and how many
	 * there are.
	 */
	record SheetLinks(String part, RowSource<Link> links, long count) {

		SheetLinks(String part, List<Link> links) {
			this(part, RowSource.of(links), links.size());
		}

		String relationshipsPart() {
			int slash = this.part.lastIndexOf('/');
			return this.part.substring(0, slash + 1) + "_rels/" + this.part.substring(slash + 1) + ".rels";
		}

	}

	/** Rows written outside POI ({@link ListRows}) for a sheet, by its part name. */
	record SheetRows(String part, ListRows rows) {
	}

	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	/** The {@code count} attribute of the shared-strings table's root element. */
	private static final Pattern COUNT = Pattern.compile("<sst\\b[^>]*?\\scount=\"(\\d+)\"");

	private final DeflatePool pool;

	private final Map<String, SheetLinks> sheets;

	private final Map<String, ListRows> rows;

	/** References to shared texts that the table's {@code count} attribute lacks ({@link SharedTexts#uncounted}). */
	private final long uncountedTexts;

	Repackager(DeflatePool pool, List<SheetLinks> sheets, List<SheetRows> rows) {
		this(pool, sheets, rows, 0);
	}

	Repackager(DeflatePool pool, List<SheetLinks> sheets, List<SheetRows> rows, long uncountedTexts) {
		this.pool = pool;
		this.uncountedTexts = uncountedTexts;
		this.sheets = sheets.stream()
			.filter(s -> s.count() > 0)
			.collect(Collectors.toMap(SheetLinks::part, Function.identity()));
		this.rows = rows.stream().collect(Collectors.toMap(SheetRows::part, SheetRows::rows));
	}

	private interface Content {

		void writeTo(EntryDeflater entry) throws IOException;

	}

	private record Deflating(String name, Future<EntryDeflater> entry) {
	}

	/**
	 * POI writes its package without compression ({@link StreamingWorkbook}); every entry is deflated here, on
	 * the pool's threads, each entry by one thread, and written in POI's order. The rows of the long list sheets
	 * come deflated already ({@link ListRows}) and are put in between the deflated start and end of their sheet.
	 */
	void copy(Path source, OutputStream target) throws IOException {
		List<Deflating> entries = new ArrayList<>();
		try (ZipFile zip = ZipFile.builder().setPath(source).get();
				ZipArchiveOutputStream out = new ZipArchiveOutputStream(target)) {
			Map<String, SheetLinks> byRelationships = this.sheets.values()
				.stream()
				.collect(Collectors.toMap(SheetLinks::relationshipsPart, Function.identity()));
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				String name = entry.getName();
				SheetLinks sheet = this.sheets.get(name);
				ListRows rows = this.rows.get(name);
				SheetLinks relationships = byRelationships.get(name);
				if (sheet != null || rows != null) {
					entries.add(deflate(name, to -> {
						try (InputStream in = zip.getInputStream(entry)) {
							sheet(name, in, to, rows, sheet);
						}
					}));
					if (sheet != null && zip.getEntry(sheet.relationshipsPart()) == null) {
						entries.add(deflate(sheet.relationshipsPart(), to -> relationships(
								"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
										+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
										+ "</Relationships>",
								to.content(), sheet)));
					}
				}
				else if (name.equals(SHARED_STRINGS) && this.uncountedTexts > 0) {
					entries.add(deflate(name, to -> {
						try (InputStream in = zip.getInputStream(entry)) {
							to.content().write(counted(new String(in.readAllBytes(), StandardCharsets.UTF_8),
									this.uncountedTexts).getBytes(StandardCharsets.UTF_8));
						}
					}));
				}
				else if (relationships != null) {
					entries.add(deflate(name, to -> {
						try (InputStream in = zip.getInputStream(entry)) {
							relationships(new String(in.readAllBytes(), StandardCharsets.UTF_8), to.content(),
									relationships);
						}
					}));
				}
				else {
					entries.add(deflate(name, to -> {
						try (InputStream in = zip.getInputStream(entry)) {
							in.transferTo(to.content());
						}
					}));
				}
			}
			while (!entries.isEmpty()) {
				Deflating next = entries.remove(0);
				try (EntryDeflater deflated = Futures.result(next.entry()); InputStream in = deflated.deflated()) {
					ZipArchiveEntry entry = entry(next.name());
					entry.setCrc(deflated.crc());
					entry.setSize(deflated.size());
					entry.setCompressedSize(deflated.compressedSize());
					out.addRawArchiveEntry(entry, in);
				}
			}
		}
		finally {
			discard(entries);
		}
	}

	/** The shared-strings table with {@code uncounted} more references in its {@code count} attribute. */
	static String counted(String table, long uncounted) {
		Matcher count = COUNT.matcher(table);
		if (!count.find()) {
			return table;
		}
		long all = Long.parseLong(count.group(1)) + uncounted;
		return table.substring(0, count.start(1)) + all + table.substring(count.end(1));
	}

	/** Deflates an entry on the pool into a temporary file, which the caller deletes once copied. */
	private Deflating deflate(String name, Content content) {
		return new Deflating(name, this.pool.submit(() -> {
			EntryDeflater entry = this.pool.entry();
			try {
				content.writeTo(entry);
				entry.finish();
				return entry;
			}
			catch (IOException | RuntimeException | Error ex) {
				entry.close();
				throw ex;
			}
		}));
	}

	/** After a failure: entries not yet started are dropped, the files of the others deleted. */
	private static void discard(List<Deflating> entries) {
		for (Deflating deflating : entries) {
			if (!deflating.entry().cancel(false)) {
				try {
					Futures.result(deflating.entry()).close();
				}
				catch (IOException | RuntimeException ex) {
					// the failure that got here is the one to report
				}
			}
		}
	}

	/** A header for an entry: deflated, the fixed time, no extra fields. */
	private static ZipArchiveEntry entry(String name) {
		ZipArchiveEntry entry = new ZipArchiveEntry(name);
		entry.setMethod(ZipArchiveEntry.DEFLATED);
		entry.setTime(entryTime());
		return entry;
	}

	/**
	 * {@link #ENTRY_TIME} in the JVM's zone: zip headers carry local date-time fields, computed from this in
	 * the same zone, so they read 1980-01-01 00:00 in every time zone.
	 */
	private static long entryTime() {
		return ENTRY_TIME.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	/**
	 * Streams the sheet POI wrote up to {@code </sheetData>}, then the rows written outside POI, if any (deflated
	 * already), and the rest with the hyperlinks, if any; only the short part after {@code </sheetData>} is held
	 * in memory.
	 */
	private static void sheet(String part, InputStream in, EntryDeflater entry, ListRows rows, SheetLinks links)
			throws IOException {
		OutputStream out = entry.content();
		byte[] buffer = new byte[1 << 16];
		byte[] carry = new byte[0];
		Boolean namespace = null;
		for (int n; (n = in.read(buffer)) > 0;) {
			byte[] window = concat(carry, buffer, n);
			if (namespace == null) {
				// the root element opens the first chunk
				namespace = new String(window, StandardCharsets.UTF_8).contains("xmlns:r=\"" + RELATIONSHIPS_NS + "\"");
			}
			int end = indexOf(window, END_OF_DATA);
			if (end >= 0) {
				out.write(window, 0, end);
				if (rows != null) {
					try (InputStream deflated = rows.deflated()) {
						entry.appendDeflated(deflated, rows.crc(), rows.length());
					}
				}
				ByteArrayOutputStream rest = new ByteArrayOutputStream();
				rest.write(window, end, window.length - end);
				in.transferTo(rest);
				if (links == null) {
					rest.writeTo(out);
					return;
				}
				String tail = rest.toString(StandardCharsets.UTF_8);
				int at = insertionPoint(tail);
				Writer writer = writer(out);
				writer.write(tail, 0, at);
				// POI declares the r: prefix on the root; declare it here should that ever change
				writer.write(namespace ? "<hyperlinks>" : "<hyperlinks xmlns:r=\"" + RELATIONSHIPS_NS + "\">");
				int[] id = { 0 };
				forEach(links, link -> writer.write("<hyperlink ref=\"" + link.cell() + "\" r:id=\"" + id(++id[0]) + "\"/>"));
				writer.write("</hyperlinks>");
				writer.write(tail, at, tail.length() - at);
				writer.flush();
				return;
			}
			int keep = Math.min(window.length, END_OF_DATA.length - 1);
			out.write(window, 0, window.length - keep);
			carry = Arrays.copyOfRange(window, window.length - keep, window.length);
		}
		throw new IllegalStateException("no </sheetData> in " + part);
	}

	private static void relationships(String xml, OutputStream out, SheetLinks links) throws IOException {
		int close = xml.lastIndexOf("</Relationships>");
		if (close < 0) {
			throw new IllegalStateException("not a relationships part: " + links.relationshipsPart());
		}
		Writer writer = writer(out);
		writer.write(xml, 0, close);
		int[] id = { 0 };
		forEach(links, link -> writer.write("<Relationship Id=\"" + id(++id[0]) + "\" Type=\"" + HYPERLINK_TYPE
				+ "\" Target=\"" + escape(link.address()) + "\" TargetMode=\"External\"/>"));
		writer.write(xml, close, xml.length() - close);
		writer.flush();
	}

	private interface LinkWriter {

		void write(Link link) throws IOException;

	}

	private static void forEach(SheetLinks links, LinkWriter writer) throws IOException {
		try {
			links.links().forEach(link -> {
				try {
					writer.write(link);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Ids of their own, so they cannot clash with the rIdN POI gives. */
	private static String id(int n) {
		return "rIdLink" + n;
	}

	private static int insertionPoint(String tail) {
		int at = tail.length();
		for (String element : AFTER_HYPERLINKS) {
			int i = tail.indexOf(element);
			if (i >= 0 && i < at) {
				at = i;
			}
		}
		return at;
	}

	/** A buffered writer over the current entry; callers flush it and never close it (that would close the zip). */
	private static Writer writer(OutputStream out) {
		return new OutputStreamWriter(new BufferedOutputStream(out), StandardCharsets.UTF_8);
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static byte[] concat(byte[] head, byte[] buffer, int n) {
		byte[] window = Arrays.copyOf(head, head.length + n);
		System.arraycopy(buffer, 0, window, head.length, n);
		return window;
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= data.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
