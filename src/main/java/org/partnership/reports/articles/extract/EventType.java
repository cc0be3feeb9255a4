package org.partnership.reports.articles.extract;

/**
 * Event types and their CAMEO codes (GDELT {@code CAMEO.eventcodes.txt}). A meeting is coded 043 ("host a
 * visit") even though 044 ("meet at a third location") would sometimes be right: the text rarely says which.
 */
enum EventType {

	MEETING("043"), VISIT("042"), SUMMIT("044"), PHONE_CALL("041"), AGREEMENT("057"), FORUM("040");

	private final String cameo;

	EventType(String cameo) {
		this.cameo = cameo;
	}

	String cameo() {
		return cameo;
	}

}
