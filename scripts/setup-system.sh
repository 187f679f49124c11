#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (PostgreSQL, Chromium) when they are
# missing. Idempotent; a no-op when everything is there. Needs root (as on CI).
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] || need+=(postgresql)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "setup-system: installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "setup-system: missing ${need[*]} (run as root to install); the tests that need them will be skipped"
  fi
fi
