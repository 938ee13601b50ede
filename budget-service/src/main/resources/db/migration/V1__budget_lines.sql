-- Budget lines of regional governments (APBD) and villages (APBDes) for BPJS Ketenagakerjaan contributions,
-- their revisions, SP2D disbursements and the funding pools they allocate to. Amounts are whole rupiah.

-- One government's budget for one programme and one target category in one fiscal year. Lines allocate to it,
-- enrollments commit against it; every figure is a running sum, so reading a position never scans enrollments.
create table funding_pool (
    id                    text        primary key,           -- <payerRegion>:<fiscalYear>:<programme>:<category>
    payer_region          text        not null,
    payer_type            text        not null,
    fiscal_year           int         not null,
    programme             text        not null,
    category              text        not null,
    line_count            int         not null default 0,
    allocated             bigint      not null default 0,
    disbursed             bigint      not null default 0,
    committed             bigint      not null default 0,
    committed_by_month    bigint[]    not null default array_fill(0::bigint, array[12]),
    participants          int         not null default 0,    -- enrollments committed for at least one month
    participants_by_month int[]       not null default array_fill(0, array[12]),
    in_shortfall          boolean     not null default false,
    sequence              bigint      not null default 0,    -- of the last position event published for the pool
    updated_at            timestamptz not null default now(),
    unique (payer_region, fiscal_year, programme, category)
);
create index funding_pool_year_region on funding_pool (fiscal_year, payer_region text_pattern_ops);

create table budget_line (
    id                    uuid        primary key,
    fiscal_year           int         not null,
    region                text        not null,              -- the government that owns the budget
    budget_kind           text        not null,              -- APBD | APBDES
    stage                 text        not null,              -- MURNI | PERUBAHAN
    payer_type            text        not null,              -- APBD_PROVINSI | APBD_KABKOTA | APBDES (from the region)
    agency_code           text,
    agency_name           text,
    sub_activity_code     text,
    account_code          text        not null,              -- normalised
    account_code_original text        not null,              -- as the finance system wrote it
    programme             text        not null,
    target_category       text        not null,
    target_participants   int         not null check (target_participants >= 0),
    amount                bigint      not null check (amount > 0 and amount < 1000000000000000),
    disbursed             bigint      not null default 0 check (disbursed >= 0),
    external_ref          text        not null,
    pool_id               text        not null references funding_pool (id),
    revision              int         not null,
    version               bigint      not null,
    created_at            timestamptz not null,
    created_by            text        not null,
    updated_at            timestamptz not null,
    updated_by            text        not null,
    constraint budget_line_external_ref_unique unique (region, fiscal_year, external_ref),
    constraint budget_line_not_overspent check (disbursed <= amount)
);
create index budget_line_year_region on budget_line (fiscal_year, region text_pattern_ops);
create index budget_line_region on budget_line (region text_pattern_ops);
create index budget_line_pool on budget_line (pool_id);

-- Every version of a line: the original allocation (revision 1) and each revision after it, with who and when.
create table budget_line_revision (
    line_id               uuid        not null references budget_line (id),
    revision              int         not null,
    stage                 text        not null,
    amount                bigint      not null,
    previous_amount       bigint,
    target_participants   int         not null,
    account_code          text        not null,
    account_code_original text        not null,
    agency_code           text,
    agency_name           text,
    sub_activity_code     text,
    note                  text,
    changed_at            timestamptz not null,
    changed_by            text        not null,
    primary key (line_id, revision)
);

-- SP2D (realisation) paid from a line. The number is unique per government and fiscal year.
create table disbursement (
    id                    uuid        primary key,
    line_id               uuid        not null references budget_line (id),
    region                text        not null,
    fiscal_year           int         not null,
    sp2d_number           text        not null,
    sp2d_date             date        not null,
    amount                bigint      not null check (amount > 0),
    months_covered        text[]      not null,
    participants          int         not null check (participants >= 0),
    recorded_at           timestamptz not null,
    recorded_by           text        not null,
    constraint disbursement_sp2d_unique unique (region, fiscal_year, sp2d_number)
);
create index disbursement_line on disbursement (line_id, sp2d_date);

-- Idempotency-Key of POSTs that create money or records: the first response, replayed for a repeat of the same request.
create table idempotency_record (
    operation             text        not null,
    caller                text        not null,
    idempotency_key       text        not null,
    request_hash          text        not null,
    status                int,
    location              text,
    etag                  text,
    body                  text,
    created_at            timestamptz not null default now(),
    primary key (operation, caller, idempotency_key)
);
create index idempotency_record_created on idempotency_record (created_at);
