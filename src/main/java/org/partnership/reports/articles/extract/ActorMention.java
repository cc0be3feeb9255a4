package org.partnership.reports.articles.extract;

/**
 * An actor from {@code reference/actors.csv} that the article names at least once.
 *
 * @param code stable actor code, e.g. {@code KAZ}, {@code EU}, {@code KAZ-NURTLEU}
 * @param name canonical (English) name
 * @param kind {@code COUNTRY}, {@code ORGANISATION} or {@code OFFICIAL}
 * @param role the official's role, null for other kinds
 * @param country ISO3 or group code (e.g. {@code EU27}), null if not applicable
 */
public record ActorMention(String code, String name, String kind, String role, String country) {
}
