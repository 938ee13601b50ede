package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Nothing in the repository refers to a path outside it: a user's fresh clone has nothing beside it. CI runs with the
 * project's notes in a sibling folder, so a reference to one would pass there and fail for everyone else; this test is
 * what catches it.
 */
class RepositoryBoundaryTest {

    /** The sibling folder of the project's notes, under any spelling. */
    private static final Pattern SIBLING = Pattern.compile("\\.\\./+shared\\b|\\bshared[/]data/");
    /** Absolute paths of this workplace or of a person's machine. */
    private static final Pattern ABSOLUTE = Pattern.compile("(?<![\\w.:/-])/(?:work|root|home|Users)/[\\w.-]+");
    /**
     * A relative path that starts by climbing ({@code ..}): in a shell script after {@code $(dirname "$0")/} or
     * {@code $here/} it is taken from the script's own directory, like every other one.
     */
    private static final Pattern CLIMB = Pattern.compile(
            "(?:^|(?<=[\\s\"'(=:,\\[`>])|\\$\\(dirname \"\\$0\"\\)/|\\$\\{?here}?/)(\\.\\.(?:/+\\.\\.)*(?:/+[\\w.-]+)*)/?(?![\\w.])",
            Pattern.MULTILINE);
    /** Files Maven runs from their module's directory: a relative path there climbs from the module too. */
    private static final Set<String> BUILD_SOURCES = Set.of(".java", ".properties", ".xml");

    @Test
    void noTrackedFileRefersToAPathOutsideTheRepository() {
        List<String> outside = new ArrayList<>();
        for (Path file : trackedFiles()) {
            String text = textOf(file);
            if (text == null) {
                continue;
            }
            String name = Repo.ROOT.relativize(file).toString();
            outside.addAll(problems(name, text));
        }
        assertThat(outside).as("references to paths outside the repository").isEmpty();
    }

    @Test
    void theCheckFindsASiblingFolderAnAbsolutePathAndAClimbAboveTheRoot() {
        // spelled in pieces, so that this file does not hold what it looks for
        assertThat(problems("budget-service/src/test/java/X.java", "Path.of(\".." + "/shared/" + "data/wilayah.csv\")"))
                .isNotEmpty();
        assertThat(problems("README.md", "the list is in shared/" + "data/wilayah.csv")).isNotEmpty();
        assertThat(problems("bench/run.sh", "cp /" + "work/shared/x .")).isNotEmpty();
        assertThat(problems("bench/budget/run.sh", "cd \"$(dirname \"$0\")/../../..\"")).isNotEmpty();
        assertThat(problems("deploy/README.md", "see [notes](../../notes.md)")).isNotEmpty();
        assertThat(problems("budget-service/pom.xml", "<relativePath>../../pom.xml</relativePath>")).isNotEmpty();
        assertThat(problems("deploy/docker/token.sh", "env_file=\"$here/../../" + "../.env\"")).isNotEmpty();
    }

    @Test
    void pathsThatStayInsideTheRepositoryPass() {
        assertThat(problems("bench/budget/run.sh", "cd \"$(dirname \"$0\")/../..\"")).isEmpty();
        assertThat(problems("deploy/k8s/overlays/dev/kustomization.yaml", "  - ../../base")).isEmpty();
        assertThat(problems("deploy/README.md", "| `../docker-compose.yml`, `../.env` |")).isEmpty();
        assertThat(problems("bench/budget/pom.xml", "<relativePath>../../pom.xml</relativePath>")).isEmpty();
        assertThat(problems("deploy/docker/token.sh", "env_file=\"$here/../../.env\"")).isEmpty();
        assertThat(problems("README.md", "e.g. Keycloak's `.../realms/<realm>/certs`, and so on...")).isEmpty();
        assertThat(problems("gateway/src/test/java/X.java", "post(\"/api/v1/reports/../budget-lines\")")).isEmpty();
    }

    /** What in one file's text refers outside the repository, as {@code file: reference} lines. */
    static List<String> problems(String name, String text) {
        List<String> problems = new ArrayList<>();
        for (Pattern pattern : List.of(SIBLING, ABSOLUTE)) {
            Matcher found = pattern.matcher(text);
            while (found.find()) {
                problems.add(name + ": " + found.group());
            }
        }
        Path file = Repo.ROOT.resolve(name).normalize();
        List<Path> bases = new ArrayList<>(List.of(file.getParent()));
        if (BUILD_SOURCES.stream().anyMatch(name::endsWith)) {
            moduleOf(file).ifPresent(bases::add);
        }
        Matcher climb = CLIMB.matcher(text);
        while (climb.find()) {
            String relative = climb.group(1);
            if (bases.stream().anyMatch(base -> !base.resolve(relative).normalize().startsWith(Repo.ROOT))) {
                problems.add(name + ": " + relative);
            }
        }
        return problems;
    }

    /** The Maven module holding a file: its nearest directory with a pom.xml below the root. */
    private static java.util.Optional<Path> moduleOf(Path file) {
        for (Path dir = file.getParent(); dir != null && dir.startsWith(Repo.ROOT); dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) || dir.equals(Repo.ROOT)) {
                return java.util.Optional.of(dir);
            }
        }
        return java.util.Optional.empty();
    }

    /** The files git tracks (or, without git, every file outside build output and local state). */
    private static List<Path> trackedFiles() {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(Repo.ROOT.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor(1, TimeUnit.MINUTES) && git.exitValue() == 0 && !listing.isEmpty()) {
                return Stream.of(listing.split("\0")).map(Repo.ROOT::resolve).filter(Files::isRegularFile).toList();
            }
        } catch (IOException notInstalled) {
            // no git: walk the tree below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(Repo.ROOT)) {
            return files.filter(Files::isRegularFile).filter(path -> Stream.of(".git", "target", ".lindung", ".m2repo",
                    "node_modules").noneMatch(
                            part -> Repo.ROOT.relativize(path).toString().startsWith(part + "/")
                                    || Repo.ROOT.relativize(path).toString().contains("/" + part + "/")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as text, or null when it is binary. */
    private static String textOf(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return null;
                }
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
