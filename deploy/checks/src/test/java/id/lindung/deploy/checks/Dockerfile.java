package id.lindung.deploy.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.lindung.devstack.LindungService;

/** A service's {@code src/main/docker/Dockerfile.jvm}, as a list of instructions (continuation lines joined). */
record Dockerfile(Path file, List<Instruction> instructions) {

    static final String LOCATION = "src/main/docker/Dockerfile.jvm";

    record Instruction(String keyword, String arguments) {
    }

    static Optional<Dockerfile> of(LindungService service) {
        Path file = Repo.path(service.module()).resolve(LOCATION);
        return Files.isRegularFile(file) ? Optional.of(parse(file, Repo.read(file))) : Optional.empty();
    }

    static Dockerfile parse(Path file, String text) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String instruction = current.toString().strip();
            current.setLength(0);
            int space = instruction.indexOf(' ');
            instructions.add(new Instruction(instruction.substring(0, space < 0 ? instruction.length() : space)
                    .toUpperCase(Locale.ROOT), space < 0 ? "" : instruction.substring(space + 1).strip()));
        }
        return new Dockerfile(file, List.copyOf(instructions));
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The image of the last stage. */
    String baseImage() {
        List<String> from = all("FROM");
        return from.isEmpty() ? "" : from.get(from.size() - 1).split("\\s+")[0];
    }

    /** The user the container runs as (the last USER), or empty for root. */
    Optional<String> user() {
        List<String> users = all("USER");
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(users.size() - 1));
    }

    Set<Integer> exposedPorts() {
        Set<Integer> ports = new LinkedHashSet<>();
        all("EXPOSE").forEach(arguments -> {
            for (String port : arguments.split("\\s+")) {
                ports.add(Integer.parseInt(port.replaceAll("/.*", "")));
            }
        });
        return ports;
    }

    /** Names the image sets with ENV ({@code ENV A=1 B="2 3"} or {@code ENV A 1}). */
    Set<String> environmentNames() {
        Set<String> names = new LinkedHashSet<>();
        Pattern assignment = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S*)");
        for (String arguments : all("ENV")) {
            Matcher matcher = assignment.matcher(arguments);
            boolean any = false;
            while (matcher.find()) {
                names.add(matcher.group(1));
                any = true;
            }
            if (!any) {
                names.add(arguments.split("\\s+")[0]);
            }
        }
        return names;
    }

    /** The sources of COPY and ADD instructions. */
    List<String> copiedSources() {
        List<String> sources = new ArrayList<>();
        for (Instruction instruction : instructions) {
            if (instruction.keyword().equals("COPY") || instruction.keyword().equals("ADD")) {
                List<String> words = new ArrayList<>(List.of(instruction.arguments().split("\\s+")));
                words.removeIf(word -> word.startsWith("--"));
                sources.addAll(words.subList(0, words.size() - 1));
            }
        }
        return sources;
    }
}
