-- Staging tables of the nightly job, next to the Spring Batch tables in the same H2 file.
-- Rows are keyed by (file, line) or by business key, so a chunk replayed after a restart
-- overwrites itself instead of counting twice.
CREATE TABLE IF NOT EXISTS STG_REJECT (
	FILE_NAME VARCHAR(255) NOT NULL,
	LINE BIGINT NOT NULL,
	COLUMN_NAME VARCHAR(100),
	RAW_VALUE VARCHAR(1000),
	REASON VARCHAR(1000) NOT NULL,
	PRIMARY KEY (FILE_NAME, LINE)
);

-- trade rows are not staged here: each slice of a trade file leaves a sorted run file in
-- <state-dir>/trade-runs (see TradeRun); only aggregates (STG_INDICATOR) come back to H2
DROP TABLE IF EXISTS STG_TRADE;

-- articles staged whole by earlier versions; this version stages them as run files (<state-dir>/articles.runs,
-- ArticleRuns) with their keys in STG_ARTICLE_KEY, and ArticleStore.upgradeLayout moves rows found here into a
-- run at start-up (a run interrupted before an upgrade). Keyed by file and line: slices of the file were staged
-- in parallel, duplicate ids included (a state folder from before that, keyed by ID, is re-keyed first)
CREATE TABLE IF NOT EXISTS STG_ARTICLE (
	ID VARCHAR(200) NOT NULL,
	FILE_NAME VARCHAR(255) NOT NULL,
	LINE BIGINT NOT NULL,
	PUBLISHED DATE NOT NULL,
	PUBLISHED_AT VARCHAR(64) NOT NULL,
	SOURCE VARCHAR(1000),
	URL VARCHAR(4000),
	LANGUAGE VARCHAR(8),
	TITLE CHARACTER VARYING NOT NULL,
	FACTS_DATA BINARY VARYING,
	CONSTRAINT STG_ARTICLE_LINE PRIMARY KEY (FILE_NAME, LINE)
);

CREATE TABLE IF NOT EXISTS STG_INDICATOR (
	REPORTER VARCHAR(16) NOT NULL,
	PARTNER VARCHAR(16) NOT NULL,
	PERIOD VARCHAR(16) NOT NULL,
	COMPLETE BOOLEAN NOT NULL,
	INDICATOR VARCHAR(64) NOT NULL,
	VAL DECIMAL(30, 6),
	UNIT VARCHAR(8) NOT NULL,
	PRIMARY KEY (REPORTER, PARTNER, PERIOD, INDICATOR)
);

-- story of each article folded into another's after near-duplicate folding (set by computeIndicators); an
-- article not listed is a story of its own. A table of its own: updating the wide article rows cost more
-- (a state folder from before, with a STORY_ID column, is moved here by ArticleStore.upgradeLayout)
CREATE TABLE IF NOT EXISTS STG_STORY (
	ARTICLE_ID VARCHAR(200) NOT NULL PRIMARY KEY,
	STORY_ID VARCHAR(200) NOT NULL
);

-- what story folding needs of the body (StoryPrint: band keys and shingles), computed at import; the body
-- itself is not staged. A state folder from before gets this layout once: the BODY column dropped, title
-- and facts out of LOB storage (no-ops afterwards)
ALTER TABLE STG_ARTICLE ADD COLUMN IF NOT EXISTS STORY_PRINT BINARY VARYING;
ALTER TABLE STG_ARTICLE DROP COLUMN IF EXISTS BODY;
ALTER TABLE STG_ARTICLE ALTER COLUMN TITLE SET DATA TYPE CHARACTER VARYING;

-- extracted facts in a compact binary record (FactsCodec) instead of JSON text; facts a state folder from
-- before holds as JSON are converted by ArticleStore.upgradeLayout at start-up, then that column is dropped
ALTER TABLE STG_ARTICLE ADD COLUMN IF NOT EXISTS FACTS_DATA BINARY VARYING;

-- no index on (PUBLISHED, ID): the articles are put in publication order once, outside H2, when the stories are
-- folded (ArticleStore, PublicationOrder); keeping the index up to date cost a third of the staging time
DROP INDEX IF EXISTS STG_ARTICLE_PUBLISHED;

-- no index on ID: each staged article updated it at a random place (a third of the staging cost). The ids go
-- into a narrow table of their own instead, written with the articles (appended, no key), and the duplicate
-- ids are found once by one scan of it after all slices are staged (ArticleStore.removeDuplicates)
DROP INDEX IF EXISTS STG_ARTICLE_ID;
CREATE TABLE IF NOT EXISTS STG_ARTICLE_KEY (
	ID VARCHAR(200) NOT NULL,
	FILE_NAME VARCHAR(255) NOT NULL,
	LINE BIGINT NOT NULL
);

CREATE TABLE IF NOT EXISTS STG_INVESTMENT (
	FILE_NAME VARCHAR(255) NOT NULL,
	LINE BIGINT NOT NULL,
	PERIOD VARCHAR(16) NOT NULL,
	REPORTER VARCHAR(16) NOT NULL,
	PARTNER VARCHAR(16) NOT NULL,
	DIRECTION VARCHAR(8) NOT NULL,
	VALUE_USD DECIMAL(24, 2) NOT NULL,
	PRIMARY KEY (FILE_NAME, LINE)
);

-- release label of a trade row (optional "vintage" column): orders revisions of the same key
