package org.partnership.reports.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads a sheet of a produced workbook back as rows keyed by the header names (tests only). */
public final class WorkbookRows {

	private WorkbookRows() {
	}

	/** Cells of each data row by header name; numeric cells as Double, others as String. */
	public static List<Map<String, Object>> read(Path workbook, String sheetName) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(workbook.toFile())) {
			Sheet sheet = wb.getSheet(sheetName);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			List<String> names = new ArrayList<>();
			for (Cell c : header) {
				names.add(c.getStringCellValue());
			}
			List<Map<String, Object>> rows = new ArrayList<>();
			DataFormatter text = new DataFormatter();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, Object> values = new HashMap<>();
				for (int i = 0; i < names.size(); i++) {
					Cell c = row.getCell(i);
					if (c != null) {
						values.put(names.get(i), switch (c.getCellType()) {
							case NUMERIC -> c.getNumericCellValue();
							default -> text.formatCellValue(c);
						});
					}
				}
				rows.add(values);
			}
			return rows;
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
	}

}
