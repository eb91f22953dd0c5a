#!/bin/sh
# Lints the container files (Dockerfile, compose.yaml, deploy/Caddyfile) with the linters that can
# run here; none of them needs a Docker engine. Each missing tool is reported as skipped, each
# failure makes the exit code non-zero.
#   dockerfile-utils  (npm, pinned; the Dockerfile validator of VS Code's Docker support)
#   hadolint          (when installed: not in Debian or npm, so usually skipped)
#   docker compose config, or docker-compose config (Debian's docker-compose)
#   caddy validate    (Debian's caddy)
#   ShellCheck        (on this script)
set -u
cd "$(dirname "$0")/.." || exit 2

failed=0
ran() { printf 'ok       %s\n' "$1"; }
skip() { printf 'skipped  %s (%s)\n' "$1" "$2"; }
fail() {
  printf 'FAILED   %s\n' "$1"
  failed=1
}
have() { command -v "$1" >/dev/null 2>&1; }

if npx --yes dockerfile-utils@0.16.3 lint Dockerfile; then ran "dockerfile-utils lint Dockerfile"; else fail "dockerfile-utils lint Dockerfile"; fi

if have hadolint; then
  if hadolint Dockerfile; then ran "hadolint Dockerfile"; else fail "hadolint Dockerfile"; fi
else
  skip "hadolint" "not installed"
fi

# The compose file's variables need no values to be checked; quiet the warnings about them.
export POSTGRES_PASSWORD="${POSTGRES_PASSWORD:-lint}"
if docker compose version >/dev/null 2>&1; then
  if docker compose config -q; then ran "docker compose config"; else fail "docker compose config"; fi
elif have docker-compose; then
  if docker-compose config -q; then ran "docker-compose config"; else fail "docker-compose config"; fi
else
  skip "compose config" "neither docker compose nor docker-compose is installed (apt-get install docker-compose)"
fi

if have caddy; then
  if caddy validate --config deploy/Caddyfile --adapter caddyfile >/dev/null 2>&1; then
    ran "caddy validate deploy/Caddyfile"
  else
    caddy validate --config deploy/Caddyfile --adapter caddyfile
    fail "caddy validate deploy/Caddyfile"
  fi
else
  skip "caddy validate" "caddy not installed (apt-get install caddy)"
fi

if have shellcheck; then
  if shellcheck scripts/lint-docker.sh; then ran "shellcheck scripts/lint-docker.sh"; else fail "shellcheck scripts/lint-docker.sh"; fi
else
  skip "shellcheck" "not installed (apt-get install shellcheck)"
fi

exit "$failed"
