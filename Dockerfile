# syntax=docker/dockerfile:1
# The platform's image. Two targets:
#   platform (the default, last stage): the API plus the embedded engines (DynamoDB Local on Java,
#     anvil). With no settings at all it runs the demo: both engines as child processes, state
#     under /data. Given DYNAMODB_ENDPOINT and CHAIN_RPC_URL it runs against them and never starts
#     an engine (the binaries stay on disk, unused).
#   api (`--target api`): the same API without Java, DynamoDB Local or anvil, for production
#     deployments, which always name their external services.
# BASE_IMAGE lets CI build from a local equivalent of the official image (see scripts/test-container.mjs).
ARG BASE_IMAGE=node:22-bookworm-slim

FROM ${BASE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
# A build behind a TLS-intercepting proxy passes its CA bundle as the optional secret `build-ca`
# (scripts/test-container.mjs does); it is used for this step only and never lands in a layer.
RUN --mount=type=secret,id=build-ca,required=false \
    if [ -s /run/secrets/build-ca ]; then export npm_config_cafile=/run/secrets/build-ca; fi; \
    npm ci --no-audit --no-fund \
    # npm 10 (Node 22's) links no bin for forge and anvil: their platform packages declare the same name.
 && npm rebuild @foundry-rs/forge @foundry-rs/anvil
COPY . .
RUN npm run build && npm prune --omit=dev \
 && mkdir -p /engines/node_modules/@foundry-rs \
 && mv node_modules/amplify-dynamodb-simulator /engines/node_modules/ \
 && mv node_modules/@foundry-rs/anvil* /engines/node_modules/@foundry-rs/

FROM ${BASE_IMAGE} AS api
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tini \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --no-create-home --home-dir /data --uid 10001 --user-group eurt \
 && mkdir -p /data && chown eurt:eurt /data
WORKDIR /app
# No NODE_ENV here: the production profile is chosen by the deployment (deploy/kubernetes/overlays/production),
# so the image's own default run (the demo) is never refused by production's checks.
ENV DATA_DIR=/data PORT=3000
# Root owns the code (read-only to the process); the process writes only under /data.
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/mobile/www ./mobile/www
COPY --from=build /app/package.json ./
USER 10001:10001
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]

FROM api AS platform
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /engines/node_modules ./node_modules
# DynamoDB Local's launcher that binds it to 127.0.0.1 only (src/modules/data/infrastructure/dynamodb-local.ts).
COPY --from=build /app/engines ./engines
# The JVM keeps no perf data file in /tmp (read-only root filesystems have only /data writable).
ENV JAVA_TOOL_OPTIONS=-XX:-UsePerfData
USER 10001:10001
