import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes grievance.received events at a steady rate, each stamped with its send time and with
 * event id = grievance id, so the lag of each one is processed_event.processed_at minus
 * grievance_fact.last_event_at. Usage: java -cp 'quarkus-app/lib/main/*' LagProbe.java TOPIC RATE SECONDS
 */
public class LagProbe {
    public static void main(String[] args) throws Exception {
        String topic = args[0];
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("bootstrap", "127.0.0.1:9092"));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            long start = System.nanoTime();
            long intervalNanos = 1_000_000_000L / rate;
            for (long i = 0; i < (long) rate * seconds; i++) {
                long due = start + i * intervalNanos;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
                String id = UUID.randomUUID().toString();
                OffsetDateTime now = OffsetDateTime.now(ZoneId.of("Asia/Seoul"));
                String event = """
                        {"specversion":"1.0","id":"%s","source":"/bizsos/grievance-service","type":"grievance.received",
                         "subject":"%s","time":"%s","datacontenttype":"application/json",
                         "data":{"grievanceId":"%s","receiptNumber":"L-%d","kind":"COMPLAINT","category":"FUNDING",
                                 "channel":"WEB","municipality":"WONJU","businessNumber":"1348672683","departmentId":"JOBS",
                                 "status":"RECEIVED","receivedAt":"%s","dueAt":"%s","overdue":false}}"""
                        .formatted(id, id, now, id, i, now, now.plusDays(14));
                producer.send(new ProducerRecord<>(topic, id, event));
            }
            producer.flush();
            System.out.printf("sent %d events in %.1f s%n", (long) rate * seconds, (System.nanoTime() - start) / 1e9);
        }
    }
}
