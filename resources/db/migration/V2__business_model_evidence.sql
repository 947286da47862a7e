-- Schema version 2: business-model evidence per firm and year (products, platform deals, pipeline phases...).
CREATE TABLE evidence (
    id        VARCHAR(64) PRIMARY KEY,
    firm_id   VARCHAR(64) NOT NULL REFERENCES firm (id),
    ev_year   INT NOT NULL,
    kind      VARCHAR(32) NOT NULL,
    detail    VARCHAR(2000),
    source_id VARCHAR(64) REFERENCES source (id),
    verified  BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX evidence_firm ON evidence (firm_id);
