-- Business-model evidence gets the researcher's note, as events and alliances have (how a year was worked out,
-- what a source leaves undated, why a kind was chosen), and the last year the fact held, as alliances have an end:
-- a firm that hands its sales to a partner or withdraws its product stops counting as selling it (issue 8).
ALTER TABLE evidence ADD COLUMN end_year INT;
ALTER TABLE evidence ADD COLUMN note VARCHAR(4000);
