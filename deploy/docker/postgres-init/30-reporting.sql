-- The reporting database and the role reporting-service logs in with: one database and one role per service.
-- Run once by the postgres image on an empty data volume, as the superuser. The password is the compose secret
-- reporting-db-password, the same file the service reads as QUARKUS_DATASOURCE_PASSWORD.
\set ON_ERROR_STOP on
\set password `cat /run/secrets/reporting-db-password`
create role reporting login password :'password';
create database reporting owner reporting;
-- no other role may connect to it (PUBLIC has CONNECT by default)
revoke all on database reporting from public;
\unset password
