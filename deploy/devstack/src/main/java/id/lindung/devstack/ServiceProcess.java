package id.lindung.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * One service of the suite as a JVM of its own: {@code java <options> -D<config>... -jar quarkus-run.jar}, its output
 * appended to a log file. Ready means {@code GET /q/health/ready} answers 200.
 */
final class ServiceProcess implements Part {

    private static final Logger LOG = Logger.getLogger(ServiceProcess.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final int LOG_TAIL_LINES = 20;

    private final LindungService service;
    private final int port;
    private final Path logFile;
    private final List<String> command;
    private final Path workingDir;
    private final HttpClient http;
    private final Duration readyTimeout;
    private volatile Process process;

    ServiceProcess(LindungService service, int port, Path runner, List<String> jvmOptions, Map<String, String> config,
            Path logFile, HttpClient http, Duration readyTimeout) {
        this.service = service;
        this.http = http;
        this.readyTimeout = readyTimeout;
        this.port = port;
        this.logFile = logFile;
        this.workingDir = runner.getParent().getParent().getParent();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(runner.toString());
        this.command = List.copyOf(command);
    }

    LindungService service() {
        return service;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://localhost:" + port;
    }

    @Override
    public String id() {
        return service.id();
    }

    @Override
    public Path logFile() {
        return logFile;
    }

    @Override
    public Optional<ProcessHandle> process() {
        return Processes.alive(process);
    }

    /** Launches the JVM and waits until the service is ready. */
    @Override
    public void start() {
        launch();
        awaitReady();
    }

    /** Launches the JVM without waiting, so that several services can start side by side. */
    synchronized void launch() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            process = new ProcessBuilder(command)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
            LOG.infof("Started %s (pid %d) on port %d", service.id(), process.pid(), port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.id(), e);
        }
    }

    /** Polls the readiness endpoint until it answers 200; fails early when the process exits. */
    void awaitReady() {
        Duration timeout = readyTimeout;
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process running = process;
            if (running == null || !running.isAlive()) {
                throw failure("exited" + (running == null ? "" : " with code " + running.exitValue())
                        + " before it was ready");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // connection refused while the service boots
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.id(), e);
            }
            if (System.nanoTime() > deadline) {
                throw failure("was not ready within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.id(), e);
            }
        }
    }

    /** SIGTERM, so that Quarkus shuts down gracefully; SIGKILL if it has not exited after a grace period. */
    @Override
    public synchronized void stop() {
        Processes.terminate(process, STOP_GRACE, service.id());
    }

    /** SIGKILL, as a crash would. */
    @Override
    public synchronized void kill() {
        Processes.kill(process);
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException(service.id() + " (" + url() + ") " + what + "; see " + logFile
                + System.lineSeparator() + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(),
                    lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
