package org.partnership.reports.trade;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * Partner groups with validity dates ({@code reference/partner-groups.csv}): EU27 from 2020-02-01,
 * EU28 from 2013-07-01 to 2020-01-31, Central Asia, and any group a user adds in a reference folder.
 * Member rows roll up into a group either with the group's <em>fixed</em> composition (its members
 * on its last valid day — for EU27 the 27 current members, back-cast over every period; the default,
 * as Eurostat and DG Trade publish) or <em>as of</em> each period (members on the period's first day).
 */
public final class PartnerGroups {

	/** Which members count in a period. */
	public enum Composition {

		FIXED, AS_OF

	}

	record Membership(String member, LocalDate from, LocalDate to) {

		boolean validOn(LocalDate day) {
			return (this.from == null || !day.isBefore(this.from)) && (this.to == null || !day.isAfter(this.to));
		}

	}

	record Group(String code, LocalDate from, LocalDate to, List<Membership> members) {

		/** The day whose members make the fixed composition: the group's last valid day, or today. */
		LocalDate compositionDay(LocalDate today) {
			return this.to == null ? today : this.to;
		}

	}

	private final Map<String, Group> groups;

	private final Composition composition;

	private final LocalDate today;

	private final Map<String, java.util.Set<String>> memberCodes = new java.util.HashMap<>();

	private PartnerGroups(Map<String, Group> groups, Composition composition, LocalDate today) {
		this.groups = groups;
		groups.forEach((code, g) -> this.memberCodes.put(code,
				g.members().stream().map(Membership::member).collect(java.util.stream.Collectors.toSet())));
		this.composition = composition;
		this.today = today;
	}

	/** The shipped groups, replaced by {@code partner-groups.csv} of the reference folder when it has one. */
	public static PartnerGroups load(Path referenceDir, Composition composition, LocalDate today) {
		Path custom = referenceDir == null ? null : referenceDir.resolve("partner-groups.csv");
		try (InputStream in = custom != null && Files.isRegularFile(custom) ? Files.newInputStream(custom)
				: PartnerGroups.class.getResourceAsStream("/reference/partner-groups.csv")) {
			return new PartnerGroups(parse(in, custom == null ? "partner-groups.csv" : custom.toString()), composition,
					today);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** No groups at all (tests, feeds without member rows). */
	public static PartnerGroups none() {
		return new PartnerGroups(Map.of(), Composition.FIXED, LocalDate.MAX);
	}

	private static Map<String, Group> parse(InputStream in, String name) throws IOException {
		Map<String, List<Membership>> members = new LinkedHashMap<>();
		Map<String, LocalDate[]> validity = new LinkedHashMap<>();
		try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
			.commentStrategy(CommentStrategy.SKIP)
			.ofNamedCsvRecord(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8))) {
			for (NamedCsvRecord r : csv) {
				try {
					String group = r.getField("group").strip();
					validity.putIfAbsent(group, new LocalDate[] { date(r.getField("group_from")), date(r.getField("group_to")) });
					members.computeIfAbsent(group, g -> new ArrayList<>())
						.add(new Membership(r.getField("member").strip(), date(r.getField("member_from")),
								date(r.getField("member_to"))));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException(name + " line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
				}
			}
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		members.forEach((code, list) -> groups.put(code,
				new Group(code, validity.get(code)[0], validity.get(code)[1], List.copyOf(list))));
		return groups;
	}

	private static LocalDate date(String text) {
		return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
	}

	public Composition composition() {
		return this.composition;
	}

	/** Group codes, in file order. */
	public List<String> codes() {
		return List.copyOf(this.groups.keySet());
	}

	public boolean isGroup(String code) {
		return this.groups.containsKey(code);
	}

	/** Whether a member's row for a period counts in the group under the chosen composition. */
	public boolean includes(String group, String member, org.partnership.reports.period.Period period) {
		Group g = this.groups.get(group);
		if (g == null) {
			return false;
		}
		if (g.to() != null && period.start().isAfter(g.to())) {
			return false; // a dissolved group is back-cast, never carried forward (no EU28 after January 2020)
		}
		LocalDate day = this.composition == Composition.FIXED ? g.compositionDay(this.today) : period.start();
		for (Membership m : g.members()) {
			if (m.member().equals(member) && m.validOn(day)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the code is ever a member of the group. */
	public boolean hasMember(String group, String member) {
		java.util.Set<String> members = this.memberCodes.get(group);
		return members != null && members.contains(member);
	}

	/** The label printed next to group figures. */
	public String describe(String group) {
		Group g = this.groups.get(group);
		if (g == null) {
			return "";
		}
		int size = (int) g.members().stream().filter(m -> m.validOn(g.compositionDay(this.today))).count();
		String validity = g.from() == null ? "" : (g.to() == null ? " (group since " + g.from() + ")"
				: " (group " + g.from() + " – " + g.to() + ")");
		return this.composition == Composition.FIXED
				? group + ": fixed composition of " + size + " members" + validity + ", back-cast over every period"
				: group + ": composition as of each period (members on its first day)" + validity;
	}

}
