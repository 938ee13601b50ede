-- Monthly deltas also per region over all categories (category 'ALL'), so an unfiltered trend or growth ranking reads
-- one row per region and month instead of one per category.
insert into coverage_month (region, parent, level, month, category, active_delta, new_enrollments)
select region, parent, level, month, 'ALL', sum(active_delta), sum(new_enrollments)
from coverage_month group by region, parent, level, month
on conflict (region, month, category) do nothing;

drop index coverage_month_level;
create index coverage_month_level on coverage_month (level, category, month) include (region, active_delta);
