-- Participants: one per NIK. The NIK is never stored in plain: nik_hash (HMAC-SHA256 with a configured key) is the
-- lookup index, nik_encrypted (AES-256-GCM) the value shown to bpjs/admin, nik_masked (first 6 + last 2) the rest.
create table participant (
    id               uuid         primary key,
    nik_hash         bytea        not null,
    nik_encrypted    bytea        not null,
    nik_masked       varchar(16)  not null,
    kpj              varchar(20),
    full_name        varchar(200) not null,
    birth_date       date         not null,
    sex              varchar(6)   not null,
    last_occurred_at timestamptz  not null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint participant_nik_hash_unique unique (nik_hash)
);
create index participant_kpj on participant (kpj);

-- Enrollments: a participant under one payer over a period. At most one active enrollment per participant and payer.
create table enrollment (
    id               uuid         primary key,
    participant_id   uuid         not null references participant (id),
    status           varchar(8)   not null,
    category         varchar(24)  not null,
    segment          varchar(8)   not null,
    programmes       varchar(32)  not null,
    occupation       varchar(200),
    domicile_region  varchar(13)  not null,
    payer_type       varchar(16)  not null,
    payer_region     varchar(13),
    wage_base        bigint       not null,
    risk_class       smallint,
    coverage_start   date         not null,
    coverage_end     date,
    end_reason       varchar(200),
    sequence         bigint       not null,
    last_occurred_at timestamptz  not null,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    version          bigint       not null default 0
);
create index enrollment_participant on enrollment (participant_id);
create unique index enrollment_one_active_per_payer on enrollment (participant_id, payer_type, coalesce(payer_region, ''))
    where status = 'ACTIVE';
-- region subtree filters are prefix matches: "domicile_region like '36.03.%'"
create index enrollment_domicile on enrollment (domicile_region varchar_pattern_ops, category, status);
create index enrollment_payer on enrollment (payer_type, payer_region varchar_pattern_ops);

-- Every inbound event applied to (or, when it arrived late, only recorded for) an enrollment.
create table enrollment_history (
    id               bigserial    primary key,
    enrollment_id    uuid         not null references enrollment (id),
    participant_id   uuid         not null,
    event_id         varchar(100) not null,
    event_type       varchar(8)   not null,
    occurred_at      timestamptz  not null,
    received_at      timestamptz  not null default now(),
    applied          boolean      not null,
    sequence         bigint,
    source           varchar(8)   not null,
    state            jsonb        not null
);
create index enrollment_history_enrollment on enrollment_history (enrollment_id, occurred_at);

-- One participant active under two payers for overlapping months.
create table double_funding_finding (
    id                  uuid         primary key,
    participant_id      uuid         not null references participant (id),
    domicile_region     varchar(13)  not null,
    first_enrollment_id uuid         not null references enrollment (id),
    first_payer_type    varchar(16)  not null,
    first_payer_region  varchar(13),
    second_enrollment_id uuid        not null references enrollment (id),
    second_payer_type   varchar(16)  not null,
    second_payer_region varchar(13),
    overlap_from        date         not null,
    overlap_to          date,
    detected_at         timestamptz  not null default now(),
    constraint double_funding_pair_unique unique (first_enrollment_id, second_enrollment_id)
);
create index double_funding_participant on double_funding_finding (participant_id);
create index double_funding_domicile on double_funding_finding (domicile_region varchar_pattern_ops);
