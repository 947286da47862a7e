-- A later schema version, used only by the tests to exercise the backup taken before a migration.
CREATE TABLE test_later_version (id INT PRIMARY KEY);
