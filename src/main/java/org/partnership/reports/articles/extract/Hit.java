package org.partnership.reports.articles.extract;

/** A keyword found in folded text at {@code [start, end)}. */
record Hit(int start, int end, Term term) {

	Layer layer() {
		return term.layer();
	}

	String code() {
		return term.code();
	}

}
