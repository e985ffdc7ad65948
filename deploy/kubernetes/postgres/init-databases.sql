-- Creates one database and one login role per owner: vacancy, talent, diversity (the services), gateway (its SLSF
-- snapshots and outbox) and keycloak.
-- Each role owns only its database and nobody else may connect to it, so a service can never read another's
-- data (see the architecture: "Each service has its own PostgreSQL database and never reads another's").
--
-- Run once by the postgres image's entrypoint, on the first start with an empty data directory, as the superuser
-- (Kubernetes: ConfigMap postgres-init; docker-compose: bind mount of this same file).
-- Passwords come from the environment (needs psql 15+ for \getenv), so this file holds no secret.
-- Role names must match the *_DB_USER / KC_DB_USERNAME settings.

\set ON_ERROR_STOP on

\set vacancy_password ''
\set talent_password ''
\set diversity_password ''
\set gateway_password ''
\set keycloak_password ''
\getenv vacancy_password VACANCY_DB_PASSWORD
\getenv talent_password TALENT_DB_PASSWORD
\getenv diversity_password DIVERSITY_DB_PASSWORD
\getenv gateway_password GATEWAY_DB_PASSWORD
\getenv keycloak_password KEYCLOAK_DB_PASSWORD

-- A role without a password can never log in, and the failure would only show much later in a service's log:
-- stop here instead. REPLACE_ME is the placeholder of secrets.env.example and .env.example.
SELECT :'vacancy_password' IN ('', 'REPLACE_ME')
    OR :'talent_password' IN ('', 'REPLACE_ME')
    OR :'diversity_password' IN ('', 'REPLACE_ME')
    OR :'gateway_password' IN ('', 'REPLACE_ME')
    OR :'keycloak_password' IN ('', 'REPLACE_ME') AS password_missing \gset
\if :password_missing
DO $$ BEGIN RAISE EXCEPTION 'VACANCY_DB_PASSWORD, TALENT_DB_PASSWORD, DIVERSITY_DB_PASSWORD, GATEWAY_DB_PASSWORD and KEYCLOAK_DB_PASSWORD must all be set (and not to REPLACE_ME)'; END $$;
\endif

CREATE ROLE vacancy LOGIN PASSWORD :'vacancy_password';
CREATE DATABASE vacancy OWNER vacancy;
REVOKE ALL ON DATABASE vacancy FROM PUBLIC;

CREATE ROLE talent LOGIN PASSWORD :'talent_password';
CREATE DATABASE talent OWNER talent;
REVOKE ALL ON DATABASE talent FROM PUBLIC;

CREATE ROLE diversity LOGIN PASSWORD :'diversity_password';
CREATE DATABASE diversity OWNER diversity;
REVOKE ALL ON DATABASE diversity FROM PUBLIC;

CREATE ROLE gateway LOGIN PASSWORD :'gateway_password';
CREATE DATABASE gateway OWNER gateway;
REVOKE ALL ON DATABASE gateway FROM PUBLIC;

CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
