-- reporting-service read models. Everything here is derived from events (enrollment.events, budget.events) or
-- posted through the API (targets); no row holds personal data (no NIK, no name, no birth date).

-- The last applied state of every enrollment: what a later (or repeated, or late) event is compared with.
create table enrollment_state (
    enrollment_id  uuid        primary key,
    participant_id uuid        not null,
    region         text        not null,
    category       text        not null,
    segment        text        not null,
    programmes     text        not null, -- comma-separated Programme names, sorted
    status         text        not null,
    sequence       bigint      not null,
    coverage_start date        not null,
    coverage_end   date,
    occurred_at    timestamptz not null,
    applied_at     timestamptz not null default now()
);
create index enrollment_state_participant on enrollment_state (participant_id);

-- Active participants per region x category x segment x programme, kept by the projection and rolled up
-- village -> district -> regency/city -> province -> nation (region 'ID', level 0). programme 'ALL' counts
-- participants; a programme's row counts the participants covered by that programme.
create table coverage_count (
    region    text     not null,
    parent    text,
    level     smallint not null,
    category  text     not null,
    segment   text     not null,
    programme text     not null,
    active    bigint   not null,
    primary key (region, category, segment, programme)
);
create index coverage_count_parent on coverage_count (parent);
create index coverage_count_level on coverage_count (level, programme, category) include (region, active);

-- Net change of active participants and enrollments started, per region x month x category. The active count at
-- the end of a month is the running sum up to that month; the sum over all months equals coverage_count.
create table coverage_month (
    region          text     not null,
    parent          text,
    level           smallint not null,
    month           date     not null, -- first day of the month
    category        text     not null,
    active_delta    bigint   not null,
    new_enrollments bigint   not null,
    primary key (region, month, category)
);
create index coverage_month_level on coverage_month (level, month) include (region, category, active_delta);

-- How far each consumer has got: the time of the last event it applied.
create table projection_watermark (
    consumer        text        primary key,
    last_event_time timestamptz not null,
    applied_at      timestamptz not null,
    events_applied  bigint      not null
);

-- Targets (potential participants) as posted per region and year; the whole set of categories at once.
create table target_posting (
    id         bigserial   primary key,
    region     text        not null,
    year       integer     not null,
    version    bigint      not null,
    posted_by  text        not null,
    posted_at  timestamptz not null,
    unique (region, year)
);
create table target_potential (
    posting_id bigint not null references target_posting (id) on delete cascade,
    category   text   not null,
    potential  bigint not null check (potential >= 0),
    primary key (posting_id, category)
);

-- The effective potential of every region that has a posting within it: its own posting, or else the sum of its
-- children's effective potential. Recomputed up the lineage on every posting.
create table potential_rollup (
    region    text     not null,
    parent    text,
    year      integer  not null,
    category  text     not null,
    potential bigint   not null,
    posted    boolean  not null,
    primary key (region, year, category)
);
create index potential_rollup_parent on potential_rollup (parent, year);

-- Latest position of every funding pool (budget.events, id.lindung.budget.position-changed.v1).
create table funding_pool (
    pool_id               text        primary key,
    payer_type            text        not null,
    payer_region          text        not null,
    fiscal_year           integer     not null,
    programme             text        not null,
    category              text        not null,
    allocated             bigint      not null,
    committed             bigint      not null,
    disbursed             bigint      not null,
    headroom              bigint      not null,
    funded_participants   bigint      not null,
    unfunded_participants bigint      not null,
    sequence              bigint      not null,
    as_of                 timestamptz not null
);

-- Funding pool positions summed per region (the payer's region and every enclosing one) x year x programme x category.
create table budget_rollup (
    region                text     not null,
    parent                text,
    level                 smallint not null,
    fiscal_year           integer  not null,
    programme             text     not null,
    category              text     not null,
    pools                 bigint   not null,
    allocated             bigint   not null,
    committed             bigint   not null,
    disbursed             bigint   not null,
    headroom              bigint   not null,
    funded_participants   bigint   not null,
    unfunded_participants bigint   not null,
    primary key (region, fiscal_year, programme, category)
);
create index budget_rollup_parent on budget_rollup (parent, fiscal_year);
