package id.lindung.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root, where the service modules and {@code .lindung/} are: system property
 * {@value #PROPERTY} (the root pom passes it to surefire and failsafe), else the nearest directory above the working
 * directory that holds {@code mvnw}.
 */
public final class RepoRoot {

    public static final String PROPERTY = "lindung.root";

    private RepoRoot() {
    }

    public static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank() && !configured.contains("${")) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Lindung repository root (a directory with mvnw) above " + start
                + "; set -D" + PROPERTY + "=<path>");
    }
}
