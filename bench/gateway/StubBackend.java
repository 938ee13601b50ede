import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;

/**
 * The benchmark's backend: answers every request with the same small JSON report, at once, or after {@code ?delay=N}
 * milliseconds to stand for a service that waits on its database. It spends no CPU on the answer, so what is measured
 * is the gateway. Run with the gateway's own Vert.x on the class path (see run.sh).
 */
public class StubBackend {

    private static final Buffer REPORT = Buffer.buffer("""
            {"region":"36","name":"BANTEN","enrolled":1234567,"potential":2345678,"coverage":52.63,\
            "byCategory":{"NON_ASN":345678,"INFORMAL_VULNERABLE":888889}}""");

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        vertx.createHttpServer()
                .requestHandler(request -> {
                    String delay = request.getParam("delay");
                    if (delay == null) {
                        answer(request);
                    } else {
                        vertx.setTimer(Long.parseLong(delay), timer -> answer(request));
                    }
                })
                .listen(port, "127.0.0.1")
                .onSuccess(server -> System.out.println("stub backend listening on " + server.actualPort()))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    private static void answer(HttpServerRequest request) {
        request.response().putHeader("Content-Type", "application/json").end(REPORT);
    }
}
