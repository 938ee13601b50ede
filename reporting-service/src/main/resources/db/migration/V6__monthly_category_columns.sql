-- One monthly row per region and month, with the changes of each category as columns (active_<category>: net change
-- of active participants; started_<category>: enrollments started): half the rows the projection writes per event
-- compared with one row per category plus one for all categories.
create table coverage_monthly (
    region                       text     not null,
    parent                       text,
    level                        smallint not null,
    month                        date     not null, -- first day of the month
    active_non_asn               bigint   not null default 0,
    active_guru_honorer          bigint   not null default 0,
    active_perangkat_desa        bigint   not null default 0,
    active_bpd                   bigint   not null default 0,
    active_rt_rw                 bigint   not null default 0,
    active_penyelenggara_pemilu  bigint   not null default 0,
    active_pekerja_rentan        bigint   not null default 0,
    started_non_asn              bigint   not null default 0,
    started_guru_honorer         bigint   not null default 0,
    started_perangkat_desa       bigint   not null default 0,
    started_bpd                  bigint   not null default 0,
    started_rt_rw                bigint   not null default 0,
    started_penyelenggara_pemilu bigint   not null default 0,
    started_pekerja_rentan       bigint   not null default 0,
    primary key (region, month)
) with (fillfactor = 70);

insert into coverage_monthly
select region, min(parent), min(level), month,
       coalesce(sum(active_delta) filter (where category = 'NON_ASN'), 0),
       coalesce(sum(active_delta) filter (where category = 'GURU_HONORER'), 0),
       coalesce(sum(active_delta) filter (where category = 'PERANGKAT_DESA'), 0),
       coalesce(sum(active_delta) filter (where category = 'BPD'), 0),
       coalesce(sum(active_delta) filter (where category = 'RT_RW'), 0),
       coalesce(sum(active_delta) filter (where category = 'PENYELENGGARA_PEMILU'), 0),
       coalesce(sum(active_delta) filter (where category = 'PEKERJA_RENTAN'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'NON_ASN'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'GURU_HONORER'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'PERANGKAT_DESA'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'BPD'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'RT_RW'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'PENYELENGGARA_PEMILU'), 0),
       coalesce(sum(new_enrollments) filter (where category = 'PEKERJA_RENTAN'), 0)
from coverage_month where category <> 'ALL' group by region, month;

drop table coverage_month;

create index coverage_monthly_level on coverage_monthly (level, month);
