-- The enrollment database and the role enrollment-service logs in with: one database and one role per service.
-- Run once by the postgres image on an empty data volume, as the superuser. The password is the compose secret
-- enrollment-db-password, the same file the service reads as QUARKUS_DATASOURCE_PASSWORD.
\set ON_ERROR_STOP on
\set password `cat /run/secrets/enrollment-db-password`
create role enrollment login password :'password';
create database enrollment owner enrollment;
-- no other role may connect to it (PUBLIC has CONNECT by default)
revoke all on database enrollment from public;
\unset password
