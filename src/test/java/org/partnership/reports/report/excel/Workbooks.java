package org.partnership.reports.report.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading helpers for the tests: find rows by their label, read formats. */
final class Workbooks {

	private Workbooks() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The first row whose first cell holds {@code label}, searching from {@code fromRow}. */
	static Row row(Sheet sheet, String label, int fromRow) {
		for (int r = fromRow; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			Cell first = (row != null) ? row.getCell(0) : null;
			if (first != null && first.getCellType() == CellType.STRING && label.equals(first.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row '" + label + "' in sheet " + sheet.getSheetName());
	}

	static Row row(Sheet sheet, String label) {
		return row(sheet, label, 0);
	}

	static String format(Cell cell) {
		return cell.getCellStyle().getDataFormatString();
	}

}
