package id.lindung.devstack;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Takes one service's database away while the server keeps running, for tests of how a consumer waits out an outage:
 * new connections are refused and every open one is terminated. {@link #close} lets connections in again.
 */
public final class DatabaseOutage implements AutoCloseable {

    private final DataSource admin;
    private final String database;

    private DatabaseOutage(DataSource admin, String database) {
        this.admin = admin;
        this.database = database;
    }

    /** Starts the outage of {@code database} on the devstack's server. */
    public static DatabaseOutage of(Devstack stack, String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        DatabaseOutage outage = new DatabaseOutage(stack.adminDataSource(), database);
        outage.run("alter database " + database + " allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                        + "' and pid <> pg_backend_pid()");
        return outage;
    }

    @Override
    public void close() {
        run("alter database " + database + " allow_connections true");
    }

    private void run(String... statements) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not change the availability of database " + database, e);
        }
    }
}
