-- Double funding is two payers paying the same programme for the same person in overlapping months (issue 12): a
-- finding now names the programmes both pay. Findings recorded before are given the programmes their two
-- enrollments share now; those that share none (the province pays JKK and JKM, the regency JHT) were never double
-- funding and are removed.
alter table double_funding_finding add column programmes varchar(32);

update double_funding_finding f
set programmes = (
    select string_agg(p, ',' order by p)
    from (select unnest(string_to_array(first.programmes, ',')) as p
          intersect
          select unnest(string_to_array(second.programmes, ','))) shared)
from enrollment first, enrollment second
where first.id = f.first_enrollment_id and second.id = f.second_enrollment_id;

delete from double_funding_finding where programmes is null;

alter table double_funding_finding alter column programmes set not null;
