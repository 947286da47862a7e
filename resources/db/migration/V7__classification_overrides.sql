-- The researcher's overrides of a firm's business model (issue 8): an override is never deleted, only withdrawn,
-- so that the history of what was decided, when and why stays readable. A null withdrawn is an override in force;
-- rows of origin RULES are never withdrawn. Overrides and rule output are looked up by firm and year.
ALTER TABLE classification ADD COLUMN withdrawn TIMESTAMP WITH TIME ZONE;
CREATE INDEX IF NOT EXISTS classification_firm_year ON classification (firm_id, as_of_year);
