/**
 * Regenerates the typed client's types (`clients/typescript/schema.d.ts`) from the OpenAPI document
 * of the configuration with every plugin enabled — the document `/api/openapi.json` serves.
 * No database is needed: `npm run generate:client`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { generateClientTypes } from '../clients/typescript/generate'
import { buildVibeConfig } from '../src/config/build-config'
import { buildOpenApiDocument } from '../src/openapi/document'

// the published client covers every plugin, whatever this machine disables
process.env.VIBE_DISABLED_PLUGINS = ''
const config = await buildVibeConfig({ databaseUrl: 'postgres://unused@127.0.0.1:1/unused' })
const out = path.resolve('clients/typescript/schema.d.ts')
fs.writeFileSync(out, await generateClientTypes(buildOpenApiDocument(config)))
console.log(`wrote ${path.relative(process.cwd(), out)}`)
process.exit(0)
