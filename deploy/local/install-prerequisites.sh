#!/usr/bin/env bash
# What the local run needs beyond the repository: a JDK 17+, curl and a PostgreSQL server.
# Machines of this project's kind have them; this installs what is missing (Debian packages, as root).
set -euo pipefail
missing=()
command -v java > /dev/null || missing+=(openjdk-17-jdk-headless)
command -v curl > /dev/null || missing+=(curl)
command -v pg_ctlcluster > /dev/null || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    echo "    installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}"
fi
echo "    java, curl and PostgreSQL present"
