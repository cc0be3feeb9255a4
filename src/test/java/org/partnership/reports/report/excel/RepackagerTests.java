package org.partnership.reports.report.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.partnership.reports.report.excel.Repackager.Link;
import org.partnership.reports.report.excel.Repackager.SheetLinks;

import static org.assertj.core.api.Assertions.assertThat;

class RepackagerTests {

	static final String SHEET = "xl/worksheets/sheet5.xml";

	static final String RELS = "xl/worksheets/_rels/sheet5.xml.rels";

	static final String SHEET_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
			+ "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
			+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Қазақстан &lt;pageMargins</t></is></c></row>"
			+ "</sheetData><autoFilter ref=\"A1:K2\"/><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" "
			+ "left=\"0.7\" right=\"0.7\" top=\"0.75\"/></worksheet>";

	@TempDir
	Path dir;

	@Test
	void hyperlinksGoBetweenTheFilterAndThePageMarginsWithTheirRelationships() throws IOException {
		Map<String, String> out = repackage(Map.of(SHEET, SHEET_XML),
				List.of(new Link("E2", "https://example.org/a?x=1&y=2"), new Link("E4", "http://example.org/b")));
		assertThat(out).containsOnlyKeys(SHEET, RELS);
		assertThat(out.get(SHEET)).contains("</sheetData><autoFilter ref=\"A1:K2\"/><hyperlinks>"
				+ "<hyperlink ref=\"E2\" r:id=\"rIdLink1\"/><hyperlink ref=\"E4\" r:id=\"rIdLink2\"/></hyperlinks>"
				+ "<pageMargins ");
		assertThat(out.get(SHEET)).contains("<t>Қазақстан &lt;pageMargins</t>");
		assertThat(out.get(RELS)).contains("<Relationship Id=\"rIdLink1\" Type=\"" + Repackager.HYPERLINK_TYPE
				+ "\" Target=\"https://example.org/a?x=1&amp;y=2\" TargetMode=\"External\"/>");
	}

	@Test
	void existingRelationshipsAreKept() throws IOException {
		String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Target=\"../drawings/drawing1.xml\" Type=\"drawing\"/></Relationships>";
		Map<String, String> sources = new LinkedHashMap<>();
		sources.put(SHEET, SHEET_XML);
		sources.put(RELS, rels);
		Map<String, String> out = repackage(sources, List.of(new Link("E2", "https://example.org/")));
		assertThat(out.get(RELS)).contains("<Relationship Id=\"rId1\" Target=\"../drawings/drawing1.xml\" "
				+ "Type=\"drawing\"/><Relationship Id=\"rIdLink1\"");
		assertThat(out.get(RELS)).endsWith("</Relationships>");
	}

	@Test
	void aSheetWithoutLinksIsCopiedUnchanged() throws IOException {
		Map<String, String> out = repackage(Map.of(SHEET, SHEET_XML), List.of());
		assertThat(out).containsExactly(Map.entry(SHEET, SHEET_XML));
	}

	@Test
	void everyEntryGetsTheFixedTime() throws IOException {
		Path source = zip(Map.of(SHEET, SHEET_XML, "docProps/core.xml", "<core/>"));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DeflatePool pool = new DeflatePool()) {
			new Repackager(pool, List.of(), List.of()).copy(source, bytes);
		}
		List<Object> times = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				times.add(entry.getTimeLocal());
			}
		}
		assertThat(times).containsExactly(Repackager.ENTRY_TIME, Repackager.ENTRY_TIME);
	}

	private Map<String, String> repackage(Map<String, String> entries, List<Link> links) throws IOException {
		Path source = zip(entries);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DeflatePool pool = new DeflatePool()) {
			new Repackager(pool, List.of(new SheetLinks(SHEET, links)), List.of()).copy(source, bytes);
		}
		Map<String, String> result = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				result.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return result;
	}

	private Path zip(Map<String, String> entries) throws IOException {
		Path file = Files.createTempFile(this.dir, "source", ".zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, String> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return file;
	}

}
