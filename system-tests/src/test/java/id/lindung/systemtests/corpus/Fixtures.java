package id.lindung.systemtests.corpus;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ids of resources the corpus created itself, by the path template of the collection that created them (from the
 * {@code Location} of a 201), so that {@code /budget-lines/{id}} is tried on a line that exists.
 */
public final class Fixtures {

    private final Map<String, String> idByCollection = new HashMap<>();

    public void created(String collectionTemplate, String location) {
        if (location == null || location.isBlank()) {
            return;
        }
        String path = URI.create(location).getPath();
        idByCollection.putIfAbsent(collectionTemplate, path.substring(path.lastIndexOf('/') + 1));
    }

    /** The id for the parameter: the one created in the collection its placeholder follows. */
    Optional<String> idFor(String pathTemplate, String parameter) {
        int at = pathTemplate.indexOf("/{" + parameter + "}");
        return at < 0 ? Optional.empty() : Optional.ofNullable(idByCollection.get(pathTemplate.substring(0, at)));
    }
}
