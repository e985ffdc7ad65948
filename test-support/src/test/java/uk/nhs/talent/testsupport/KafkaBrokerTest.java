package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    void aRecordProducedToACreatedTopicIsReadBack() throws Exception {
        try (KafkaBroker broker = KafkaBroker.start(0, null)) {
            broker.createTopics(3, "vacancy.events.v1");
            broker.createTopics(3, "vacancy.events.v1"); // existing topics are fine

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                            ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("vacancy.events.v1", "vacancy-1", "{\"type\":\"opened\"}")).get();
            }

            List<ConsumerRecord<String, String>> records =
                    KafkaTopicReader.readAll(broker.bootstrapServers(), "vacancy.events.v1", Duration.ofSeconds(20));
            assertEquals(1, records.size());
            assertEquals("vacancy-1", records.get(0).key());
            assertEquals("{\"type\":\"opened\"}", records.get(0).value());
        }
    }
}
