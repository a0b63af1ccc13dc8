# syntax=docker/dockerfile:1
# One container: the API with its embedded engines (DynamoDB Local on Java, anvil) for demos, or
# the API alone against real DynamoDB and an Ethereum node when DYNAMODB_ENDPOINT / CHAIN_RPC_URL are set.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless ca-certificates tini \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --create-home --uid 10001 eurt
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
COPY --from=build --chown=eurt:eurt /app/node_modules ./node_modules
COPY --from=build --chown=eurt:eurt /app/dist ./dist
COPY --from=build --chown=eurt:eurt /app/mobile/www ./mobile/www
COPY --from=build --chown=eurt:eurt /app/package.json ./
RUN mkdir -p /data && chown eurt:eurt /data
USER eurt
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/main.js"]
