-- Commitments from enrollment.events: per enrollment paid by a regional budget, what it currently commits per funding
-- pool (so a change or an end subtracts exactly what was added), and the terms needed to extend an open enrollment
-- into a new fiscal year.
create table enrollment_commitment (
    enrollment_id   uuid        primary key,
    participant_id  uuid        not null,
    sequence        bigint      not null,
    status          text        not null,
    category        text        not null,
    segment         text        not null,
    programmes      text        not null,                -- comma-separated
    payer_type      text        not null,
    payer_region    text,                                -- null once no regional budget pays
    wage_base       bigint      not null,
    risk_class      int,
    coverage_start  date        not null,
    coverage_end    date,
    horizon_year    int         not null,                -- the last fiscal year committed
    commitments     text        not null,                -- JSON: pool id -> 12 monthly amounts
    updated_at      timestamptz not null default now()
);
create index enrollment_commitment_open on enrollment_commitment (horizon_year, enrollment_id)
    where payer_region is not null;

-- Positions are published by a scheduled publisher, coalescing bursts of commitments into one event per pool.
alter table funding_pool add column position_dirty boolean not null default false;
create index funding_pool_dirty on funding_pool (id) where position_dirty;
