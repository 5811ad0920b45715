-- Issue 18. Every sort and filter of the Families list served by an index, so no list query
-- reads every family: the name sort gets its own column on the family row, kept by triggers
-- from the first person of the identity (so every write path keeps it: the repositories,
-- the import, the demo's bulk writer, an erasure); the names search reads an index of the
-- joined full name instead of building it for every person.

-- The search index without its prefix index (prefixes of 2, 3 and 4 characters): measured on
-- the 10,000-family demo it made the index half as large again and its building 3.7 times
-- slower, and finding a short prefix no faster (benchmarks/prefix_index.py); FTS5 finds a
-- prefix from the words of the vocabulary. Rebuilt from its own rows, so whatever the index
-- held stays (the triggers that keep it name it, and are unchanged).
CREATE TEMP TABLE search_rows AS
    SELECT rowid AS row_number, body, kind, family_id, ref_id, day FROM search_index;
DROP TABLE search_vocab;
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5 (
    body,
    kind UNINDEXED,
    family_id UNINDEXED,
    ref_id UNINDEXED,
    day UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index (rowid, body, kind, family_id, ref_id, day)
    SELECT row_number, body, kind, family_id, ref_id, day FROM temp.search_rows
    ORDER BY row_number;
DROP TABLE temp.search_rows;
INSERT INTO search_index (search_index) VALUES ('optimize');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab (search_index, row);

ALTER TABLE families ADD COLUMN name_sort TEXT;

-- Family name, a tab (below every printable character), given name: sorting this text
-- orders by family name, then given name, as the list always did.
UPDATE families SET name_sort = (
    SELECT p.family_name || char(9) || p.given_name FROM identity_people p
    WHERE p.family_id = families.id AND p.position = 0
);

CREATE INDEX families_name_sort ON families (name_sort COLLATE NOCASE);

CREATE TRIGGER identity_people_name_ai AFTER INSERT ON identity_people
WHEN new.position = 0 BEGIN
    UPDATE families SET name_sort = new.family_name || char(9) || new.given_name
    WHERE id = new.family_id;
END;
CREATE TRIGGER identity_people_name_au AFTER UPDATE ON identity_people BEGIN
    UPDATE families SET name_sort = (
        SELECT p.family_name || char(9) || p.given_name FROM identity_people p
        WHERE p.family_id = families.id AND p.position = 0
    ) WHERE id IN (old.family_id, new.family_id);
END;
CREATE TRIGGER identity_people_name_ad AFTER DELETE ON identity_people
WHEN old.position = 0 BEGIN
    UPDATE families SET name_sort = (
        SELECT p.family_name || char(9) || p.given_name FROM identity_people p
        WHERE p.family_id = old.family_id AND p.position = 0
    ) WHERE id = old.family_id;
END;

-- The names search ("a Vero" finds Maria Veronesi): the joined name is in the index, so a
-- LIKE over it reads the index alone, never building a string per person (a fragment of the
-- given or the family name is a fragment of the joined name too).
CREATE INDEX identity_people_full_name ON identity_people
    (given_name || ' ' || family_name, family_id);

-- A filter with the list's default order (by code) reads its families in that order.
CREATE INDEX families_status_code ON families (status, substr(code, 5, 4), length(code), code);
CREATE INDEX families_counsellor_code ON families
    (counsellor, substr(code, 5, 4), length(code), code);
CREATE INDEX families_channel_code ON families
    (first_contact_channel, substr(code, 5, 4), length(code), code);

-- The need-area filter: which families have each need at baseline (severity 1 or more), as
-- one index, kept by triggers from the need scores (a list read from it costs nothing per
-- family; the join through the assessments cost a lookup for each).
CREATE TABLE family_needs (
    area TEXT NOT NULL,
    family_id INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    PRIMARY KEY (area, family_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX family_needs_family ON family_needs (family_id);

INSERT OR IGNORE INTO family_needs (area, family_id)
SELECT n.area, a.family_id FROM need_scores n JOIN assessments a ON a.id = n.assessment_id
WHERE n.baseline >= 1;

-- Inserts (the common case, and the whole of a bulk load) add; updates and deletes recompute
-- the family's needs from all its assessments.
CREATE TRIGGER need_scores_needs_ai AFTER INSERT ON need_scores WHEN new.baseline >= 1 BEGIN
    INSERT OR IGNORE INTO family_needs (area, family_id)
    SELECT new.area, a.family_id FROM assessments a WHERE a.id = new.assessment_id;
END;
CREATE TRIGGER need_scores_needs_au AFTER UPDATE ON need_scores BEGIN
    DELETE FROM family_needs WHERE family_id IN (
        SELECT family_id FROM assessments WHERE id IN (old.assessment_id, new.assessment_id));
    INSERT OR IGNORE INTO family_needs (area, family_id)
    SELECT n.area, a.family_id FROM assessments a JOIN need_scores n ON n.assessment_id = a.id
    WHERE a.family_id IN (
        SELECT family_id FROM assessments WHERE id IN (old.assessment_id, new.assessment_id))
      AND n.baseline >= 1;
END;
CREATE TRIGGER need_scores_needs_ad AFTER DELETE ON need_scores BEGIN
    DELETE FROM family_needs WHERE family_id IN (
        SELECT family_id FROM assessments WHERE id = old.assessment_id);
    INSERT OR IGNORE INTO family_needs (area, family_id)
    SELECT n.area, a.family_id FROM assessments a JOIN need_scores n ON n.assessment_id = a.id
    WHERE a.family_id IN (SELECT family_id FROM assessments WHERE id = old.assessment_id)
      AND n.baseline >= 1;
END;
CREATE TRIGGER assessments_needs_ad AFTER DELETE ON assessments BEGIN
    DELETE FROM family_needs WHERE family_id = old.family_id;
    INSERT OR IGNORE INTO family_needs (area, family_id)
    SELECT n.area, a.family_id FROM assessments a JOIN need_scores n ON n.assessment_id = a.id
    WHERE a.family_id = old.family_id AND n.baseline >= 1;
END;
CREATE TRIGGER assessments_needs_au AFTER UPDATE OF family_id ON assessments BEGIN
    DELETE FROM family_needs WHERE family_id IN (old.family_id, new.family_id);
    INSERT OR IGNORE INTO family_needs (area, family_id)
    SELECT n.area, a.family_id FROM assessments a JOIN need_scores n ON n.assessment_id = a.id
    WHERE a.family_id IN (old.family_id, new.family_id) AND n.baseline >= 1;
END;
