-- Shared by every Lindung service (platform module); each service's Flyway runs it in its own database.

-- Transactional outbox: a state change and its event commit together; the relay publishes and marks them.
create table outbox_message (
    position     bigserial primary key,
    id           uuid        not null unique,
    topic        text        not null,
    message_key  text        not null,
    event_type   text        not null,
    payload      text        not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_message_unpublished on outbox_message (position) where published_at is null;

-- Idempotent consumers: the id of every event applied, written in the same transaction as its effect.
create table processed_event (
    consumer     text        not null,
    event_id     text        not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
