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
 * Latin, Cyrillic and the Kazakh letters (ә ғ қ ң ө ұ ү һ і) all print and extract. Each thread parses the
 * two faces once (never OpenPDF's global cache: parsing them for each of 186 briefings was a tenth of the
 * briefings' time), and each document gives them a random seeded from its own content for the subset prefix,
 * so the same inputs give the same bytes; what a document uses of a face is kept by its writer, not the face. The same fonts serve the text and, through
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

	/** This thread's faces, parsed once: regular, bold. */
	private static final ThreadLocal<BaseFont[]> FACES = ThreadLocal
		.withInitial(() -> new BaseFont[] { create(REGULAR_TTF, REGULAR_BYTES), create(BOLD_TTF, BOLD_BYTES) });

	/** The faces for one document, on the thread that writes it; {@code seed} decides their subset prefixes. */
	PdfFonts(byte[] seed) {
		BaseFont[] faces = FACES.get();
		this.regular = seeded(faces[0], REGULAR_TTF, seed);
		this.bold = seeded(faces[1], BOLD_TTF, seed);
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

	private static BaseFont create(String name, byte[] bytes) {
		try {
			// cached = false: an instance of our own, whose subset prefix comes from our seeded random
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BaseFont seeded(BaseFont font, String name, byte[] seed) {
		try {
			SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
			random.setSeed(seed);
			random.setSeed(name.getBytes(StandardCharsets.UTF_8));
			font.setSecureRandom(random);
			return font;
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
