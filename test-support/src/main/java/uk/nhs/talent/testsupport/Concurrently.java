package uk.nhs.talent.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Races: the same work started on several threads at once, for tests of what concurrent requests leave behind. */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * Runs {@code task} on {@code times} threads released together, and returns what each returned, in thread
     * order. A task that throws fails the race.
     */
    public static <T> List<T> run(int times, Callable<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> answer : answers) {
                results.add(answer.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
