package id.lindung.budget.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import id.lindung.budget.domain.rates.RateBook;
import id.lindung.budget.repository.RateRepository;

/**
 * The contribution rate tables in memory: loaded at start-up and re-read every few minutes, so rows added by an
 * operator take effect without a restart. Readers get an immutable book.
 */
@ApplicationScoped
public class Rates {

    private static final Logger LOG = Logger.getLogger(Rates.class);

    @Inject
    RateRepository repository;

    private volatile RateBook book;

    public RateBook book() {
        RateBook current = book;
        if (current == null) {
            current = reload();
        }
        return current;
    }

    @Scheduled(every = "${lindung.budget.rates.reload:5m}", delayed = "${lindung.budget.rates.reload:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        reload();
    }

    synchronized RateBook reload() {
        RateBook loaded = QuarkusTransaction.joiningExisting().call(repository::load);
        if (book == null || book.size() != loaded.size()) {
            LOG.infof("contribution rate tables: %d rows", loaded.size());
        }
        book = loaded;
        return loaded;
    }
}
