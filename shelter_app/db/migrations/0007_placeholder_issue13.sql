-- Placeholder so that 0008 applies on the issue-13 branch, where another
-- branch's 0007 is not merged yet. Delete this file when merging that 0007.
SELECT 1;
