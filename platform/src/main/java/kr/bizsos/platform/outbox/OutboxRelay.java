package kr.bizsos.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox events to Kafka with the idempotent producer (acks=all) and marks them sent.
 * A pass runs right after a transaction that wrote events commits, and on a timer as a safety net;
 * if the broker is unreachable the rows stay unsent and the next pass tries again. Rows are locked
 * with SKIP LOCKED so that several instances of a service never publish the same row at once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry synchronizations;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean passRequested = new AtomicBoolean();
    private volatile KafkaProducer<String, String> producer;
    private volatile boolean failing;

    OutboxRelay(EntityManager em, TransactionSynchronizationRegistry synchronizations, OutboxConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.em = em;
        this.synchronizations = synchronizations;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.published = registry.counter("bizsos.outbox.published");
        this.failures = registry.counter("bizsos.outbox.failures");
    }

    /** Asks for a relay pass once the current transaction has committed. */
    void wakeUpAfterCommit() {
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    requestPass();
                }
            }
        });
    }

    @Scheduled(every = "${bizsos.outbox.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        requestPass();
    }

    void requestPass() {
        if (worker.isShutdown() || !passRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.execute(this::drain);
        } catch (java.util.concurrent.RejectedExecutionException stopping) {
            passRequested.set(false);
        }
    }

    private void drain() {
        passRequested.set(false);
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch: more may be waiting
            }
            if (failing) {
                LOG.info("outbox relay recovered: Kafka accepts events again");
                failing = false;
            }
        } catch (RuntimeException e) {
            failures.increment();
            if (!failing) {
                LOG.warnf("outbox relay cannot publish yet, will retry: %s", e.getMessage());
                failing = true;
            }
            closeProducer();
        }
    }

    /** Publishes one batch in one transaction; returns how many events it relayed. */
    int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT id, topic, message_key, payload FROM outbox_event
                    WHERE sent_at IS NULL ORDER BY id LIMIT :n FOR UPDATE SKIP LOCKED""")
                    .setParameter("n", config.batchSize())
                    .getResultList();
            if (rows.isEmpty()) {
                return 0;
            }
            KafkaProducer<String, String> kafka = producer();
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            List<Long> ids = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                ids.add(((Number) row[0]).longValue());
                acks.add(kafka.send(new ProducerRecord<>((String) row[1], (String) row[2], (String) row[3])));
            }
            kafka.flush();
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            em.createNativeQuery("UPDATE outbox_event SET sent_at = :now WHERE id = ANY(:ids)")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("ids", ids.toArray(Long[]::new))
                    .executeUpdate();
            published.increment(ids.size());
            return ids.size();
        });
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void deleteOldSentEvents() {
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM outbox_event WHERE sent_at < :before")
                .setParameter("before", OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()))
                .executeUpdate());
    }

    private KafkaProducer<String, String> producer() {
        KafkaProducer<String, String> p = producer;
        if (p == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
            props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis());
            props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
            props.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace('/', '-'));
            props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p = new KafkaProducer<>(props);
            producer = p;
        }
        return p;
    }

    private void closeProducer() {
        KafkaProducer<String, String> p = producer;
        producer = null;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(1));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeProducer();
    }
}
