package org.nkpetition.report.fakes;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.nkpetition.report.ledger.LedgerEntry;
import org.nkpetition.report.ledger.ReportLedger;
import org.nkpetition.report.request.Cutoff;

/**
 * The {@link ReportLedger} in memory, for unit tests; held to {@link ReportLedgerContract} like the
 * DynamoDB adapter. Leases are kept in whole seconds and taken when absent or strictly past, as the
 * adapter's condition ({@code attribute_not_exists(leaseUntil) OR leaseUntil < :now}) does.
 */
public final class InMemoryReportLedger implements ReportLedger {
    private record Key(String petitionId, Cutoff cutoff) {
    }

    private final Map<Key, LedgerEntry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<LedgerEntry> find(String petitionId, Cutoff cutoff) {
        return Optional.ofNullable(entries.get(new Key(petitionId, cutoff)));
    }

    @Override
    public synchronized boolean lease(String petitionId, Cutoff cutoff, Instant now, Instant until) {
        Key key = new Key(petitionId, cutoff);
        LedgerEntry entry = entries.get(key);
        long nowSeconds = now.getEpochSecond();
        if (entry != null && entry.leaseUntil().isPresent() && entry.leaseUntil().get().getEpochSecond() >= nowSeconds) {
            return false;
        }
        Optional<Instant> leased = Optional.of(until.truncatedTo(ChronoUnit.SECONDS));
        entries.put(key, entry == null ? new LedgerEntry(leased, Optional.empty(), Optional.empty())
                : new LedgerEntry(leased, entry.generatedAt(), entry.emailedAt()));
        return true;
    }

    @Override
    public synchronized void release(String petitionId, Cutoff cutoff) {
        entries.computeIfPresent(new Key(petitionId, cutoff),
                (key, entry) -> new LedgerEntry(Optional.empty(), entry.generatedAt(), entry.emailedAt()));
    }

    @Override
    public synchronized void generated(String petitionId, Cutoff cutoff, long total, Instant now) {
        Key key = new Key(petitionId, cutoff);
        LedgerEntry entry = entries.getOrDefault(key, new LedgerEntry(Optional.empty(), Optional.empty(), Optional.empty()));
        entries.put(key, new LedgerEntry(entry.leaseUntil(), Optional.of(now), entry.emailedAt()));
    }

    @Override
    public synchronized boolean claimEmail(String petitionId, Cutoff cutoff, Instant now, boolean force) {
        Key key = new Key(petitionId, cutoff);
        LedgerEntry entry = entries.getOrDefault(key, new LedgerEntry(Optional.empty(), Optional.empty(), Optional.empty()));
        if (entry.emailedAt().isPresent() && !force) {
            return false;
        }
        entries.put(key, new LedgerEntry(entry.leaseUntil(), entry.generatedAt(), Optional.of(now)));
        return true;
    }

    @Override
    public synchronized void unclaimEmail(String petitionId, Cutoff cutoff, Instant claimedAt) {
        entries.computeIfPresent(new Key(petitionId, cutoff), (key, entry) -> entry.emailedAt().equals(Optional.of(claimedAt))
                ? new LedgerEntry(entry.leaseUntil(), entry.generatedAt(), Optional.empty()) : entry);
    }
}
