-- A story step keeps the view's filters too (issue 11): a JSON object of control id -> value.
ALTER TABLE story_step ADD COLUMN filters VARCHAR(4000);
