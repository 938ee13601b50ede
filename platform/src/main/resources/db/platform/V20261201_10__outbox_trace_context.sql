-- The W3C trace context of the work that wrote the event (the CloudEvents distributed-tracing extension). The relay
-- publishes later, outside that work, so the context is kept with the row; null when nothing was being traced.
alter table outbox_message
    add column traceparent text,
    add column tracestate  text;
