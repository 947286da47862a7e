-- Some published indicator values give no data year (the thesis quotes OECD figures without one): the year
-- becomes optional. A generated key column keeps (code, geo, year, edition) unique when the year is missing.
ALTER TABLE indicator_value DROP PRIMARY KEY;
ALTER TABLE indicator_value ALTER COLUMN data_year SET NULL;
ALTER TABLE indicator_value ADD COLUMN year_key INT NOT NULL GENERATED ALWAYS AS (COALESCE(data_year, 0));
ALTER TABLE indicator_value ADD PRIMARY KEY (code, geo, year_key, edition);

-- The performance group a region (NUTS code) or country is placed in by an edition of the Regional
-- Innovation Scoreboard: "Strong innovator", "Leader", ...
CREATE TABLE performance_group (
    geo       VARCHAR(16) NOT NULL,
    edition   VARCHAR(200) NOT NULL,
    grp       VARCHAR(100) NOT NULL,
    source_id VARCHAR(64) REFERENCES source (id),
    verified  BOOLEAN NOT NULL DEFAULT FALSE,
    note      VARCHAR(4000),
    PRIMARY KEY (geo, edition)
);
