# syntax=docker/dockerfile:1
# Planspor: API and web UI in one Node.js process. Build:  docker build -t planspor .
# Run with PGlite (one instance, data in a volume):  docker run -p 3000:3000 -v planspor-data:/data planspor
# With PostgreSQL and several instances: compose.yaml. Details: docs/OPERATIONS.md.

ARG NODE_IMAGE=node:20-bookworm-slim

# Everything, dev dependencies included, to build the web UI (Vite), the server bundle (esbuild)
# and the PGlite template for new data folders: all three land in dist/.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The production dependencies alone: the bundle leaves its packages external and needs no dev one
# at run time (Vite is loaded only by `serve --build-if-missing`, which the image never runs).
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    PLANSPOR_DATA=/data \
    LOG_LEVEL=info
WORKDIR /app
# What the bundle reads at run time, found from the project root (a folder with package.json and
# plans/): the built UI and bundle, the built-in plans, the migrations. No TypeScript sources, so
# bin/planspor.js always finds the bundle fresh.
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json package-lock.json ./
COPY bin ./bin
COPY scripts/server-bundle.js ./scripts/server-bundle.js
COPY plans ./plans
COPY src/db/migrations ./src/db/migrations
# `planspor …` for the CLI inside the container (`docker compose exec app planspor user create …`),
# straight to the bundle. The data folder belongs to the unprivileged user the server runs as.
RUN printf '#!/bin/sh\nexec node /app/dist/server/planspor.js "$@"\n' > /usr/local/bin/planspor \
    && chmod 755 /usr/local/bin/planspor \
    && mkdir -p /data \
    && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# `planspor serve` finishes the requests in flight on SIGTERM, then closes the database, within
# PLANSPOR_SHUTDOWN_TIMEOUT_MS (10 s): give `docker stop` more than that (`--stop-timeout 15`;
# compose.yaml's stop_grace_period), or it kills the process first.
STOPSIGNAL SIGTERM
# Node's own fetch: the slim image has no curl. 503 (database down) or no answer is unhealthy.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/api/health`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "/app/dist/server/planspor.js", "serve"]
