package id.lindung.devstack;

import java.util.Arrays;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where the PostgreSQL server is and how to reach it as an administrator (a role allowed to create roles and
 * databases). The services' own URLs are derived from it, so they differ only in the database name.
 *
 * @param adminJdbcUrl {@code jdbc:postgresql://host:port/database[?parameters]} of the administrator's database
 */
public record PostgresEndpoint(String adminJdbcUrl, String adminUser, String adminPassword) {

    private static final String PREFIX = "jdbc:postgresql://";

    public PostgresEndpoint {
        if (adminJdbcUrl == null || !adminJdbcUrl.startsWith(PREFIX)) {
            throw new IllegalArgumentException(
                    "Expected a JDBC URL of the form " + PREFIX + "host:port/database, got " + adminJdbcUrl);
        }
        adminPassword = adminPassword == null ? "" : adminPassword;
    }

    /** The embedded server: superuser {@code postgres}, trusted (no password) on localhost. */
    static PostgresEndpoint embedded(int port) {
        return new PostgresEndpoint(PREFIX + "localhost:" + port + "/postgres", "postgres", "");
    }

    /**
     * The URL of another database on the same server. Credentials in the administrator's URL parameters are dropped:
     * the PostgreSQL driver would prefer them to the service's own user and password.
     */
    public String jdbcUrl(String database) {
        int query = adminJdbcUrl.indexOf('?');
        String base = query < 0 ? adminJdbcUrl : adminJdbcUrl.substring(0, query);
        int slash = base.indexOf('/', PREFIX.length());
        String server = slash < 0 ? base : base.substring(0, slash);
        String parameters = query < 0
                ? ""
                : Arrays.stream(adminJdbcUrl.substring(query + 1).split("&"))
                        .filter(parameter -> !parameter.isEmpty())
                        .filter(parameter -> !parameter.startsWith("user=") && !parameter.startsWith("password="))
                        .collect(Collectors.joining("&"));
        return server + "/" + database + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    /** Host and port, for messages. */
    public String server() {
        String authority = adminJdbcUrl.substring(PREFIX.length());
        int end = authority.indexOf('/');
        return end < 0 ? authority : authority.substring(0, end);
    }

    public DataSource adminDataSource() {
        return dataSource(adminJdbcUrl, adminUser, adminPassword);
    }

    /** A connection source for a service's own role, which the devstack names like its database. */
    public DataSource serviceDataSource(String database) {
        return dataSource(jdbcUrl(database), database, database);
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(10);
        return dataSource;
    }
}
