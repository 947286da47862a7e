-- Notes that come from a dataset file keep the key they have there, so that importing the same notes again
-- finds them instead of duplicating them; a note may name the source it was written from.
ALTER TABLE note ADD COLUMN ext_id VARCHAR(64);
CREATE UNIQUE INDEX note_ext_id ON note (ext_id);
ALTER TABLE note ADD COLUMN source_id VARCHAR(64) REFERENCES source (id);
CREATE INDEX note_link_note ON note_link (note_id);
CREATE INDEX note_link_firm ON note_link (firm_id);
