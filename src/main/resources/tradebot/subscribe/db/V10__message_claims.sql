-- Telegram update_ids and Slack event_ids, claimed by the instance that answers them, so a
-- redelivery to any instance is answered once. A periodic clean-up removes rows older than a day
-- (Telegram keeps an undelivered update for 24 hours; Slack retries for about an hour).
-- (V10, not V2: version numbers are spread out so features developed side by side do not collide.)
CREATE TABLE message_claim (
  platform VARCHAR(16) NOT NULL,
  claim_key VARCHAR(200) NOT NULL,
  claimed_by VARCHAR(100) NOT NULL,
  claimed_at BIGINT NOT NULL,
  CONSTRAINT message_claim_key PRIMARY KEY (platform, claim_key)
);

CREATE INDEX message_claim_by_time ON message_claim (claimed_at);
