package id.lindung.deploy.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

    /** design.md of the project notes beside the repository ({@code ../shared/design.md}), where it is checked out. */
    static Optional<Path> designNotes() {
        Path file = ROOT.resolve("../shared/design.md").normalize();
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
