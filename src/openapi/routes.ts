/**
 * `GET /api/openapi.json` (the document of the running config) and `GET /api/docs` (Swagger UI served
 * from this server's own node_modules: no CDN, works offline and behind a strict CSP).
 */
import type { Payload } from 'payload'

import express, { type Router } from 'express'
import { createRequire } from 'node:module'
import path from 'node:path'

import { buildOpenApiDocument, type OpenApiDocument } from './document'

const require = createRequire(import.meta.url)

/** The only files of swagger-ui-dist the page needs. */
const ASSETS = ['swagger-ui.css', 'swagger-ui-bundle.js', 'favicon-32x32.png', 'favicon-16x16.png']

const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Swagger UI sets style attributes from its scripts
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ')

export function docsPage(docsPath: string, title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${docsPath}/assets/swagger-ui.css">
<link rel="icon" type="image/png" href="${docsPath}/assets/favicon-32x32.png" sizes="32x32">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${docsPath}/assets/swagger-ui-bundle.js"></script>
<script src="${docsPath}/init.js"></script>
</body>
</html>
`
}

/** The page's only script of its own (a file, so that the CSP needs no 'unsafe-inline' for scripts). */
const initScript = (documentUrl: string) => `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(documentUrl)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  // the public validator badge would call another host
  validatorUrl: null,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
  docExpansion: 'none',
  filter: true,
  tryItOutEnabled: false,
  withCredentials: true,
})
`

export function apiDocsRoutes(payload: Payload): Router {
  const router = express.Router()
  const api = payload.config.routes.api
  const docsPath = `${api}/docs`
  const documentUrl = `${api}/openapi.json`
  const assetsDir = path.dirname(require.resolve('swagger-ui-dist/package.json'))
  let document: OpenApiDocument | undefined
  let body: string | undefined

  router.get(documentUrl, (_req, res) => {
    // the config does not change while the process runs: built once, on first use
    document ??= buildOpenApiDocument(payload.config)
    body ??= JSON.stringify(document)
    res.type('application/json').setHeader('Cache-Control', 'no-cache')
    res.send(body)
  })

  const page = docsPage(docsPath, 'Vibe Platform API')
  router.get([docsPath, `${docsPath}/`], (_req, res) => {
    res.setHeader('Content-Security-Policy', DOCS_CSP)
    res.type('html').send(page)
  })
  router.get(`${docsPath}/init.js`, (_req, res) => {
    res.setHeader('Content-Security-Policy', DOCS_CSP)
    res.type('application/javascript').send(initScript(documentUrl))
  })
  router.get(`${docsPath}/assets/:file`, (req, res, next) => {
    if (!ASSETS.includes(req.params.file)) return next()
    res.setHeader('Content-Security-Policy', DOCS_CSP)
    res.sendFile(req.params.file, { root: assetsDir, maxAge: '1d' })
  })
  return router
}
