package uk.nhs.talent.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a signed access token from the local run's development issuer to {@code --out <file>}, for demo data and
 * for trying the API: {@code --key-dir .local/oidc --issuer http://localhost:8180/realms/talent-pipeline --role
 * hr-system --org-codes RW3,REM --out .local/token} (or {@code --region Y62} for forum roles). Synthetic identities
 * only.
 */
public final class LocalToken {

    private LocalToken() {
    }

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        System.setProperty(SharedOidcProvider.KEY_DIR_PROPERTY,
                Path.of(arguments.value("--key-dir", ".local/oidc")).toAbsolutePath().toString());
        String role = arguments.value("--role", null);
        if (role == null) {
            throw new IllegalArgumentException("--role is required");
        }
        String orgCodes = arguments.value("--org-codes", null);
        String subject = orgCodes == null ? "demo-" + role : "hr-" + orgCodes.split(",")[0].toLowerCase();
        TestTokens.Builder token = TestTokens.subject(subject)
                .issuer(arguments.value("--issuer", "http://localhost:8180/realms/talent-pipeline"))
                .roles(role);
        if (orgCodes != null) {
            token.orgCodes(orgCodes.split(",")).authorizedParty(subject);
        }
        String region = arguments.value("--region", null);
        if (region != null) {
            token.region(region);
        }
        String file = arguments.value("--out", null);
        if (file == null) {
            throw new IllegalArgumentException("--out is required");
        }
        Path out = Path.of(file);
        try {
            Files.writeString(out, token.sign() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the token to " + out, e);
        }
    }
}
