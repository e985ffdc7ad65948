package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class KafkaResourceTest {

    @Test
    void startsOneSharedBrokerWithTopicsAndDeadLetterTopics() throws Exception {
        KafkaResource resource = new KafkaResource();
        resource.init(Map.of(KafkaResource.TOPICS_ARG, "talent.events.v1, diversity.events.v1"));
        Map<String, String> config = resource.start();
        resource.stop();

        String bootstrap = config.get("kafka.bootstrap.servers");
        assertEquals(KafkaResource.bootstrapServers(), bootstrap);
        assertEquals(bootstrap, new KafkaResource().start().get("kafka.bootstrap.servers"), "one broker per JVM");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> topics = admin.describeTopics(Set.of("talent.events.v1",
                    "talent.events.v1.dlq", "diversity.events.v1", "diversity.events.v1.dlq")).allTopicNames().get();
            topics.values().forEach(t -> assertEquals(KafkaResource.PARTITIONS, t.partitions().size(), t.name()));
        }

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("talent.events.v1", "a", "1")).get();
            producer.send(new ProducerRecord<>("talent.events.v1", "b", "2")).get();
        }
        var records = KafkaTopicReader.awaitRecords(bootstrap, "talent.events.v1", Duration.ofSeconds(20),
                received -> received.size() >= 2);
        assertEquals(2, records.size());
        assertTrue(records.stream().anyMatch(r -> r.key().equals("b") && r.value().equals("2")));
    }
}
