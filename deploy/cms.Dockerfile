# The CMS in production mode (server.js, Strapi's start without its CLI, on the built admin and server).
# Build from the repository root: docker compose -f deploy/docker-compose.yml build
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/* \
 && npm install -g pnpm@12.4.2
COPY . .
RUN pnpm install --frozen-lockfile --filter cms... \
 && pnpm build:shared \
 && NODE_ENV=production pnpm --filter cms exec strapi build \
 && pnpm deploy --filter cms --prod /out \
 && cp -r cms/dist /out/dist

FROM node:20-bookworm-slim
ENV NODE_ENV=production STRAPI_TELEMETRY_DISABLED=true HOST=0.0.0.0 PORT=1337
WORKDIR /app/cms
COPY --from=build /out ./
RUN mkdir -p public/uploads .tmp && chown -R node:node public .tmp
USER node
EXPOSE 1337
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:1337/_health').then(r=>process.exit(r.status===204?0:1),()=>process.exit(1))"
CMD ["node", "server.js"]
