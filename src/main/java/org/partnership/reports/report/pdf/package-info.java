/**
 * The PDF briefing for officials (OpenPDF, JFreeChart, FreeMarker): the only package that imports
 * them. {@link org.partnership.reports.report.pdf.BriefingWriter} is its entry point.
 */
package org.partnership.reports.report.pdf;
