-- Placeholder on the i15-desk branch only: i15-forms' 0007 takes this number at the merge
-- (the migrations are numbered without gaps). Delete this file when merging.
SELECT 1;
