package id.lindung.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import id.lindung.client.ApiClient;
import id.lindung.client.ApiException;
import id.lindung.client.api.ContributionsApi;
import id.lindung.client.api.CoverageApi;
import id.lindung.client.api.EnrollmentEventsApi;
import id.lindung.client.api.EnrollmentsApi;
import id.lindung.client.model.BpjsEnrollmentRecord;
import id.lindung.client.model.BpjsPayer;
import id.lindung.client.model.Category;
import id.lindung.client.model.EnrollmentEventKind;
import id.lindung.client.model.EnrollmentStatus;
import id.lindung.client.model.IngestionReport;
import id.lindung.client.model.PayerType;
import id.lindung.client.model.Programme;
import id.lindung.client.model.ProgrammeQuote;
import id.lindung.client.model.Quote;
import id.lindung.client.model.QuoteRequest;
import id.lindung.client.model.RecordOutcome;
import id.lindung.client.model.Segment;
import id.lindung.client.model.Sex;

/**
 * The README's example story, told through the gateway by a Java client generated from the committed merged OpenAPI
 * document ({@code contracts/openapi/lindung.json}) with openapi-generator: what a client team gets from the document
 * works against the running suite as it is.
 */
@ExtendWith(RunningSuite.class)
class ClientStoryIT {

    private static final String VILLAGE = "36.03.01.2003";

    @Test
    void bpjsEnrollsAWorkerTheViewerSeesItAndFinanceQuotesItsContribution() throws ApiException {
        CoverageApi coverage = new CoverageApi(client(RunningSuite.token("viewer", "36")));
        long before = coverage.getCoverage(VILLAGE, null).getActive();

        TestPeople.Person person = TestPeople.next();
        IngestionReport report = new EnrollmentEventsApi(client(RunningSuite.token("bpjs", null)))
                .postEnrollmentRecords(List.of(record(person)));

        assertThat(report.getAccepted()).isEqualTo(1);
        assertThat(report.getResults()).singleElement()
                .satisfies(result -> assertThat(result.getOutcome()).isEqualTo(RecordOutcome.ACCEPTED));
        UUID enrollment = report.getResults().get(0).getEnrollmentId();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(coverage.getCoverage(VILLAGE, null).getActive()).isEqualTo(before + 1));

        EnrollmentsApi enrollments = new EnrollmentsApi(client(RunningSuite.token("finance", "36.03")));
        assertThat(enrollments.getEnrollment(enrollment).getStatus()).isEqualTo(EnrollmentStatus.ACTIVE);

        Quote quote = new ContributionsApi(client(RunningSuite.token("finance", "36.03")))
                .quoteContribution(new QuoteRequest().segment(Segment.PU).wage(1_000_000L).riskClass(1)
                        .payer(PayerType.APBD_KABKOTA).date(LocalDate.of(2026, 2, 1))
                        .programmes(List.of(Programme.JKK, Programme.JKM)));

        assertThat(quote.getMonthlyTotal()).isEqualTo(5_400L);
        assertThat(quote.getProgrammes()).extracting(ProgrammeQuote::getProgramme, ProgrammeQuote::getAmount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Programme.JKK, 2_400L),
                        org.assertj.core.groups.Tuple.tuple(Programme.JKM, 3_000L));
    }

    @Test
    void aRegionOutsideTheTokensScopeIsAProblemTheClientSees() {
        CoverageApi coverage = new CoverageApi(client(RunningSuite.token("viewer", "36")));

        assertThatThrownBy(() -> coverage.getCoverage("74.13", null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("74.13");
                });
    }

    private static BpjsEnrollmentRecord record(TestPeople.Person person) {
        return new BpjsEnrollmentRecord().eventId("client-" + UUID.randomUUID()).type(EnrollmentEventKind.ENROLLED)
                .occurredAt(OffsetDateTime.parse("2026-01-05T08:00:00Z")).kpj(person.kpj()).nik(person.nik())
                .fullName(person.name()).birthDate(person.birthDate()).sex(Sex.fromValue(person.sex()))
                .segment(Segment.PU).category(Category.NON_ASN).domicileRegion(VILLAGE)
                .payer(new BpjsPayer().type(PayerType.APBD_KABKOTA).region("36.03"))
                .programmes(Set.of(Programme.JKK, Programme.JKM)).wageBase(1_000_000L).riskClass(1)
                .coverageStart(LocalDate.of(2026, 1, 1));
    }

    /** A generated client that talks to the gateway with the token. */
    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URI.create(RunningSuite.suite().gatewayUrl()).toString());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
