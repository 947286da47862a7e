-- bioRegions Explorer, schema version 1: one sourced fact per row (see docs/decisions/0001-data-model.md).

CREATE TABLE app_meta (
    meta_key   VARCHAR(64) PRIMARY KEY,
    meta_value VARCHAR(4000)
);

CREATE TABLE source (
    id       VARCHAR(64) PRIMARY KEY,
    citation VARCHAR(2000) NOT NULL,
    url      VARCHAR(2000),
    accessed DATE,
    note     VARCHAR(4000)
);

CREATE TABLE firm (
    id          VARCHAR(64) PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    region      VARCHAR(16) NOT NULL,
    city        VARCHAR(100),
    founded     INT NOT NULL,
    origin      VARCHAR(1000),
    origin_kind VARCHAR(32),
    focus       VARCHAR(1000),
    status      VARCHAR(1000),
    source_id   VARCHAR(64) REFERENCES source (id),
    verified    BOOLEAN NOT NULL DEFAULT FALSE,
    note        VARCHAR(4000),
    CONSTRAINT firm_name_unique UNIQUE (name)
);

CREATE TABLE firm_event (
    id        VARCHAR(64) PRIMARY KEY,
    firm_id   VARCHAR(64) NOT NULL REFERENCES firm (id),
    event_year INT NOT NULL,
    event_month INT,
    kind      VARCHAR(32) NOT NULL,
    detail    VARCHAR(2000),
    source_id VARCHAR(64) REFERENCES source (id),
    verified  BOOLEAN NOT NULL DEFAULT FALSE,
    note      VARCHAR(4000)
);
CREATE INDEX firm_event_firm ON firm_event (firm_id);

CREATE TABLE partner (
    id        VARCHAR(64) PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    country   VARCHAR(8),
    kind      VARCHAR(32) NOT NULL,
    source_id VARCHAR(64) REFERENCES source (id),
    verified  BOOLEAN NOT NULL DEFAULT FALSE,
    note      VARCHAR(4000),
    CONSTRAINT partner_name_unique UNIQUE (name)
);

CREATE TABLE alliance (
    id         VARCHAR(64) PRIMARY KEY,
    firm_id    VARCHAR(64) NOT NULL REFERENCES firm (id),
    partner_id VARCHAR(64) NOT NULL REFERENCES partner (id),
    start_year INT NOT NULL,
    end_year   INT,
    kind       VARCHAR(32) NOT NULL,
    direction  VARCHAR(16),
    subject    VARCHAR(2000),
    value_musd DECIMAL(14, 2),
    source_id  VARCHAR(64) REFERENCES source (id),
    verified   BOOLEAN NOT NULL DEFAULT FALSE,
    note       VARCHAR(4000)
);
CREATE INDEX alliance_firm ON alliance (firm_id);
CREATE INDEX alliance_partner ON alliance (partner_id);

CREATE TABLE classification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    firm_id    VARCHAR(64) NOT NULL REFERENCES firm (id),
    as_of_year INT NOT NULL,
    model      VARCHAR(32) NOT NULL,
    origin     VARCHAR(16) NOT NULL,
    rationale  VARCHAR(8000),
    created    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE indicator (
    code       VARCHAR(64) PRIMARY KEY,
    dataset    VARCHAR(16) NOT NULL,
    name       VARCHAR(500) NOT NULL,
    unit       VARCHAR(200),
    definition VARCHAR(4000),
    source_id  VARCHAR(64) REFERENCES source (id)
);

CREATE TABLE indicator_value (
    code      VARCHAR(64) NOT NULL REFERENCES indicator (code),
    geo       VARCHAR(16) NOT NULL,
    data_year INT NOT NULL,
    edition   VARCHAR(200) NOT NULL DEFAULT '',
    val       DOUBLE PRECISION,
    source_id VARCHAR(64) REFERENCES source (id),
    verified  BOOLEAN NOT NULL DEFAULT FALSE,
    note      VARCHAR(4000),
    PRIMARY KEY (code, geo, data_year, edition)
);

CREATE TABLE note (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    created TIMESTAMP WITH TIME ZONE NOT NULL,
    updated TIMESTAMP WITH TIME ZONE NOT NULL,
    title   VARCHAR(500) NOT NULL DEFAULT '',
    body    CLOB NOT NULL DEFAULT ''
);

CREATE TABLE note_link (
    note_id     BIGINT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    firm_id     VARCHAR(64) REFERENCES firm (id),
    alliance_id VARCHAR(64) REFERENCES alliance (id),
    hypothesis  VARCHAR(8)
);

CREATE TABLE note_tag (
    note_id BIGINT NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    tag     VARCHAR(100) NOT NULL,
    PRIMARY KEY (note_id, tag)
);
