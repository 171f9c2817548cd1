-- Search residents by name in Cyrillic or Latin, case number or external id.
-- SQLite's LIKE does not fold Cyrillic case; FTS5's unicode61 tokenizer does.
-- search_terms() adds the Latin transliteration of a name, so "aigul" finds
-- "Айгүл"; name_key() is the folded form the duplicate check compares.

CREATE VIRTUAL TABLE resident_search USING fts5 (
    terms, case_number, external_id,
    tokenize = "unicode61 remove_diacritics 2"
);

ALTER TABLE residents ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX residents_birth ON residents (substr(coalesce(date_of_birth, birth_year_estimated), 1, 4));

CREATE TRIGGER residents_search_insert AFTER INSERT ON residents BEGIN
    INSERT INTO resident_search (rowid, terms, case_number, external_id)
    VALUES (new.id, search_terms(new.full_name), new.case_number, coalesce(new.external_id, ''));
    UPDATE residents SET name_key = name_key(new.full_name) WHERE id = new.id;
END;

CREATE TRIGGER residents_search_update AFTER UPDATE OF full_name, case_number, external_id ON residents BEGIN
    DELETE FROM resident_search WHERE rowid = old.id;
    INSERT INTO resident_search (rowid, terms, case_number, external_id)
    VALUES (new.id, search_terms(new.full_name), new.case_number, coalesce(new.external_id, ''));
    UPDATE residents SET name_key = name_key(new.full_name) WHERE id = new.id;
END;

CREATE TRIGGER residents_search_delete AFTER DELETE ON residents BEGIN
    DELETE FROM resident_search WHERE rowid = old.id;
END;

INSERT INTO resident_search (rowid, terms, case_number, external_id)
    SELECT id, search_terms(full_name), case_number, coalesce(external_id, '') FROM residents;
UPDATE residents SET name_key = name_key(full_name);
