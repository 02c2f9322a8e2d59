-- plan-v1.aplan plus a table that collides with the version 2 migration, to prove that a
-- failed migration leaves the file untouched. Built with:
--   cp plan-v1.aplan plan-v1-conflict.aplan && sqlite3 plan-v1-conflict.aplan < plan-v1-conflict.sql
CREATE TABLE checkin (note TEXT);
