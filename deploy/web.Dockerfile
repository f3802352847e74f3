# The built SPA behind nginx (deploy/nginx.conf). Only `vite build`: the CMS is not reachable
# while an image builds, so pages are not prerendered here; the SPA renders them in the browser.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@12.4.2
COPY . .
ARG VITE_CMS_URL
# The site's public address (README "Configuration"): web/vite.config.ts derives every URL from it.
ARG SITE_URL
RUN pnpm install --frozen-lockfile --filter web... && pnpm build:shared && pnpm --filter web exec vite build

FROM nginx:1.27-alpine
COPY --from=build /app/web/dist /usr/share/nginx/html
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
