-- The researcher's own changes to the facts (issue 12): one row per change made in the app, with the row as it
-- was and as it became (JSON objects of column -> value as text), so that a change can be shown and undone, also
-- after a restart. An import of a whole dataset is one row too (no values): changes before it cannot be undone.
CREATE TABLE change_log (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fact       VARCHAR(16) NOT NULL,
    fact_id    VARCHAR(64),
    action     VARCHAR(8) NOT NULL,
    old_value  CLOB,
    new_value  CLOB,
    summary    VARCHAR(400) NOT NULL,
    undone     BOOLEAN NOT NULL DEFAULT FALSE
);
