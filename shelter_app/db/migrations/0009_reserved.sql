-- Reserved for another branch's migration (issue16 placeholder): the lead deletes this file when
-- the real 0009 lands. Migrations must be numbered without gaps.
SELECT 1;
