package kr.bizsos.reporting.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import kr.bizsos.platform.problem.ProblemException;
import kr.bizsos.reporting.event.Projections.Projection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds the projections from the start of their topics: clears the facts and the inbox
 * records of the projection consumers in one transaction, then replays every partition from
 * offset 0 up to the end offsets seen at the start, through the same inbox and projectors.
 *
 * <p>The live channels keep running meanwhile. That is safe because every event carries the
 * full state of its aggregate and a fact ignores events older than the one it was written from:
 * whichever of the live consumer and the replay applies an event first, the other finds it in
 * the inbox, and every event is applied at least once after the clear, so each fact ends at its
 * aggregate's newest state. If the replay fails it stops with state FAILED; running it again
 * starts from a clean slate.
 */
@ApplicationScoped
public class ProjectionRebuild {

    private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);
    private static final int REPLAY_ATTEMPTS = 3;

    public enum State { IDLE, RUNNING, DONE, FAILED }

    /** What the last rebuild did; {@code applied} counts events that changed a fact. */
    public record Status(State state, OffsetDateTime startedAt, OffsetDateTime finishedAt, Map<String, Long> read,
            Map<String, Long> applied, String error) {

        static Status idle() {
            return new Status(State.IDLE, null, null, Map.of(), Map.of(), null);
        }
    }

    private final EntityManager em;
    private final Projections projections;
    private final ProjectionApplier applier;
    private final String bootstrap;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.idle());
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reporting-rebuild");
        t.setDaemon(true);
        return t;
    });

    ProjectionRebuild(EntityManager em, Projections projections, ProjectionApplier applier,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.em = em;
        this.projections = projections;
        this.applier = applier;
        this.bootstrap = bootstrap;
    }

    public Status status() {
        return status.get();
    }

    /** Clears the projections now and replays in the background; 409 if a rebuild is running. */
    public Status start() {
        if (!running.compareAndSet(false, true)) {
            throw ProblemException.conflict("재집계가 이미 진행 중입니다. 끝난 뒤 다시 시도해 주세요.");
        }
        OffsetDateTime started = OffsetDateTime.now();
        try {
            clear();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        Status begun = new Status(State.RUNNING, started, null, Map.of(), Map.of(), null);
        status.set(begun);
        executor.submit(() -> replay(started));
        return begun;
    }

    private void clear() {
        QuarkusTransaction.requiringNew().run(() -> {
            for (Projection p : projections.all()) {
                em.createNativeQuery("DELETE FROM " + p.factTable()).executeUpdate();
                em.createNativeQuery("DELETE FROM processed_event WHERE consumer = :consumer")
                        .setParameter("consumer", p.consumer()).executeUpdate();
            }
        });
        LOG.info("projections cleared for a rebuild");
    }

    private void replay(OffsetDateTime started) {
        Map<String, Long> read = new LinkedHashMap<>();
        Map<String, Long> applied = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            Map<String, Projection> byTopic = new HashMap<>();
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> topics = consumer.listTopics(Duration.ofSeconds(15));
            for (Projection p : projections.all()) {
                byTopic.put(p.topic(), p);
                read.put(p.consumer(), 0L);
                applied.put(p.consumer(), 0L);
                for (PartitionInfo info : topics.getOrDefault(p.topic(), List.of())) {
                    partitions.add(new TopicPartition(info.topic(), info.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(15));
            while (!caughtUp(consumer, end)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    Projection p = byTopic.get(record.topic());
                    if (record.offset() >= end.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                        continue; // arrived after the rebuild began: the live consumer has it
                    }
                    read.merge(p.consumer(), 1L, Long::sum);
                    if (record.value() != null && applier.apply(p.consumer(), record.value(), p.effect(), REPLAY_ATTEMPTS)) {
                        applied.merge(p.consumer(), 1L, Long::sum);
                    }
                }
                status.set(new Status(State.RUNNING, started, null, Map.copyOf(read), Map.copyOf(applied), null));
            }
            status.set(new Status(State.DONE, started, OffsetDateTime.now(), Map.copyOf(read), Map.copyOf(applied), null));
            LOG.infof("projections rebuilt: read %s, applied %s", read, applied);
        } catch (RuntimeException e) {
            LOG.error("projection rebuild failed", e);
            status.set(new Status(State.FAILED, started, OffsetDateTime.now(), Map.copyOf(read), Map.copyOf(applied),
                    e.getMessage()));
        } finally {
            running.set(false);
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    private Properties properties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "500");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
