-- Shared by SQLite and PostgreSQL: portable types only; ${id_pk} is the one dialect placeholder.
-- Instants are epoch milliseconds (BIGINT), local dates ISO text (YYYY-MM-DD), booleans 0/1.

CREATE TABLE subscription (
  id ${id_pk},
  platform VARCHAR(16) NOT NULL,
  chat_id VARCHAR(200) NOT NULL,
  post_time VARCHAR(5) NOT NULL,
  zone VARCHAR(64) NOT NULL,
  topic VARCHAR(100) NOT NULL,
  lang VARCHAR(8) NOT NULL,
  active INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  ended_reason VARCHAR(300),
  CONSTRAINT subscription_chat_topic UNIQUE (platform, chat_id, topic)
);

-- One row per subscription and local date: the claim that makes a post happen at most once.
CREATE TABLE delivery (
  subscription_id BIGINT NOT NULL REFERENCES subscription (id) ON DELETE CASCADE,
  local_date VARCHAR(10) NOT NULL,
  fact_id VARCHAR(200) NOT NULL,
  round_no INTEGER NOT NULL,
  status VARCHAR(8) NOT NULL,
  claimed_by VARCHAR(100) NOT NULL,
  lease_until BIGINT NOT NULL,
  attempts INTEGER NOT NULL,
  sent_at BIGINT,
  CONSTRAINT delivery_once_a_day PRIMARY KEY (subscription_id, local_date)
);

CREATE INDEX delivery_by_date ON delivery (local_date);

-- Adapters' own state, e.g. Telegram's getUpdates offset.
CREATE TABLE platform_state (
  platform VARCHAR(32) NOT NULL,
  state_key VARCHAR(100) NOT NULL,
  state_value VARCHAR(4000) NOT NULL,
  updated_at BIGINT NOT NULL,
  CONSTRAINT platform_state_key PRIMARY KEY (platform, state_key)
);
