package org.partnership.reports.report;

import org.partnership.reports.period.Period;

/**
 * Articles and unique stories tagged with a topic in a period; {@code sharePct} = stories with the
 * topic / all stories of the period × 100.
 */
public record TopicRow(Period period, String topic, String topicName, long articles, long stories, double sharePct) {

}
