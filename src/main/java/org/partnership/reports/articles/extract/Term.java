package org.partnership.reports.articles.extract;

/** What a keyword stands for: a code within one layer (topic code, actor code, metric, place name...). */
record Term(Layer layer, String code) {
}
