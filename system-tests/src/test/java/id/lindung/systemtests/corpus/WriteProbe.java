package id.lindung.systemtests.corpus;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Row counts of every table of one service's database, to tell that a refused write left nothing behind: the counts
 * before and after a 4xx must be equal. Exact as long as nothing else writes that database meanwhile, which the
 * corpus arranges by testing one service at a time after its database has settled.
 */
public final class WriteProbe implements AutoCloseable {

    private final Connection connection;
    private final String countAll;

    public WriteProbe(String jdbcUrl, String user, String password) {
        try {
            connection = DriverManager.getConnection(jdbcUrl, user, password);
            List<String> counts = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet tables = statement.executeQuery("select table_name from information_schema.tables"
                            + " where table_schema = current_schema() and table_type = 'BASE TABLE'"
                            + " and table_name <> 'flyway_schema_history' order by table_name")) {
                while (tables.next()) {
                    String table = tables.getString(1);
                    counts.add("select '" + table + "', count(*) from \"" + table + "\"");
                }
            }
            countAll = String.join(" union all ", counts);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + jdbcUrl, e);
        }
    }

    /** Rows per table now. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(countAll)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
