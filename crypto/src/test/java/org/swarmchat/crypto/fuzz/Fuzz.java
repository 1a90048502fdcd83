package org.swarmchat.crypto.fuzz;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Runs one parser call of a fuzz property under a time limit and checks how it ended: it returned, or it threw
 * one of the exceptions its Javadoc declares. Anything else (a NullPointerException, an index out of bounds, an
 * IllegalStateException from a library, an OutOfMemoryError or StackOverflowError, a hang) fails the property
 * with the input's outcome as the message, so that jqwik shrinks to the smallest input that does it.
 *
 * <p>Shared with the other modules' fuzz tests through the crypto test-jar.
 */
public final class Fuzz {
    /** How long one parser call may take; far beyond what any parser needs for a fuzz-sized input. */
    public static final Duration LIMIT = Duration.ofSeconds(5);

    /** A call that may throw anything. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Throwable;
    }

    /** A call without a result. */
    @FunctionalInterface
    public interface VoidCall {
        void run() throws Throwable;
    }

    private Fuzz() {
    }

    /**
     * Runs {@code call} on its own virtual thread and returns its result, empty if it threw one of
     * {@code declared}.
     *
     * @throws AssertionError if it threw anything else or did not finish within {@link #LIMIT}
     */
    @SafeVarargs
    public static <T> Optional<T> only(Call<T> call, Class<? extends Throwable>... declared) {
        Object[] result = new Object[1];
        Throwable[] thrown = new Throwable[1];
        Thread thread = Thread.ofVirtual().unstarted(() -> {
            try {
                result[0] = call.run();
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        thread.start();
        try {
            if (!thread.join(LIMIT)) {
                thread.interrupt();
                throw new AssertionError("the parser did not finish within " + LIMIT.toMillis() + " ms (a hang)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the parser", e);
        }
        Throwable t = thrown[0];
        if (t == null) {
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return Optional.ofNullable(value);
        }
        List<Class<? extends Throwable>> allowed = Arrays.asList(declared);
        if (allowed.stream().anyMatch(c -> c.isInstance(t))) {
            return Optional.empty();
        }
        throw new AssertionError("undeclared " + t.getClass().getName() + " (declared: "
                + allowed.stream().map(Class::getSimpleName).toList() + "): " + t.getMessage(), t);
    }

    /** {@link #only(Call, Class[])} for a call without a result; whether it returned normally. */
    @SafeVarargs
    public static boolean onlyVoid(VoidCall call, Class<? extends Throwable>... declared) {
        return only(() -> {
            call.run();
            return Boolean.TRUE;
        }, declared).isPresent();
    }
}
