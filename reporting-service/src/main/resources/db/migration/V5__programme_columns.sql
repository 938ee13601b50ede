-- One counter row per region x category x segment, with the programme counts as columns: a third of the rows the
-- projection writes per event (and reads per report) compared with one row per programme.
create table coverage_counter (
    region   text     not null,
    parent   text,
    level    smallint not null,
    category text     not null,
    segment  text     not null,
    active   bigint   not null, -- participants
    jkk      bigint   not null, -- participants covered by each programme
    jkm      bigint   not null,
    jht      bigint   not null,
    jp       bigint   not null,
    jkp      bigint   not null,
    primary key (region, category, segment)
) with (fillfactor = 70);

insert into coverage_counter (region, parent, level, category, segment, active, jkk, jkm, jht, jp, jkp)
select region, min(parent), min(level), category, segment,
       coalesce(sum(active) filter (where programme = 'ALL'), 0),
       coalesce(sum(active) filter (where programme = 'JKK'), 0),
       coalesce(sum(active) filter (where programme = 'JKM'), 0),
       coalesce(sum(active) filter (where programme = 'JHT'), 0),
       coalesce(sum(active) filter (where programme = 'JP'), 0),
       coalesce(sum(active) filter (where programme = 'JKP'), 0)
from coverage_count group by region, category, segment;

drop table coverage_count;

create index coverage_counter_parent on coverage_counter (parent);
create index coverage_counter_level on coverage_counter (level, category);
