-- Field notes written in the app (issue 10): the interview they record, links to partners as well as to firms
-- and alliances, and a deletion that can be undone (a deleted note is kept, marked with the time it was deleted).
ALTER TABLE note ADD COLUMN interview_date DATE;
ALTER TABLE note ADD COLUMN interviewee VARCHAR(200);
ALTER TABLE note ADD COLUMN interviewee_role VARCHAR(200);
ALTER TABLE note ADD COLUMN organisation VARCHAR(200);
ALTER TABLE note ADD COLUMN consent BOOLEAN;
ALTER TABLE note ADD COLUMN deleted TIMESTAMP WITH TIME ZONE;
ALTER TABLE note_link ADD COLUMN partner_id VARCHAR(64) REFERENCES partner (id);
CREATE INDEX note_updated ON note (updated);
-- every note gets a key, so that its Markdown file can be imported back without making a second note
UPDATE note SET ext_id = 'note-' || RANDOM_UUID() WHERE ext_id IS NULL;
