package dev.camelwhatsapp.emulator.fault;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import dev.camelwhatsapp.emulator.Fault;

/**
 * The faults waiting to hit Graph API requests. Faults are tried in the order they were added; the first that
 * matches the path and wins its ratio draw applies, and one request suffers at most one fault.
 */
public final class FaultInjector {

    private static final class ActiveFault {
        private final Fault fault;
        private int remaining;

        ActiveFault(Fault fault) {
            this.fault = fault;
            this.remaining = fault.count();
        }
    }

    private final List<ActiveFault> faults = new ArrayList<>();
    private final long seed;
    private Random random;

    public FaultInjector(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public synchronized void add(Fault fault) {
        faults.add(new ActiveFault(fault));
    }

    /** Removes every fault and restarts the random sequence, so a rerun draws the same ratio outcomes. */
    public synchronized void clear() {
        faults.clear();
        random = new Random(seed);
    }

    /** The faults still active, with their remaining counts. */
    public synchronized List<Fault> active() {
        List<Fault> result = new ArrayList<>();
        for (ActiveFault active : faults) {
            result.add(active.remaining == -1 ? active.fault : active.fault.times(active.remaining));
        }
        return result;
    }

    /** The fault to apply to a request on {@code path}, consuming one of its uses. */
    public synchronized Optional<Fault> draw(String path) {
        Iterator<ActiveFault> iterator = faults.iterator();
        while (iterator.hasNext()) {
            ActiveFault active = iterator.next();
            Fault fault = active.fault;
            if (fault.pathContains() != null && !path.contains(fault.pathContains())) {
                continue;
            }
            if (fault.probability() < 1.0 && random.nextDouble() >= fault.probability()) {
                continue;
            }
            if (active.remaining > 0 && --active.remaining == 0) {
                iterator.remove();
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }
}
