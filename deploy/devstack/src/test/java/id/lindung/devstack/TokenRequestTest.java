package id.lindung.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenRequestTest {

    @Test
    void aFinanceTokenForARegencyLastsEightHoursByDefault() {
        TokenRequest request = TokenRequest.parse(List.of("--role", "finance", "--region", "36.03"));

        assertThat(request.roles()).containsExactly("finance");
        assertThat(request.region()).isEqualTo("36.03");
        assertThat(request.subject()).isEqualTo("dev-finance");
        assertThat(request.ttl()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void severalRolesASubjectAndATtlMayBeGiven() {
        TokenRequest request = TokenRequest.parse(List.of("--role", "planner,viewer", "--sub", "siti", "--ttl", "30m"));

        assertThat(request.roles()).containsExactlyInAnyOrder("planner", "viewer");
        assertThat(request.region()).isNull();
        assertThat(request.subject()).isEqualTo("siti");
        assertThat(request.ttl()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void isoDurationsAreAcceptedToo() {
        assertThat(TokenRequest.parse(List.of("--role", "bpjs", "--ttl", "PT2H")).ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(TokenRequest.parse(List.of("--role", "bpjs", "--ttl", "2d")).ttl()).isEqualTo(Duration.ofDays(2));
    }

    @Test
    void anUnknownRoleARegionThatIsNoCodeOrAMissingRoleIsRefused() {
        assertThatThrownBy(() -> TokenRequest.parse(List.of("--role", "root")))
                .hasMessageContaining("Unknown role");
        assertThatThrownBy(() -> TokenRequest.parse(List.of("--role", "viewer", "--region", "Banten")))
                .hasMessageContaining("Not a region code");
        assertThatThrownBy(() -> TokenRequest.parse(List.of("--region", "36")))
                .hasMessageContaining("--role is required");
        assertThatThrownBy(() -> TokenRequest.parse(List.of("--role")))
                .hasMessageContaining("needs a value");
    }
}
