-- The budgeting-status report reads every pool one payer type holds for a year.
create index funding_pool_payer_year on funding_pool (payer_type, fiscal_year);
