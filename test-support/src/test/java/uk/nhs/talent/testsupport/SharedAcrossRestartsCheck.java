package uk.nhs.talent.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;

/**
 * Quarkus gives each restart its own class loader; these checks prove both restarts see one broker and one
 * OIDC provider, and that tokens signed in either verify against the served keys.
 */
abstract class SharedAcrossRestartsCheck {

    private static final String FIRST_SEEN = "test-support.selftest.first-seen";

    /** Checks the servers and returns the subject of a token verified against the served keys. */
    String verifiedSubjectOnSharedServers(String topic) throws Exception {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        String issuer = ConfigProvider.getConfig().getValue("quarkus.oidc.token.issuer", String.class);
        assertEquals(KafkaResource.bootstrapServers(), bootstrap);

        String seen = bootstrap + " " + issuer;
        String firstSeen = System.getProperties().putIfAbsent(FIRST_SEEN, seen) instanceof String s ? s : seen;
        assertEquals(firstSeen, seen, "a restart must reuse the JVM's broker and provider");

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
        }
        assertEquals(1, KafkaTopicReader.readAll(bootstrap, topic, Duration.ofSeconds(20)).size());

        String jwksJson = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(issuer + SharedOidcProvider.JWKS_PATH)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(
                        new JwksVerificationKeyResolver(new JsonWebKeySet(jwksJson).getJsonWebKeys()))
                .setExpectedIssuer(issuer)
                .setExpectedAudience(TestTokens.AUDIENCE)
                .build()
                .processToClaims(TestTokens.platformAdmin())
                .getSubject();
    }
}
