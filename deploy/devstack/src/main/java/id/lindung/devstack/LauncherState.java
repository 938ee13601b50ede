package id.lindung.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What a running {@code ./lindung up} tells the other commands, in {@code .lindung/}: its pid in {@code lindung.pid}
 * and, once the suite is up, where everything listens in {@code lindung.properties}. The service pids let
 * {@code ./lindung down} stop services that a killed launcher left behind; the control port and token let
 * {@code ./lindung stop PART}, {@code start PART} and {@code status} talk to it ({@link ControlServer}).
 *
 * @param servicePids empty until the services have started
 * @param controlPort 0 until the suite is up
 */
record LauncherState(long launcherPid, String postgresServer, String kafkaBootstrap,
        Map<LindungService, Integer> servicePorts, Map<LindungService, Long> servicePids, int controlPort,
        String controlToken) {

    static final String PID_FILE = "lindung.pid";
    static final String STATE_FILE = "lindung.properties";

    /** The state when nothing has been recorded: the usual ports, no pids. */
    static LauncherState defaults() {
        Map<LindungService, Integer> ports = new EnumMap<>(LindungService.class);
        for (LindungService service : LindungService.values()) {
            ports.put(service, service.defaultPort());
        }
        return new LauncherState(0, "localhost:" + DevstackOptions.DEFAULT_POSTGRES_PORT,
                "localhost:" + DevstackOptions.DEFAULT_KAFKA_PORT, ports, Map.of(), 0, "");
    }

    /** The launcher recorded in the pid file, if that process still runs (and is not another one with its pid). */
    static Optional<ProcessHandle> runningLauncher(Path home) {
        Path pidFile = home.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().commandLine()
                            .map(line -> line.contains(Lindung.class.getName()))
                            .orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void writePid(Path home) {
        write(home.resolve(PID_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    static Optional<LauncherState> read(Path home) {
        Path file = home.resolve(STATE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        Map<LindungService, Integer> ports = new EnumMap<>(LindungService.class);
        Map<LindungService, Long> pids = new EnumMap<>(LindungService.class);
        for (LindungService service : LindungService.values()) {
            ports.put(service, Integer.parseInt(properties.getProperty("service." + service.id() + ".port",
                    Integer.toString(service.defaultPort()))));
            Optional.ofNullable(properties.getProperty("service." + service.id() + ".pid"))
                    .ifPresent(pid -> pids.put(service, Long.parseLong(pid)));
        }
        return Optional.of(new LauncherState(Long.parseLong(properties.getProperty("launcher.pid", "0")),
                properties.getProperty("postgres.server"), properties.getProperty("kafka.bootstrap"), ports, pids,
                Integer.parseInt(properties.getProperty("control.port", "0")),
                properties.getProperty("control.token", "")));
    }

    void write(Path home) {
        Properties properties = new Properties();
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        properties.setProperty("postgres.server", postgresServer);
        properties.setProperty("kafka.bootstrap", kafkaBootstrap);
        servicePorts.forEach((service, port) -> properties.setProperty("service." + service.id() + ".port",
                Integer.toString(port)));
        servicePids.forEach((service, pid) -> properties.setProperty("service." + service.id() + ".pid",
                Long.toString(pid)));
        properties.setProperty("control.port", Integer.toString(controlPort));
        properties.setProperty("control.token", controlToken);
        Path file = home.resolve(STATE_FILE);
        try {
            // the control token lets whoever reads it stop parts: this user only
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file is created below with the default permissions of .lindung/
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "Written by ./lindung up; read by ./lindung status and down");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + home.resolve(STATE_FILE), e);
        }
    }

    static void clear(Path home) {
        try {
            Files.deleteIfExists(home.resolve(STATE_FILE));
            Files.deleteIfExists(home.resolve(PID_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the launcher state in " + home, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
