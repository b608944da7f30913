-- Ingested articles (`tradebot ingest`): metadata, the text as given, and the extraction (JSON) with
-- the version of the extractor that made it. Dates are YYYY-MM-DD or YYYY-MM; '' when not given.

CREATE TABLE article (
  id VARCHAR(40) PRIMARY KEY,
  title TEXT NOT NULL,
  publisher TEXT NOT NULL,
  author TEXT NOT NULL,
  pub_date VARCHAR(10) NOT NULL,
  url TEXT NOT NULL,
  body TEXT NOT NULL,
  extractor_version VARCHAR(100) NOT NULL,
  extraction TEXT NOT NULL,
  figures INTEGER NOT NULL,
  ingested_at BIGINT NOT NULL
);

CREATE INDEX article_by_url ON article (url);
CREATE INDEX article_by_title_date ON article (title, pub_date);

-- One row, bumped in the same transaction as every change to the articles: running bots poll it
-- and rebuild what they know when it moves.
CREATE TABLE knowledge_change (
  id INTEGER PRIMARY KEY,
  counter BIGINT NOT NULL
);

INSERT INTO knowledge_change (id, counter) VALUES (1, 0);
