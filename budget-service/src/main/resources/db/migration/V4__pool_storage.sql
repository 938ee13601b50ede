-- Pools and enrollment commitments are updated in place all the time: leave room in each page so that updates stay
-- HOT (no index maintenance), and drop the unique key that duplicates the primary key (the pool id is made of the same
-- four columns).
alter table funding_pool drop constraint if exists funding_pool_payer_region_fiscal_year_programme_category_key;
alter table funding_pool set (fillfactor = 70);
alter table enrollment_commitment set (fillfactor = 80);
