package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./lindung up} relies on: a kept data directory brings back the data of the previous run. */
class DevstackRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aPersistentStackKeepsItsTablesAndTopicsAcrossRestarts() throws Exception {
        DevstackOptions options = DevstackOptions.persistent(dataDir).withPorts(0, 0);
        try (Devstack first = Devstack.start(options);
                Connection connection = first.postgres().serviceDataSource("enrollment").getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet fsync = statement.executeQuery("show fsync")) {
                fsync.next();
                assertThat(fsync.getString(1)).as("./lindung up is durable").isEqualTo("on");
            }
            statement.execute("create table kept (id int primary key)");
            statement.execute("insert into kept values (42)");
        }

        try (Devstack second = Devstack.start(options);
                Connection connection = second.postgres().serviceDataSource("enrollment").getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select id from kept");
                Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()))) {
            assertThat(row.next()).isTrue();
            assertThat(row.getInt(1)).isEqualTo(42);
            Set<String> topics = admin.listTopics().names().get();
            assertThat(topics).containsAll(Topics.all());
        }
    }
}
