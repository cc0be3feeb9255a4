package org.partnership.reports.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/** Display names of reporter and partner codes ({@code reference/parties.csv}); unknown codes show as is. */
public final class PartyNames {

	private final Map<String, NamedCsvRecord> names;

	private PartyNames(Map<String, NamedCsvRecord> names) {
		this.names = names;
	}

	public static PartyNames load() {
		Map<String, NamedCsvRecord> map = new HashMap<>();
		try (InputStream in = PartyNames.class.getResourceAsStream("/reference/parties.csv");
				CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(in)) {
			for (NamedCsvRecord r : csv) {
				map.put(r.getField("code"), r);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new PartyNames(map);
	}

	public String name(String code, Locale locale) {
		NamedCsvRecord r = this.names.get(code);
		if (r == null) {
			return code;
		}
		String column = "name_" + locale.getLanguage();
		return r.findField(column).filter(s -> !s.isBlank()).orElse(r.getField("name_en"));
	}

}
