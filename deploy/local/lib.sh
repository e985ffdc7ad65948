# Shared by the local run, the end-to-end tests and the benchmark: start background processes and wait until
# they are ready. Callers set LOGS and PIDS (directories).

KEYCLOAK_VERSION=26.7.3

step() { printf '\n==> %s\n' "$*"; }

start() { # name, command...
    local name="$1"; shift
    # Own session and process group: stopping it stops what it forked too (kc.sh runs Keycloak as a child).
    setsid "$@" > "$LOGS/$name.log" 2>&1 < /dev/null &
    echo $! > "$PIDS/$name.pid"
}

alive_or_fail() { # name
    kill -0 "$(cat "$PIDS/$1.pid")" 2>/dev/null && return 0
    tail -20 "$LOGS/$1.log"; echo "$1 died"; return 1
}

wait_for_log() { # name, text, seconds
    for _ in $(seq "$3"); do
        grep -q "$2" "$LOGS/$1.log" 2>/dev/null && return 0
        alive_or_fail "$1" || return 1
        sleep 1
    done
    tail -20 "$LOGS/$1.log"; echo "$1 not ready after $3 s"; return 1
}

wait_for_url() { # name, url, seconds
    for _ in $(seq "$3"); do
        curl -fs "$2" > /dev/null 2>&1 && return 0
        alive_or_fail "$1" || return 1
        sleep 1
    done
    tail -20 "$LOGS/$1.log"; echo "$1 not ready after $3 s"; return 1
}

wait_for_ready() { # name, port, seconds: Quarkus readiness
    wait_for_url "$1" "http://localhost:$2/q/health/ready" "$3"
}

stop_started() { # names... (in order)
    for name in "$@"; do
        local file="$PIDS/$name.pid"
        [ -f "$file" ] || continue
        local pid; pid="$(cat "$file")"
        if kill -0 "$pid" 2>/dev/null; then
            kill -- "-$pid" 2>/dev/null || kill "$pid"
            for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
            kill -9 -- "-$pid" 2>/dev/null || true
        fi
        rm -f "$file"
    done
}

# The tools class path: test-support's launchers (Kafka broker, token issuer, PostgreSQL admin).
tools_classpath() { # root, local dir
    "$1/mvnw" -q -B -ntp -f "$1/pom.xml" -pl test-support dependency:build-classpath \
        -Dmdep.outputFile="$2/tools.classpath" > /dev/null
    echo "$1/test-support/target/classes:$(cat "$2/tools.classpath")"
}

# Keycloak's distribution from Maven Central, unpacked once per checkout (about 190 MB).
install_keycloak() { # root → prints KEYCLOAK_HOME
    local home="$1/.local/keycloak-$KEYCLOAK_VERSION"
    if [ ! -x "$home/bin/kc.sh" ]; then
        "$1/mvnw" -q -B -ntp -f "$1/pom.xml" -N dependency:unpack \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
            -DoutputDirectory="$1/.local" -Dmdep.overWriteReleases=true > /dev/null
    fi
    echo "$home"
}
