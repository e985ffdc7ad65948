package uk.nhs.talent.testsupport;

import java.nio.file.Path;

/**
 * Prints a signed access token from the local run's development issuer, for demo data and for trying the API:
 * {@code --key-dir .local/oidc --issuer http://localhost:8180/realms/talent-pipeline --role hr-system
 * --org-codes RW3,REM} (or {@code --region Y62} for forum roles). Synthetic identities only.
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
        // The token is this command's output (captured as TOKEN=$(...)), not a log line.
        System.out.println(token.sign());
    }
}
