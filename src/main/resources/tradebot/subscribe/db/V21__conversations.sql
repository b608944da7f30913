-- Conversation memory shared by the instances (what a follow-up refers to): one row per
-- conversation ("telegram:123"), its state as JSON; rows untouched for a day are removed.
CREATE TABLE conversation (
  conversation_id VARCHAR(300) NOT NULL,
  state VARCHAR(8000) NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT conversation_key PRIMARY KEY (conversation_id)
);

CREATE INDEX conversation_by_time ON conversation (updated_at);
