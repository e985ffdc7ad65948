package uk.nhs.talent.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

final class RsaKeys {

    private RsaKeys() {
    }

    /** A fresh 2048-bit pair, as Keycloak's default RS256 realm key. */
    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA unavailable", e);
        }
    }

    /**
     * The pair kept in {@code dir} (PKCS#8 and X.509 DER files), created there on first use, so that a local
     * issuer and the commands that sign demo tokens share one key across processes and restarts.
     */
    static KeyPair loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("signing-key.pk8");
        Path publicFile = dir.resolve("signing-key.x509");
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyPair fresh = generate();
                Files.createDirectories(dir);
                Files.write(publicFile, fresh.getPublic().getEncoded());
                Files.write(privateFile, fresh.getPrivate().getEncoded());
                return fresh;
            }
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile))));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load or create the signing key in " + dir, e);
        }
    }
}
