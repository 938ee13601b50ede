-- The contribution rate table, effective-dated and held as data: every rate, cap, income step, contract slice and
-- discount is a row citing its regulation. Code interprets rows and never holds a rate. A new regulation is a new
-- migration that closes old rows (valid_to) and adds new ones. Figures marked (uncertain) in domain.md are marked so
-- in their citation: correct them here, never in code.

create table contribution_rule (
    id             text         primary key,
    segment        text         not null check (segment in ('PU', 'BPU', 'JAKON')),
    programme      text         not null check (programme in ('JKK', 'JKM', 'JHT', 'JP', 'JKP')),
    risk_class     int          check (risk_class between 1 and 5),     -- null: every class
    base_kind      text         not null check (base_kind in ('WAGE', 'DECLARED_INCOME', 'CONTRACT_VALUE', 'NONE')),
    base_schedule  text,                                                  -- income_step / contract_slice schedule
    base_cap       text,                                                  -- wage_cap name
    employer_rate  numeric(12, 8) not null default 0,
    worker_rate    numeric(12, 8) not null default 0,
    employer_flat  bigint       not null default 0,
    worker_flat    bigint       not null default 0,
    priority       int          not null default 1,                      -- lowest satisfiable wins
    period         text         not null default 'MONTH' check (period in ('MONTH', 'PROJECT')),
    valid_from     date         not null,
    valid_to       date,
    regulation     text         not null,
    check (valid_to is null or valid_to >= valid_from)
);

create table income_step (
    schedule       text         not null,
    income_from    bigint       not null,
    base           bigint       not null check (base > 0),
    valid_from     date         not null,
    valid_to       date,
    regulation     text         not null,
    primary key (schedule, valid_from, income_from)
);

create table wage_cap (
    name           text         not null,
    valid_from     date         not null,
    amount         bigint       not null check (amount > 0),
    regulation     text         not null,
    primary key (name, valid_from)
);

create table contract_slice (
    schedule       text         not null,
    amount_from    bigint       not null,
    amount_to      bigint,
    rate           numeric(12, 8) not null,
    valid_from     date         not null,
    valid_to       date,
    regulation     text         not null,
    primary key (schedule, valid_from, amount_from)
);

create table contribution_discount (
    id              text         primary key,
    segment         text         not null,
    programme       text         not null,
    sector          text,                                                 -- null: every sector
    excluded_payers text[]       not null default '{}',
    fraction        numeric(6, 4) not null check (fraction > 0 and fraction <= 1),
    valid_from      date         not null,
    valid_to        date,
    regulation      text         not null
);

-- PU: wage earners (non-ASN are PU working for a state body, PP 49/2023)
insert into contribution_rule (id, segment, programme, risk_class, base_kind, base_cap, employer_rate, worker_rate, valid_from, regulation) values
 ('PU-JKK-I',   'PU', 'JKK', 1, 'WAGE', null, 0.0024, 0, '2015-07-01', 'PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class I (sangat rendah) 0.24% of wage, paid by the employer'),
 ('PU-JKK-II',  'PU', 'JKK', 2, 'WAGE', null, 0.0054, 0, '2015-07-01', 'PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class II (rendah) 0.54% of wage, paid by the employer'),
 ('PU-JKK-III', 'PU', 'JKK', 3, 'WAGE', null, 0.0089, 0, '2015-07-01', 'PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class III (sedang) 0.89% of wage, paid by the employer'),
 ('PU-JKK-IV',  'PU', 'JKK', 4, 'WAGE', null, 0.0127, 0, '2015-07-01', 'PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class IV (tinggi) 1.27% of wage, paid by the employer'),
 ('PU-JKK-V',   'PU', 'JKK', 5, 'WAGE', null, 0.0174, 0, '2015-07-01', 'PP 44/2015 Lampiran I as amended by PP 82/2019: JKK risk class V (sangat tinggi) 1.74% of wage, paid by the employer'),
 ('PU-JKM',     'PU', 'JKM', null, 'WAGE', null, 0.0030, 0, '2015-07-01', 'PP 44/2015 art. 18(1): JKM 0.30% of wage, paid by the employer'),
 ('PU-JHT',     'PU', 'JHT', null, 'WAGE', null, 0.0370, 0.0200, '2015-07-01', 'PP 46/2015 art. 16(1): JHT 5.7% of wage (employer 3.7%, worker 2%), no wage cap'),
 ('PU-JP',      'PU', 'JP',  null, 'WAGE', 'JP_WAGE_CAP', 0.0200, 0.0100, '2015-07-01', 'PP 45/2015 art. 28: JP 3% of wage (employer 2%, worker 1%), on wages up to the cap of art. 29');

-- JP wage cap, re-indexed every March (PP 45/2015 art. 29; announced yearly by BPJS Ketenagakerjaan)
insert into wage_cap (name, valid_from, amount, regulation) values
 ('JP_WAGE_CAP', '2020-03-01',  8754600, 'PP 45/2015 art. 29: JP wage cap from March 2020 (uncertain)'),
 ('JP_WAGE_CAP', '2021-03-01',  8939700, 'PP 45/2015 art. 29: JP wage cap from March 2021 (uncertain)'),
 ('JP_WAGE_CAP', '2022-03-01',  9077600, 'PP 45/2015 art. 29: JP wage cap from March 2022 (uncertain)'),
 ('JP_WAGE_CAP', '2023-03-01',  9559600, 'PP 45/2015 art. 29: JP wage cap from March 2023'),
 ('JP_WAGE_CAP', '2024-03-01', 10042300, 'PP 45/2015 art. 29: JP wage cap from March 2024'),
 ('JP_WAGE_CAP', '2025-03-01', 10547400, 'PP 45/2015 art. 29: JP wage cap from March 2025 (uncertain)'),
 ('JP_WAGE_CAP', '2026-03-01', 11086300, 'PP 45/2015 art. 29: JP wage cap from March 2026 (uncertain)');

-- BPU: informal workers (pekerja rentan), on the declared income taken to its step of the income table
insert into contribution_rule (id, segment, programme, risk_class, base_kind, base_schedule, employer_rate, worker_rate, worker_flat, valid_from, regulation) values
 ('BPU-JKK', 'BPU', 'JKK', null, 'DECLARED_INCOME', 'BPU_INCOME', 0, 0.0100, 0, '2015-07-01', 'PP 44/2015 Lampiran II as amended by PP 82/2019: JKK BPU 1% of the declared income step (Rp10,000 at Rp1,000,000 up to Rp207,000 at Rp20,700,000)'),
 ('BPU-JKM', 'BPU', 'JKM', null, 'NONE', null, 0, 0, 6800, '2015-07-01', 'PP 44/2015 art. 18(3) as amended by PP 82/2019: JKM BPU flat Rp6,800 a month'),
 ('BPU-JHT', 'BPU', 'JHT', null, 'DECLARED_INCOME', 'BPU_INCOME', 0, 0.0200, 0, '2015-07-01', 'PP 46/2015 art. 16(3) and Permenaker 1/2016: JHT BPU 2% of the declared income step (optional)');

-- The BPU income table: the declared income counts as the highest step at or below it, at least the first step
-- (Rp1,000,000) and at most the last (Rp20,700,000). The steps in between are (uncertain): Rp500,000 apart here.
insert into income_step (schedule, income_from, base, valid_from, regulation)
select 'BPU_INCOME', step, step, date '2015-07-01',
       'PP 44/2015 Lampiran II as amended by PP 82/2019: BPU income step (steps between the floor and the ceiling uncertain)'
from generate_series(1000000, 20500000, 500000) as step;
insert into income_step (schedule, income_from, base, valid_from, regulation) values
 ('BPU_INCOME', 20700000, 20700000, '2015-07-01', 'PP 44/2015 Lampiran II as amended by PP 82/2019: highest BPU income step, Rp20,700,000');

-- JAKON: construction, JKK + JKM only. On wages when they are known, otherwise on the contract value by marginal slices
-- (once per project).
insert into contribution_rule (id, segment, programme, risk_class, base_kind, base_schedule, employer_rate, priority, period, valid_from, regulation) values
 ('JAKON-JKK-WAGE',     'JAKON', 'JKK', null, 'WAGE',           null,          0.0174, 1, 'MONTH',   '2015-07-01', 'PP 44/2015 Lampiran I; Permenaker 44/2015: JAKON JKK 1.74% of wages when wages are known'),
 ('JAKON-JKM-WAGE',     'JAKON', 'JKM', null, 'WAGE',           null,          0.0030, 1, 'MONTH',   '2015-07-01', 'PP 44/2015 art. 18; Permenaker 44/2015: JAKON JKM 0.30% of wages when wages are known'),
 ('JAKON-JKK-CONTRACT', 'JAKON', 'JKK', null, 'CONTRACT_VALUE', 'JAKON_JKK',   1,      2, 'PROJECT', '2015-07-01', 'PP 44/2015 Lampiran III; Permenaker 44/2015: JAKON JKK on the contract value by marginal slices, paid by the contractor'),
 ('JAKON-JKM-CONTRACT', 'JAKON', 'JKM', null, 'CONTRACT_VALUE', 'JAKON_JKM',   1,      2, 'PROJECT', '2015-07-01', 'PP 44/2015 Lampiran III; Permenaker 44/2015: JAKON JKM on the contract value by marginal slices, paid by the contractor');

insert into contract_slice (schedule, amount_from, amount_to, rate, valid_from, regulation) values
 ('JAKON_JKK',          0,  100000000, 0.0021, '2015-07-01', 'PP 44/2015 Lampiran III: JKK 0.21% of the contract value up to Rp100 million'),
 ('JAKON_JKK',  100000000,  500000000, 0.0017, '2015-07-01', 'PP 44/2015 Lampiran III: JKK +0.17% of the value between Rp100 and 500 million'),
 ('JAKON_JKK',  500000000, 1000000000, 0.0013, '2015-07-01', 'PP 44/2015 Lampiran III: JKK +0.13% of the value between Rp500 million and 1 billion'),
 ('JAKON_JKK', 1000000000, 5000000000, 0.0011, '2015-07-01', 'PP 44/2015 Lampiran III: JKK +0.11% of the value between Rp1 and 5 billion'),
 ('JAKON_JKK', 5000000000,       null, 0.0009, '2015-07-01', 'PP 44/2015 Lampiran III: JKK +0.09% of the value above Rp5 billion'),
 ('JAKON_JKM',          0,  100000000, 0.0003, '2015-07-01', 'PP 44/2015 Lampiran III: JKM 0.03% of the contract value up to Rp100 million'),
 ('JAKON_JKM',  100000000,  500000000, 0.0002, '2015-07-01', 'PP 44/2015 Lampiran III: JKM +0.02% of the value between Rp100 and 500 million'),
 ('JAKON_JKM',  500000000, 1000000000, 0.0002, '2015-07-01', 'PP 44/2015 Lampiran III: JKM +0.02% of the value between Rp500 million and 1 billion'),
 ('JAKON_JKM', 1000000000, 5000000000, 0.0001, '2015-07-01', 'PP 44/2015 Lampiran III: JKM +0.01% of the value between Rp1 and 5 billion'),
 ('JAKON_JKM', 5000000000,       null, 0.0001, '2015-07-01', 'PP 44/2015 Lampiran III: JKM +0.01% of the value above Rp5 billion');

-- PP 50/2025: BPU JKK and JKM halved during 2026 (transport Jan 2026 - Mar 2027, other sectors Apr - Dec 2026),
-- except for BPU whose contributions are paid from APBN or APBD (village budgets are funded by APBN/APBD transfers).
insert into contribution_discount (id, segment, programme, sector, excluded_payers, fraction, valid_from, valid_to, regulation) values
 ('PP50-2025-JKK-TRANSPORT', 'BPU', 'JKK', 'TRANSPORT', '{APBN,APBD_PROVINSI,APBD_KABKOTA,APBDES}', 0.5, '2026-01-01', '2027-03-31', 'PP 50/2025: 50% off BPU JKK for transport workers, January 2026 - March 2027; not for contributions paid from APBN/APBD'),
 ('PP50-2025-JKM-TRANSPORT', 'BPU', 'JKM', 'TRANSPORT', '{APBN,APBD_PROVINSI,APBD_KABKOTA,APBDES}', 0.5, '2026-01-01', '2027-03-31', 'PP 50/2025: 50% off BPU JKM for transport workers, January 2026 - March 2027; not for contributions paid from APBN/APBD'),
 ('PP50-2025-JKK',           'BPU', 'JKK', null,        '{APBN,APBD_PROVINSI,APBD_KABKOTA,APBDES}', 0.5, '2026-04-01', '2026-12-31', 'PP 50/2025: 50% off BPU JKK for other sectors, April - December 2026; not for contributions paid from APBN/APBD'),
 ('PP50-2025-JKM',           'BPU', 'JKM', null,        '{APBN,APBD_PROVINSI,APBD_KABKOTA,APBDES}', 0.5, '2026-04-01', '2026-12-31', 'PP 50/2025: 50% off BPU JKM for other sectors, April - December 2026; not for contributions paid from APBN/APBD');
