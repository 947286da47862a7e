-- The regional policy context drawn behind the timeline: programmes, institutes, clusters and public funds,
-- each sourced like every other fact. A null region is a Belgian (federal) measure; a null end_year is a body
-- that still exists or a programme whose end is not known.
CREATE TABLE policy_context (
    id         VARCHAR(64) PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    region     VARCHAR(16),
    start_year INT NOT NULL,
    end_year   INT,
    kind       VARCHAR(16) NOT NULL,
    detail     VARCHAR(2000),
    source_id  VARCHAR(64) REFERENCES source (id),
    verified   BOOLEAN NOT NULL DEFAULT FALSE,
    note       VARCHAR(4000),
    CONSTRAINT policy_context_years CHECK (end_year IS NULL OR end_year >= start_year)
);
