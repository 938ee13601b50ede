package id.lindung.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body of unknown length (chunked) that fails as soon as more than {@code limit} bytes have arrived. It
 * passes each chunk on as it comes, so the limit holds without buffering the body.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> source;
    private final long limit;
    private long received;
    private boolean exceeded;
    private Handler<Throwable> exceptionHandler;

    LimitedBody(ReadStream<Buffer> source, long limit) {
        this.source = source;
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public LimitedBody handler(Handler<Buffer> handler) {
        if (handler == null) {
            source.handler(null);
            return this;
        }
        source.handler(chunk -> {
            if (exceeded) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                exceeded = true;
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new IllegalStateException("request body larger than " + limit + " bytes"));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public LimitedBody exceptionHandler(Handler<Throwable> handler) {
        this.exceptionHandler = handler;
        source.exceptionHandler(handler);
        return this;
    }

    @Override
    public LimitedBody pause() {
        source.pause();
        return this;
    }

    @Override
    public LimitedBody resume() {
        source.resume();
        return this;
    }

    @Override
    public LimitedBody fetch(long amount) {
        source.fetch(amount);
        return this;
    }

    @Override
    public LimitedBody endHandler(Handler<Void> endHandler) {
        source.endHandler(endHandler);
        return this;
    }
}
