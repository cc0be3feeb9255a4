package org.partnership.reports.report.pdf;

import java.awt.Color;

/** The briefing's flat palette and type sizes, shared by the layout and the charts (opaque colours only). */
final class BriefingStyle {

	static final Color INK = new Color(0x1A, 0x1A, 0x1A);

	static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);

	static final Color MUTED = new Color(0x59, 0x59, 0x59);

	static final Color RULE = new Color(0xBF, 0xC5, 0xCC);

	static final Color PANEL = new Color(0xF1, 0xF4, 0xF8);

	static final Color HIGHLIGHT = new Color(0xE6, 0xEE, 0xF7);

	static final Color EXPORTS = new Color(0x1F, 0x4E, 0x79);

	static final Color IMPORTS = new Color(0x8F, 0xB8, 0xDE);

	static final Color TURNOVER = new Color(0xC5, 0x5A, 0x11);

	static final Color UP = new Color(0x2E, 0x7D, 0x32);

	static final Color DOWN = new Color(0xC6, 0x28, 0x28);

	static final Color FLAG = new Color(0xB0, 0x1E, 0x1E);

	static final Color FLAG_BG = new Color(0xFB, 0xEA, 0xEA);

	static final Color OK_BG = new Color(0xEA, 0xF4, 0xEA);

	static final float BODY = 8.5f;

	static final float SMALL = 7.5f;

	static final float TINY = 6.5f;

	private BriefingStyle() {
	}

}
