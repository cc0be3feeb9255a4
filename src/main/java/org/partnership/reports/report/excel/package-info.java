/**
 * The analysts' Excel workbook, rendered from the neutral
 * {@link org.partnership.reports.report.ReportModel} with Apache POI. POI is imported only here;
 * {@link org.partnership.reports.report.excel.WorkbookWriter} is the entry point.
 */
package org.partnership.reports.report.excel;
