package org.partnership.reports.report.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

/**
 * The texts of a briefing, rendered from {@code <lang>/briefing.ftl}. The template prints lines of
 * {@code key = text}; an indented line continues the text above it, blank lines and lines starting
 * with {@code #} are ignored. Keys the editable folder's template does not define fall back to the
 * copy in the jar, so an analyst's edit can never leave a label empty.
 * <p>
 * A value the template cannot print (a misspelt variable, say) prints "n/a" instead of failing the
 * nightly job; the problems are kept in {@link #problems()} for the log.
 */
final class BriefingTexts {

	static final String TEMPLATE = "briefing.ftl";

	private static final Pattern ENTRY = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\-]*)\\s*=\\s?(.*)$");

	// compiled once: every briefing renders its texts twice (the templates folder's, the jar's), some hundred values each

	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

	private static final Pattern BLANK_BEFORE_PUNCTUATION = Pattern.compile(" ([,.;:])");

	private static final Pattern DOUBLE_DOT = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");

	private final Map<String, String> texts;

	private final List<String> problems;

	private BriefingTexts(Map<String, String> texts, List<String> problems) {
		this.texts = texts;
		this.problems = problems;
	}

	/** The text of {@code key}, or "" when no template defines it. */
	String get(String key) {
		return this.texts.getOrDefault(key, "");
	}

	/** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by {@code args}. */
	String get(String key, Object... args) {
		String s = get(key);
		for (int i = 0; i < args.length; i++) {
			s = s.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return s;
	}

	/** An analyst's label for a code ({@code product.27}, {@code topic.ENERGY}), else {@code fallback}. */
	String label(String prefix, String code, String fallback) {
		String v = this.texts.get(prefix + "." + code);
		return (v == null || v.isBlank()) ? fallback : v;
	}

	boolean has(String key) {
		String v = this.texts.get(key);
		return v != null && !v.isBlank();
	}

	Map<String, String> all() {
		return Collections.unmodifiableMap(this.texts);
	}

	List<String> problems() {
		return this.problems;
	}

	/** Renders the texts from the given FreeMarker configurations: {@code primary} wins over {@code fallback}. */
	static BriefingTexts render(Templates templates, String language, Map<String, Object> data) throws IOException {
		List<String> problems = new ArrayList<>();
		Map<String, String> merged = new LinkedHashMap<>();
		merged.putAll(templates.renderFallback(language, data, problems));
		Map<String, String> primary = templates.renderPrimary(language, data, problems);
		merged.putAll(primary);
		return new BriefingTexts(merged, problems);
	}

	static Map<String, String> parse(String text) {
		Map<String, String> map = new LinkedHashMap<>();
		String key = null;
		StringBuilder value = new StringBuilder();
		for (String line : LINE_BREAK.split(text, -1)) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (Character.isWhitespace(line.charAt(0))) {
				if (key != null) {
					value.append(' ').append(line.strip());
				}
				continue;
			}
			Matcher m = ENTRY.matcher(line);
			if (m.matches()) {
				if (key != null) {
					map.put(key, normalise(value));
				}
				key = m.group(1);
				value.setLength(0);
				value.append(m.group(2).strip());
			}
		}
		if (key != null) {
			map.put(key, normalise(value));
		}
		return map;
	}

	private static String normalise(CharSequence s) {
		// collapse the blanks templates leave, drop a blank before punctuation, and "г.." after an abbreviation
		String blanks = BLANKS.matcher(s).replaceAll(" ");
		String punctuation = BLANK_BEFORE_PUNCTUATION.matcher(blanks).replaceAll("$1");
		return DOUBLE_DOT.matcher(punctuation).replaceAll(".").strip();
	}

	/**
	 * The FreeMarker side: one configuration for the editable folder (if any) and one for the jar's
	 * copy. Configurations are thread-safe and re-read a template file when it changes.
	 */
	static final class Templates {

		private final Configuration primary;

		private final Configuration fallback;

		Templates(Path templatesDir) throws IOException {
			this.fallback = configuration();
			this.fallback.setTemplateLoader(new ClassTemplateLoader(BriefingTexts.class.getClassLoader(), "templates"));
			if (templatesDir != null) {
				if (!Files.isDirectory(templatesDir)) {
					throw new IOException("briefing templates folder not found: " + templatesDir.toAbsolutePath());
				}
				this.primary = configuration();
				this.primary.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
			}
			else {
				this.primary = null;
			}
		}

		Map<String, String> renderPrimary(String language, Map<String, Object> data, List<String> problems)
				throws IOException {
			return this.primary == null ? Map.of() : render(this.primary, language, data, problems, true);
		}

		Map<String, String> renderFallback(String language, Map<String, Object> data, List<String> problems)
				throws IOException {
			return render(this.fallback, language, data, problems, this.primary == null);
		}

		private static Map<String, String> render(Configuration cfg, String language, Map<String, Object> data,
				List<String> problems, boolean report) throws IOException {
			Template template;
			try {
				template = cfg.getTemplate(language + "/" + TEMPLATE, Locale.forLanguageTag(language));
			}
			catch (TemplateNotFoundException ex) {
				return Map.of();
			}
			StringWriter out = new StringWriter();
			try {
				Environment env = template.createProcessingEnvironment(data, out);
				String na = String.valueOf(data.getOrDefault("na", "n/a"));
				// problems of the jar's copy are only worth reporting when it is the template in use
				env.setTemplateExceptionHandler(new NaHandler(report ? problems : new ArrayList<>(), na));
				env.process();
			}
			catch (TemplateException ex) {
				throw new IOException("briefing template " + language + "/" + TEMPLATE + " failed: " + ex.getMessage(),
						ex);
			}
			return parse(out.toString());
		}

		private static Configuration configuration() {
			Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
			cfg.setDefaultEncoding("UTF-8");
			cfg.setTemplateUpdateDelayMilliseconds(0);
			cfg.setLogTemplateExceptions(false);
			cfg.setWrapUncheckedExceptions(true);
			cfg.setFallbackOnNullLoopVariable(false);
			cfg.setAPIBuiltinEnabled(false);
			cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
			cfg.setNumberFormat("computer");
			cfg.setBooleanFormat("c");
			cfg.setLocalizedLookup(false);
			return cfg;
		}

	}

	/** Prints "n/a" where an expression fails and notes the problem; the rest of the template goes on. */
	private record NaHandler(List<String> problems, String na) implements TemplateExceptionHandler {

		@Override
		public void handleTemplateException(TemplateException te, Environment env, Writer out) {
			String where = te.getTemplateSourceName() + ":" + te.getLineNumber();
			this.problems.add(where + ": " + firstLine(te.getMessageWithoutStackTop()));
			try {
				out.write(this.na);
			}
			catch (IOException ex) {
				// a StringWriter does not fail
			}
		}

		private static String firstLine(String s) {
			int nl = s == null ? -1 : s.indexOf('\n');
			return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
		}

	}

}
