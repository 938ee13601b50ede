-- The source of funds (sumber dana) of an APBDes line: ADD, DANA_DESA, PADES, BANTUAN_KEUANGAN or OTHER (issue 12).
-- Every APBDes line has one and an APBD line none. APBDes lines recorded before carried no source: they are marked
-- OTHER, which the API shows as it shows any other, until their finance system revises them with the real one.
alter table budget_line add column funding_source text;

update budget_line set funding_source = 'OTHER' where budget_kind = 'APBDES';

alter table budget_line add constraint budget_line_funding_source_of_apbdes
    check ((budget_kind = 'APBDES') = (funding_source is not null)
           and (funding_source is null or funding_source in ('ADD', 'DANA_DESA', 'PADES', 'BANTUAN_KEUANGAN', 'OTHER')));
