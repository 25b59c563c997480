-- PostgreSQL only, after collective-healing.sql (CreateProjectTablesStep): what the engine's task queues need at
-- a mass-casualty scale (README, "Benchmark"). Measured at 100,000 open tasks: Tasklist's queue query took
-- 120-140 ms without these, about 35 ms with them.

-- A queue lists tasks by due date: read them in that order and stop at the page, instead of sorting a site's all.
CREATE INDEX IF NOT EXISTS chw_idx_task_due ON act_ru_task (due_date_);
-- Is this task one of my group's? One probe per task, instead of joining every task of the group.
CREATE INDEX IF NOT EXISTS chw_idx_ident_task_group ON act_ru_identitylink (task_id_, group_id_);
-- The authorization check filters on permission bits (READ = 2 on tasks, READ_TASK = 64 on definitions); without
-- statistics on those expressions PostgreSQL guesses a handful of rows where there are tens of thousands.
CREATE STATISTICS IF NOT EXISTS chw_auth_perms_read ON ((perms_ & 2)) FROM act_ru_authorization;
CREATE STATISTICS IF NOT EXISTS chw_auth_perms_read_task ON ((perms_ & 64)) FROM act_ru_authorization;
