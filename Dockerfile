# syntax=docker/dockerfile:1
# Accord API image: dependencies from the npm registry only, built with pnpm + turbo, run as node on node:20-slim.
# Targets: `runtime` (the API; also runs `node apps/cli/dist/main.js migrate` for the compose migrate service).

FROM node:20-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true TURBO_TELEMETRY_DISABLED=1
# pnpm from the npm registry, the version package.json's packageManager names.
RUN npm install -g pnpm@10.34.8 && pnpm --version
WORKDIR /app

# Every workspace manifest first, so dependency layers stay cached while sources change.
FROM base AS manifests
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY patches ./patches
COPY apps/api/package.json apps/api/
COPY apps/cli/package.json apps/cli/
COPY packages/domain/package.json packages/domain/
COPY packages/db/package.json packages/db/
COPY packages/sdk/package.json packages/sdk/
COPY apps/web/package.json apps/web/

FROM manifests AS deps
# postinstall generates the Prisma client from the schema (offline; see packages/db/scripts/generate.js).
COPY prisma ./prisma
COPY packages/db/scripts ./packages/db/scripts
RUN pnpm install --frozen-lockfile

FROM deps AS build
COPY tsconfig.base.json turbo.json ./
COPY apps ./apps
COPY packages ./packages
RUN pnpm turbo run build --filter=@accord/api... --filter=@accord/cli --output-logs=errors-only

# Production dependencies only; install scripts off (the client is already generated into dist).
FROM manifests AS prod-deps
RUN pnpm install --frozen-lockfile --prod --ignore-scripts

FROM node:20-slim AS runtime
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/apps/api/node_modules ./apps/api/node_modules
COPY --from=prod-deps /app/apps/cli/node_modules ./apps/cli/node_modules
COPY --from=prod-deps /app/packages/db/node_modules ./packages/db/node_modules
COPY --from=prod-deps /app/packages/domain/node_modules ./packages/domain/node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/apps/api/package.json ./apps/api/
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/cli/package.json ./apps/cli/
COPY --from=build /app/apps/cli/dist ./apps/cli/dist
COPY --from=build /app/packages/db/package.json ./packages/db/
COPY --from=build /app/packages/db/dist ./packages/db/dist
COPY --from=build /app/packages/domain/package.json ./packages/domain/
COPY --from=build /app/packages/domain/dist ./packages/domain/dist
# The migrations the migrate command applies and /readyz compares against, and the SDK's trusted documents.
COPY --from=build /app/prisma ./prisma
# The explorer served at /: its built bundle only (no runtime dependencies).
COPY --from=build /app/apps/web/dist ./apps/web/dist
COPY --from=build /app/packages/sdk/trusted-documents.json ./packages/sdk/
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=15s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# A young generation of 4 MB: short-lived request garbage dies in scavenges instead of full collections (docs/limits.md).
CMD ["node", "--max-semi-space-size=4", "apps/api/dist/main.js"]
