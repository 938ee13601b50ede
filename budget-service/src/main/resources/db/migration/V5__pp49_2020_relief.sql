-- PP 49/2020 (COVID-19): JKK and JKM contributions relieved by 99% (1% of the PP 44/2015 / PP 82/2019 contribution is
-- due) for the contribution months August 2020 - January 2021, across fiscal years 2020 and 2021, for wage earners
-- and informal workers alike (art. 3(2) b, art. 8-9). Whether employers that are state bodies were left out is not
-- settled here: the rows exclude no payer (uncertain).
insert into contribution_discount (id, segment, programme, sector, excluded_payers, fraction, valid_from, valid_to, regulation) values
 ('PP49-2020-PU-JKK',  'PU',  'JKK', null, '{}', 0.99, '2020-08-01', '2021-01-31', 'PP 49/2020 art. 8: JKK relieved by 99% (1% of the contribution due), contributions of August 2020 - January 2021 (payers left out: uncertain)'),
 ('PP49-2020-PU-JKM',  'PU',  'JKM', null, '{}', 0.99, '2020-08-01', '2021-01-31', 'PP 49/2020 art. 9: JKM relieved by 99% (1% of the contribution due), contributions of August 2020 - January 2021 (payers left out: uncertain)'),
 ('PP49-2020-BPU-JKK', 'BPU', 'JKK', null, '{}', 0.99, '2020-08-01', '2021-01-31', 'PP 49/2020 art. 8: JKK relieved by 99% (1% of the contribution due), contributions of August 2020 - January 2021 (payers left out: uncertain)'),
 ('PP49-2020-BPU-JKM', 'BPU', 'JKM', null, '{}', 0.99, '2020-08-01', '2021-01-31', 'PP 49/2020 art. 9: JKM relieved by 99% (1% of the contribution due), contributions of August 2020 - January 2021 (payers left out: uncertain)');
