package uk.nhs.talent.diversity.stages;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import uk.nhs.talent.events.CloudEventCodec;
import uk.nhs.talent.events.Topics;

/**
 * The read model's benchmark, against a running diversity-metrics-service (benchmarks/diversity-stages.sh starts
 * it, the broker and the database, and calls each step). Not a test: timings depend on the machine and are never
 * asserted. Steps, each {@code <step> <bootstrap> <jdbc-url> [arguments]}:
 * <ul>
 * <li>{@code backlog <events>}: writes a synthetic backlog to both topics and waits until the service applied it;
 * <li>{@code latency <rate> <samples> <warm-up>}: a background load at {@code rate} events/s on both topics, and
 * meanwhile appointments one after another, each timed from its send to its stage_entry row being visible;
 * <li>{@code counts}: records on each topic (for kafka-consumer-perf-test's {@code --messages});
 * <li>{@code commits <n>}: the time of a one-row insert committed on its own in this database, what the consumer's
 * transaction per record costs at least (the write-ahead log's flush);
 * <li>{@code replay <group> [pid]}: against a service just started on an empty database with a new consumer group:
 * the time from its first applied record to its last, then until the group's lag is 0 on both topics; with the
 * service's process id, also the CPU time it spent per record meanwhile (less sensitive to a busy machine);
 * <li>{@code dump <file>}: the read model's rows (stage_entry, vacancy_ranking), ordered, to compare runs.
 * </ul>
 * "Applied" is counted in the service's inbox (one row per record consumed, written in the record's transaction).
 */
public final class StagesBenchmark {

    private static final List<String> TOPICS = List.of(Topics.VACANCY_EVENTS, Topics.TALENT_EVENTS);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    private static final long WAIT_LIMIT_MS = TimeUnit.MINUTES.toMillis(30);

    private final String bootstrap;
    private final String jdbcUrl;

    private StagesBenchmark(String bootstrap, String jdbcUrl) {
        this.bootstrap = bootstrap;
        this.jdbcUrl = jdbcUrl;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StagesBenchmark backlog|latency|counts|replay|dump <bootstrap> <jdbc-url> ...");
            System.exit(2);
        }
        StagesBenchmark benchmark = new StagesBenchmark(args[1], args[2]);
        String[] rest = Arrays.copyOfRange(args, 3, args.length);
        switch (args[0]) {
            case "backlog" -> benchmark.backlog(Long.parseLong(rest[0]));
            case "latency" -> benchmark.latency(Integer.parseInt(rest[0]), Integer.parseInt(rest[1]),
                    Integer.parseInt(rest[2]));
            case "counts" -> benchmark.counts();
            case "commits" -> benchmark.commits(Integer.parseInt(rest[0]));
            case "replay" -> benchmark.replay(rest[0], rest.length > 1 ? Long.parseLong(rest[1]) : 0);
            case "dump" -> benchmark.dump(Path.of(rest[0]));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private void backlog(long events) throws Exception {
        SyntheticPipeline pipeline = new SyntheticPipeline(1, "bench");
        // Spread over two years of closed quarters, as a backlog accumulated since the service began would be.
        OffsetDateTime start = OffsetDateTime.of(2024, 4, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        long units = (events + SyntheticPipeline.EVENTS_PER_UNIT - 1) / SyntheticPipeline.EVENTS_PER_UNIT;
        long minutesApart = TimeUnit.DAYS.toMinutes(730) / units;
        Map<String, Long> sent = new HashMap<>();
        long t0 = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(20)) {
            for (long i = 0; i < units; i++) {
                for (SyntheticPipeline.Outgoing record : pipeline.unit(start.plusMinutes(i * minutesApart))) {
                    producer.send(record(record));
                    sent.merge(record.topic(), 1L, Long::sum);
                }
            }
            producer.flush();
        }
        double produced = seconds(t0);
        System.out.printf("backlog: %,d events written (%s) in %.1f s%n", sent.values().stream()
                .mapToLong(Long::longValue).sum(), sent, produced);
        long t1 = System.nanoTime();
        awaitApplied(totalRecords(), null, 0);
        System.out.printf("backlog: applied by the running service %.1f s after the last was written%n", seconds(t1));
    }

    private void latency(int rate, int samples, int warmUp) throws Exception {
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong background = new AtomicLong();
        Thread load = new Thread(() -> backgroundLoad(rate, loading, background), "background-load");
        long loadStart = System.nanoTime();
        load.start();
        List<Long> latencies = new ArrayList<>();
        List<Long> acks = new ArrayList<>();
        int missed = 0;
        try (KafkaProducer<String, byte[]> producer = producer(0);
                Connection connection = connect();
                PreparedStatement visible = connection.prepareStatement(
                        "select 1 from stage_entry where stage = 'APPOINTED' and subject = ?")) {
            for (int i = 0; i < warmUp + samples; i++) {
                UUID vacancy = UUID.randomUUID();
                SyntheticPipeline.Outgoing probe = SyntheticPipeline.appointment(vacancy, "bench-probe-" + i,
                        OffsetDateTime.now(ZoneOffset.UTC));
                visible.setString(1, vacancy.toString());
                long sent = System.nanoTime();
                producer.send(record(probe)).get(30, TimeUnit.SECONDS);
                long acknowledged = System.nanoTime();
                long seen = awaitRow(visible, sent + TimeUnit.SECONDS.toNanos(30));
                if (i >= warmUp) {
                    if (seen < 0) {
                        missed++;
                    } else {
                        latencies.add(seen - sent);
                        acks.add(acknowledged - sent);
                    }
                }
                // Probes apart, so that they sample the background load rather than queue behind each other.
                Thread.sleep(20);
            }
        } finally {
            loading.set(false);
            load.join();
        }
        double loadSeconds = seconds(loadStart);
        System.out.printf("latency: background load %,d events in %.1f s = %.0f events/s (asked %d/s), on both "
                + "topics%n", background.get(), loadSeconds, background.get() / loadSeconds, rate);
        System.out.printf("latency: %d appointments after %d of warm-up; send to acknowledgement p50 %.1f ms%n",
                latencies.size(), warmUp, percentile(acks, 50) / 1e6);
        System.out.printf("RESULT latency p50_ms=%.1f p99_ms=%.1f max_ms=%.1f samples=%d missed=%d%n",
                percentile(latencies, 50) / 1e6, percentile(latencies, 99) / 1e6,
                percentile(latencies, 100) / 1e6, latencies.size(), missed);
        long t1 = System.nanoTime();
        awaitApplied(totalRecords(), null, 0);
        System.out.printf("latency: the background load applied %.1f s after it stopped%n", seconds(t1));
    }

    /** Units of the synthetic mix at {@code rate} events per second, paced by the clock, each timed now. */
    private void backgroundLoad(int rate, AtomicBoolean loading, AtomicLong count) {
        SyntheticPipeline pipeline = new SyntheticPipeline(2, "bench-live");
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer(5)) {
            while (loading.get()) {
                for (SyntheticPipeline.Outgoing record : pipeline.unit(OffsetDateTime.now(ZoneOffset.UTC))) {
                    long due = start + count.get() * 1_000_000_000L / rate;
                    LockSupport.parkNanos(due - System.nanoTime());
                    producer.send(record(record));
                    count.incrementAndGet();
                }
            }
        }
    }

    private void counts() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets();
        for (String topic : TOPICS) {
            System.out.println(topic + " " + ends.entrySet().stream().filter(e -> e.getKey().topic().equals(topic))
                    .mapToLong(Map.Entry::getValue).sum());
        }
    }

    private void commits(int count) throws SQLException {
        List<Long> times = new ArrayList<>();
        try (Connection connection = connect()) {
            connection.createStatement().execute("create table commit_probe (id bigserial primary key, at bigint)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into commit_probe (at) values (?)")) {
                for (int i = 0; i < count; i++) {
                    long t0 = System.nanoTime();
                    insert.setLong(1, t0);
                    insert.executeUpdate();
                    connection.commit();
                    times.add(System.nanoTime() - t0);
                }
            }
            connection.createStatement().execute("drop table commit_probe");
            connection.commit();
        }
        System.out.printf("RESULT commit p50_ms=%.2f p99_ms=%.2f samples=%d%n", percentile(times, 50) / 1e6,
                percentile(times, 99) / 1e6, count);
    }

    private void replay(String group, long pid) throws Exception {
        long total = totalRecords();
        long t0 = System.nanoTime();
        long[] first = new long[3];
        first[2] = -1;
        awaitApplied(total, first, pid);
        long done = System.nanoTime();
        long cpuDone = cpuMillis(pid);
        double consuming = (done - first[0]) / 1e9;
        System.out.printf("replay: %,d records applied %.1f s after the service was started, %.1f s from the "
                + "first applied to the last%n", total, (done - t0) / 1e9, consuming);
        System.out.printf("RESULT replay events_per_s=%.0f records=%d seconds=%.2f service_cpu_ms_per_record=%.2f%n",
                (total - first[1]) / consuming, total, consuming,
                pid > 0 ? (double) (cpuDone - first[2]) / (total - first[1]) : Double.NaN);
        // The offsets are committed a few seconds behind the inbox: wait until Kafka also says the lag is 0.
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> ends = endOffsets();
            long deadline = System.currentTimeMillis() + 60_000;
            while (true) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                long lag = ends.entrySet().stream().mapToLong(e -> e.getValue() - (committed.get(e.getKey()) == null
                        ? 0 : committed.get(e.getKey()).offset())).sum();
                if (lag == 0) {
                    System.out.printf("replay: consumer group %s lag 0 on both topics %.1f s after the last record "
                            + "was applied%n", group, seconds(done));
                    break;
                }
                if (System.currentTimeMillis() > deadline) {
                    System.out.printf("replay: consumer group %s still %d behind 60 s after the last record%n",
                            group, lag);
                    break;
                }
                Thread.sleep(100);
            }
        }
    }

    private void dump(Path file) throws Exception {
        try (Connection connection = connect(); PrintWriter out = new PrintWriter(Files.newBufferedWriter(file,
                StandardCharsets.UTF_8))) {
            long entries = dumpRows(connection, out, "select 'stage_entry', stage, subject, person_ref, region_code, "
                    + "role_family, level, period, recorded_at from stage_entry order by stage, subject, person_ref");
            long rankings = dumpRows(connection, out, "select 'vacancy_ranking', vacancy_id, person_ref, rank, "
                    + "region_code, role_family, level, period, matched_at from vacancy_ranking "
                    + "order by vacancy_id, person_ref");
            System.out.printf("dump: %,d stage_entry rows, %,d vacancy_ranking rows%n", entries, rankings);
        }
    }

    private static long dumpRows(Connection connection, PrintWriter out, String sql) throws SQLException {
        long rows = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(10_000);
            connection.setAutoCommit(false);
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        line.append(c > 1 ? "\t" : "").append(result.getString(c));
                    }
                    out.println(line);
                    rows++;
                }
            }
            connection.commit();
        }
        return rows;
    }

    /**
     * Waits until the service's inbox holds {@code total} records. With {@code first}, also notes when the first
     * record was seen applied, how many were by then, and the CPU time process {@code pid} had used (polled every
     * 100 ms: a count is not free).
     */
    private void awaitApplied(long total, long[] first, long pid) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_LIMIT_MS;
        long applied = -1;
        while (applied < total) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("only " + applied + " of " + total + " records applied; dead "
                        + "letters: " + deadLetters());
            }
            try (Connection connection = connect();
                    PreparedStatement count = connection.prepareStatement("select count(*) from inbox_event")) {
                while (applied < total && System.currentTimeMillis() < deadline) {
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        applied = result.getLong(1);
                    }
                    if (first != null && first[0] == 0 && applied > 0) {
                        first[0] = System.nanoTime();
                        first[1] = applied;
                        first[2] = cpuMillis(pid);
                    }
                    if (applied < total) {
                        Thread.sleep(100);
                    }
                }
            } catch (SQLException e) {
                // The service is still starting (the schema is made by Flyway when it starts): try again.
                Thread.sleep(100);
            }
        }
    }

    /** Polls the statement every 2 ms until it finds a row; the time it did, or -1 after the deadline. */
    private static long awaitRow(PreparedStatement statement, long deadline) throws SQLException {
        while (System.nanoTime() < deadline) {
            try (ResultSet result = statement.executeQuery()) {
                if (result.next()) {
                    return System.nanoTime();
                }
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
        return -1;
    }

    /** User and system CPU time of a process (Linux /proc), in ms; 0 without a process id. */
    private static long cpuMillis(long pid) throws IOException {
        if (pid <= 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10; // 100 ticks a second on Linux
    }

    private long totalRecords() throws Exception {
        return endOffsets().values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<TopicPartition, Long> endOffsets() throws Exception {
        return offsets(TOPICS);
    }

    private Map<String, Long> deadLetters() throws Exception {
        Map<String, Long> dead = new HashMap<>();
        offsets(TOPICS.stream().map(Topics::deadLetter).toList()).forEach((partition, end) -> dead.merge(
                partition.topic(), end, Long::sum));
        return dead;
    }

    private Map<TopicPartition, Long> offsets(List<String> topics) throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) -> description.partitions()
                    .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(request).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    private KafkaProducer<String, byte[]> producer(int lingerMs) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMs);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static ProducerRecord<String, byte[]> record(SyntheticPipeline.Outgoing outgoing) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(outgoing.topic(), outgoing.key(),
                outgoing.value());
        // As the outbox relays put them: structured mode, named by the content-type header.
        record.headers().add("content-type", CloudEventCodec.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "bench", "bench");
    }

    private static double percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
