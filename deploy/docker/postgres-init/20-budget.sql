-- The budget database and the role budget-service logs in with: one database and one role per service.
-- Run once by the postgres image on an empty data volume, as the superuser. The password is the compose secret
-- budget-db-password, the same file the service reads as QUARKUS_DATASOURCE_PASSWORD.
\set ON_ERROR_STOP on
\set password `cat /run/secrets/budget-db-password`
create role budget login password :'password';
create database budget owner budget;
-- no other role may connect to it (PUBLIC has CONNECT by default)
revoke all on database budget from public;
\unset password
