-- The projection updates counters in place many times per second. Keep the mutated columns (active, active_delta and
-- the budget amounts) out of every index and leave room on each page, so those updates are HOT (no index writes).
drop index coverage_count_level;
create index coverage_count_level on coverage_count (level, programme, category);
alter table coverage_count set (fillfactor = 70);

drop index coverage_month_level;
create index coverage_month_level on coverage_month (level, category, month);
alter table coverage_month set (fillfactor = 70);

alter table budget_rollup set (fillfactor = 70);
alter table enrollment_state set (fillfactor = 80);
