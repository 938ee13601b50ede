-- The quarantine: every record a consumer could never process (and dead-lettered as a pointer), kept in the
-- consumer's own database so that an operator can see why and replay it, whatever the topic's retention.
-- payload is sealed by the service (enrollment-service encrypts it: a BPJS record holds a NIK and a name);
-- rows are purged after lindung.consumer.quarantine.retention.
create table quarantined_record (
    id             uuid        primary key,
    consumer       text        not null,
    topic          text        not null,
    partition_no   integer     not null,
    record_offset  bigint      not null,
    event_id       text,
    record_key     text,
    payload        bytea,
    reasons        jsonb       not null,
    status         text        not null default 'QUARANTINED' check (status in ('QUARANTINED', 'REPLAYED')),
    quarantined_at timestamptz not null default now(),
    replayed_at    timestamptz,
    replay_outcome text,
    unique (consumer, topic, partition_no, record_offset)
);
create index quarantined_record_listing on quarantined_record (quarantined_at desc, id);
