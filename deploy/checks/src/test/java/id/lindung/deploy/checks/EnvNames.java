package id.lindung.deploy.checks;

import java.util.Locale;

/**
 * Environment variable names of configuration keys, as MicroProfile Config (and so Quarkus) looks them up: every
 * character that is not a letter or digit becomes {@code _}, letters become upper case.
 * {@code quarkus.datasource.jdbc.url} is {@code QUARKUS_DATASOURCE_JDBC_URL}, {@code lindung.enrollment.nik.hash-key} is
 * {@code LINDUNG_ENROLLMENT_NIK_HASH_KEY}.
 */
final class EnvNames {

    private EnvNames() {
    }

    static String of(String key) {
        StringBuilder name = new StringBuilder(key.length());
        for (char c : key.toCharArray()) {
            name.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        return name.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether the key is a secret that must come from a secret store (a password or a key), never written inline. */
    static boolean isSecret(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return last.contains("password") || last.contains("secret") || last.endsWith("-key") || last.equals("key")
                || last.contains("token");
    }
}
