package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import id.lindung.devstack.RepoRoot;

/** Files of the repository under check. */
final class Repo {

    /** The repository root (surefire passes {@code lindung.root}). */
    static final Path ROOT = RepoRoot.find();

    private Repo() {
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** The project's architecture notes, whose tables of ports and topics the checks hold the files to. */
    static Path architectureNotes() {
        return path("docs/architecture.md");
    }
}
