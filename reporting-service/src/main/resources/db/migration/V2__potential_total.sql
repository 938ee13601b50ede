-- A region may publish a total potential that is less than the sum of its categories (workers counted in two
-- categories). The posting keeps it; the roll-up keeps every region's effective total (its own, or its children's sum).
alter table target_posting add column total bigint check (total >= 0);

create table potential_total (
    region text    not null,
    parent text,
    year   integer not null,
    total  bigint  not null,
    posted boolean not null,
    primary key (region, year)
);
create index potential_total_parent on potential_total (parent, year);
