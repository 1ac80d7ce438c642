# syntax=docker/dockerfile:1
# Multi-stage image: install, build the admin, run as a non-root user.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NODE_ENV=production
RUN npm run build && npm prune --omit=dev --no-audit --no-fund && npm install --no-save tsx

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 MEDIA_DIR=/app/media
RUN groupadd --system vibe && useradd --system --gid vibe --home /app vibe
COPY --from=build --chown=vibe:vibe /app/node_modules ./node_modules
COPY --from=build --chown=vibe:vibe /app/.next ./.next
COPY --from=build --chown=vibe:vibe /app/package.json /app/next.config.ts /app/tsconfig.json ./
COPY --from=build --chown=vibe:vibe /app/src ./src
COPY --from=build --chown=vibe:vibe /app/scripts ./scripts
RUN mkdir -p /app/media && chown vibe:vibe /app/media
USER vibe
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# migrations first, then the server (which also refuses to be ready with pending migrations)
CMD ["sh", "-c", "node_modules/.bin/tsx scripts/payload.ts migrate && exec node_modules/.bin/tsx src/server.ts"]
