package id.lindung.devstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * Gives each service its own database, owned by a login role of the same name whose password is that name too. Run on
 * every start, against the embedded server or an operator's: it only creates what is missing and never alters an
 * existing role or database.
 */
final class DatabaseProvisioner {

    private static final Logger LOG = Logger.getLogger(DatabaseProvisioner.class);
    /** Names are put into DDL, which takes no bind parameters: allow plain identifiers only. */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final String DUPLICATE_OBJECT = "42710";
    private static final String DUPLICATE_DATABASE = "42P04";

    private DatabaseProvisioner() {
    }

    static void provision(DataSource admin, Collection<String> databases) {
        try (Connection connection = admin.getConnection(); Statement ddl = connection.createStatement()) {
            boolean superuser = isSuperuser(connection);
            for (String name : databases) {
                if (!NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Not a plain database name: " + name);
                }
                if (!exists(connection, "select 1 from pg_roles where rolname = ?", name)) {
                    LOG.infof("Creating role %s", name);
                    ignoreDuplicate(ddl, "create role " + name + " login password '" + name + "'", DUPLICATE_OBJECT);
                }
                if (!exists(connection, "select 1 from pg_database where datname = ?", name)) {
                    if (!superuser) {
                        // PostgreSQL 16+: a CREATEROLE administrator may only give away databases to roles it can SET
                        ddl.execute("grant " + name + " to current_user");
                    }
                    LOG.infof("Creating database %s", name);
                    ignoreDuplicate(ddl, "create database " + name + " owner " + name, DUPLICATE_DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the services' roles and databases: " + e.getMessage(), e);
        }
    }

    private static boolean isSuperuser(Connection connection) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return row.next() && row.getBoolean(1);
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Another process provisioning the same server at the same moment is not an error. */
    private static void ignoreDuplicate(Statement ddl, String sql, String duplicateState) throws SQLException {
        try {
            ddl.execute(sql);
        } catch (SQLException e) {
            if (!duplicateState.equals(e.getSQLState())) {
                throw e;
            }
        }
    }
}
