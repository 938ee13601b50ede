package id.lindung.platform.json;

/**
 * Whether text from outside can be stored and shown as given. PostgreSQL {@code text} cannot hold NUL at all (the
 * insert fails), and other control characters or unpaired surrogates are never part of a name, code or note: all are
 * refused at the door with a reason, never stored.
 */
public final class StorableText {

    private StorableText() {
    }

    /** Why the text cannot be taken, or {@code null} when it can. Tab, line feed and carriage return are fine. */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain NUL characters";
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain unpaired UTF-16 surrogates";
            }
        }
        return null;
    }
}
