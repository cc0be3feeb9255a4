package org.partnership.reports.report.pdf;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Liberation Sans (from openpdf-fonts-extra) for one document: embedded, {@code Identity-H}, so
 * Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і) all print and extract. Each document
 * gets its own {@link BaseFont} instances (never OpenPDF's global cache) with a seeded random for
 * the subset prefix, so the same inputs give the same bytes. The same fonts serve the text and, through
 * {@link #fontMapper()}, the JFreeChart labels drawn on {@code PdfGraphics2D}.
 */
final class PdfFonts {

	private static final String REGULAR_TTF = "liberation/LiberationSans-Regular.ttf";

	private static final String BOLD_TTF = "liberation/LiberationSans-Bold.ttf";

	private static final byte[] REGULAR_BYTES = load(REGULAR_TTF);

	private static final byte[] BOLD_BYTES = load(BOLD_TTF);

	/** AWT faces with the same metrics, for JFreeChart layout; derived per size. */
	static final java.awt.Font AWT_REGULAR = awt(REGULAR_BYTES);

	static final java.awt.Font AWT_BOLD = awt(BOLD_BYTES);

	final BaseFont regular;

	final BaseFont bold;

	PdfFonts(byte[] seed) {
		this.regular = create(REGULAR_TTF, REGULAR_BYTES, seed);
		this.bold = create(BOLD_TTF, BOLD_BYTES, seed);
	}

	Font font(float size, java.awt.Color color) {
		return new Font(this.regular, size, Font.NORMAL, color);
	}

	Font boldFont(float size, java.awt.Color color) {
		return new Font(this.bold, size, Font.NORMAL, color);
	}

	/** Maps every AWT font JFreeChart asks for to the embedded Liberation face of the same weight. */
	FontMapper fontMapper() {
		return new FontMapper() {
			@Override
			public BaseFont awtToPdf(java.awt.Font font) {
				// a face loaded from a TTF reports PLAIN style even when it is the bold face
				boolean bold = font.isBold() || font.getFontName().contains("Bold");
				return bold ? PdfFonts.this.bold : PdfFonts.this.regular;
			}

			@Override
			public java.awt.Font pdfToAwt(BaseFont font, int size) {
				return (font == PdfFonts.this.bold ? AWT_BOLD : AWT_REGULAR).deriveFont((float) size);
			}
		};
	}

	private static BaseFont create(String name, byte[] bytes, byte[] seed) {
		try {
			// cached = false: a fresh instance whose subset prefix comes from our seeded random
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(seed);
			random.setSeed(name.getBytes(StandardCharsets.UTF_8));
			font.setSecureRandom(random);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA1PRNG is part of every JDK", ex);
		}
	}

	private static byte[] load(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " not on the classpath (openpdf-fonts-extra missing?)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.awt.Font awt(byte[] bytes) {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("cannot read Liberation Sans for the charts", ex);
		}
	}

}
