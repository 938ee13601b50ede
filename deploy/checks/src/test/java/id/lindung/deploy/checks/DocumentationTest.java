package id.lindung.deploy.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The instructions users follow name files that exist (or that the instructions themselves make). */
class DocumentationTest {

    private static final Pattern REPOSITORY_PATH = Pattern.compile("(?<![\\w/.-])(deploy/[A-Za-z0-9_./-]*[A-Za-z0-9_])");

    @Test
    void theReadmeHasASectionOnDockerComposeAndEveryFileItNamesExists() {
        String readme = Repo.read(Repo.path("README.md"));
        int section = readme.indexOf("\n## Run with Docker Compose\n");
        assertThat(section).as("README.md section \"Run with Docker Compose\"").isPositive();
        String text = readme.substring(section);

        assertThat(missing(text)).isEmpty();
        assertThat(text).contains("docker compose up", "deploy/docker/init-secrets.sh", "deploy/docker/token.sh",
                "openssl genpkey");
    }

    @Test
    void theDeployReadmeNamesOnlyFilesThatExist() {
        assertThat(missing(Repo.read(Repo.path("deploy/README.md")))).isEmpty();
    }

    /** Paths under deploy/ the text names that neither exist nor are made by init-secrets.sh or by the user. */
    private static Set<String> missing(String text) {
        Set<String> missing = new TreeSet<>();
        Matcher path = REPOSITORY_PATH.matcher(text);
        while (path.find()) {
            String name = path.group(1);
            Path file = Repo.path(name);
            boolean madeLater = name.startsWith("deploy/docker/secrets") || name.startsWith("deploy/checks/target/");
            if (!Files.exists(file) && !madeLater) {
                missing.add(name);
            }
        }
        return missing;
    }
}
