package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresEndpointTest {

    @Test
    void aServiceUrlDiffersFromTheAdministratorsOnlyInTheDatabase() {
        PostgresEndpoint endpoint = new PostgresEndpoint("jdbc:postgresql://db.example:6543/postgres?sslmode=require",
                "admin", "secret");

        assertThat(endpoint.jdbcUrl("budget")).isEqualTo("jdbc:postgresql://db.example:6543/budget?sslmode=require");
        assertThat(endpoint.server()).isEqualTo("db.example:6543");
    }

    @Test
    void administratorCredentialsInTheUrlAreNotPassedOnToServices() {
        PostgresEndpoint endpoint = new PostgresEndpoint(
                "jdbc:postgresql://localhost:5432/postgres?user=admin&password=secret&ssl=false", "admin", "secret");

        assertThat(endpoint.jdbcUrl("enrollment")).isEqualTo("jdbc:postgresql://localhost:5432/enrollment?ssl=false");
    }

    @Test
    void aUrlWithoutDatabaseGetsOne() {
        assertThat(new PostgresEndpoint("jdbc:postgresql://localhost:5432", "postgres", null).jdbcUrl("reporting"))
                .isEqualTo("jdbc:postgresql://localhost:5432/reporting");
    }

    @Test
    void onlyPostgresqlUrlsWithAHostAreAccepted() {
        assertThatThrownBy(() -> new PostgresEndpoint("jdbc:mysql://localhost/x", "root", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }
}
