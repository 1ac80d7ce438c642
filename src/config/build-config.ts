/**
 * Builds the whole Payload config: core collections, every enabled plugin, database, e-mail,
 * storage, jobs, i18n. Tests call it with their own database URL and plugin selection.
 */
import type { Config, Plugin } from 'payload'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { fileURLToPath } from 'node:url'

import { readableJson, readableJsonFields } from '../admin/fields'
import { AuditLog } from '../collections/audit-log'
import { Media } from '../collections/media'
import { Users } from '../collections/users'
import { guardEndpoints, refuseDeactivatedUsers } from '../collections/users/revocation'
import { auditTrail } from '../hooks/audit'
import { userIsAdmin } from '../access'
import { probeTask } from '../jobs/probe'
import { publicCacheInvalidation } from '../hooks/invalidate-public-cache'
import { numericIds } from './numeric-ids'
import { graphqlWhereChecks } from './graphql-where'
import { lockPayloadCollections } from './payload-collections'
import { applyQueryPathGuard } from './query-access'
import { storedValueRules } from './stored-values'
import { strictFieldTypes, strictFieldTypesOnPayloadCollections } from './strict-field-types'
import { readReplicaUrls } from '../db/replicas'
import { mapDatabaseErrors } from '../hooks/map-database-errors'
import { joinIndexes } from '../db/join-indexes'
import { env } from '../lib/env'
import { logger } from '../lib/logger'
import { named, PLUGINS } from '../plugins/registry'
import { buildEmailAdapter } from './email'
import { assertPayloadSecret, configSecret } from './payload-secret'
import { buildStoragePlugins } from './storage'
import { versionAccess } from './version-access'
import { addDashboardWidgets } from '../admin/dashboard'
import { SYSTEM_GROUP } from '../admin/visibility'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const srcDir = path.resolve(dirname, '..')

export type BuildOptions = {
  databaseUrl?: string
  /** Plugin names to leave out (in addition to VIBE_DISABLED_PLUGINS). */
  disabledPlugins?: string[]
  /** Create tables from the config instead of migrations (tests' template only). */
  push?: boolean
}

export const MAX_UPLOAD_BYTES = () => env.int('MAX_UPLOAD_BYTES', 10 * 1024 * 1024)

const LOOPBACK = ['localhost', '127.0.0.1']

/**
 * Outside production, a PUBLIC_URL on localhost also admits the admin opened at 127.0.0.1 (and the
 * reverse): Payload only takes the session cookie from the origins of its CSRF list.
 */
export function loopbackAliases(publicUrl: string | undefined): string[] {
  if (!publicUrl || env.isProduction) return []
  const url = new URL(publicUrl)
  if (!LOOPBACK.includes(url.hostname)) return []
  return LOOPBACK.filter((h) => h !== url.hostname).map((h) => `${url.protocol}//${h}${url.port ? `:${url.port}` : ''}`)
}

/**
 * Connection pool settings. Starvation must show, not freeze: a request that cannot get a
 * connection in `DATABASE_POOL_ACQUIRE_TIMEOUT_MS` fails (503 + Retry-After, see db/unavailable),
 * a statement running longer than `DATABASE_STATEMENT_TIMEOUT_MS` is cancelled, and a connection
 * left idle in a transaction longer than `DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS` is closed by
 * Postgres (its locks and its pool slot come back). 0 turns a timeout off.
 */
export function poolOptions(connectionString: string | undefined) {
  const positive = (name: string, fallback: number) => {
    const value = env.int(name, fallback)
    if (value < 0) throw new Error(`${name} must be 0 or more (milliseconds), got ${value}`)
    return value
  }
  return {
    connectionString,
    max: env.int('DATABASE_POOL_MAX', 10),
    connectionTimeoutMillis: positive('DATABASE_POOL_ACQUIRE_TIMEOUT_MS', 5_000),
    statement_timeout: positive('DATABASE_STATEMENT_TIMEOUT_MS', 30_000),
    idle_in_transaction_session_timeout: positive('DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', 60_000),
  }
}

/** The postgres adapter every process uses (tests build configs of their own around it too). */
export function databaseAdapter({ databaseUrl, push = false }: { databaseUrl?: string; push?: boolean }) {
  return postgresAdapter({
    pool: poolOptions(databaseUrl),
    // DATABASE_READ_URLS: replicas for anonymous reads only (db/replicas.ts routes everything else to the primary)
    readReplicas: readReplicaUrls().length ? readReplicaUrls() : undefined,
    push,
    migrationDir: path.resolve(srcDir, 'migrations'),
    // no `prodMigrations`: the adapter would migrate on connect in every process at once, unlocked;
    // bootPayload (server, worker) migrates under an advisory lock instead
    // an index for every join the adapter makes, on every table (present and future)
    beforeSchemaInit: [joinIndexes],
  })
}

export function enabledPlugins(disabled: string[] = []): Plugin[] {
  const off = new Set([...env.list('VIBE_DISABLED_PLUGINS'), ...disabled])
  return PLUGINS.filter((p) => !off.has(p.name)).map((p) => named(p.name, p.plugin()))
}

export function buildVibeConfig(options: BuildOptions = {}) {
  const databaseUrl = options.databaseUrl ?? env.str('DATABASE_URL')
  const config: Config = {
    // never throws here (`next build` has no secret): a refused secret stops Payload in onInit
    secret: configSecret(),
    serverURL: env.str('PUBLIC_URL'),
    admin: {
      user: Users.slug,
      meta: { titleSuffix: ' — Vibe Platform' },
      // Gravatar would call out to the Internet from every admin page; the avatar field is ours
      avatar: 'default',
      importMap: { baseDir: srcDir },
    },
    collections: [Users, Media, AuditLog],
    editor: lexicalEditor(),
    db: databaseAdapter({ databaseUrl, push: options.push }),
    email: buildEmailAdapter(),
    sharp,
    i18n: { supportedLanguages: { fr, en }, fallbackLanguage: 'fr' },
    localization: {
      locales: [
        { code: 'fr', label: 'Français' },
        { code: 'en', label: 'English' },
      ],
      defaultLocale: 'fr',
      fallback: true,
    },
    cors: env.list('CORS_ORIGINS').length ? env.list('CORS_ORIGINS') : undefined,
    csrf: [...env.list('CORS_ORIGINS'), ...loopbackAliases(env.str('PUBLIC_URL'))],
    upload: {
      limits: { fileSize: MAX_UPLOAD_BYTES() },
      abortOnLimit: true,
      responseOnLimit: `File too large: the limit is ${Math.round(MAX_UPLOAD_BYTES() / 1024)} KB.`,
    },
    // the playground loads its code from a CDN: not served (see src/http/app.ts)
    graphQL: { disablePlaygroundInProduction: true },
    hooks: { afterError: [mapDatabaseErrors] },
    onInit: (payload) => {
      assertPayloadSecret(payload.config.secret)
      // revoked access ends at once: deactivated users are nobody, dead credentials get a 401
      refuseDeactivatedUsers(payload)
      guardEndpoints(payload.config)
    },
    jobs: {
      tasks: [probeTask],
      // running jobs over REST (GET /api/payload-jobs/run) is for admins; the runner itself is jobs/runner.ts
      access: { run: ({ req }) => userIsAdmin(req.user) },
      jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
        ...defaultJobsCollection,
        // Payload adds this collection while sanitizing, after the plugins: its JSON gets the local editor here
        fields: readableJson(defaultJobsCollection.fields, false),
        // internal: in the System group, for admins
        admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !user?.roles?.includes('admin'), group: SYSTEM_GROUP },
      }),
      // In-process runner by default; `npm run worker` runs a dedicated one (set JOBS_AUTORUN=false on the web processes).
      autoRun: [{ cron: env.str('JOBS_CRON', '*/5 * * * * *') as string, allQueues: true, limit: 20 }],
      shouldAutoRun: () => env.bool('JOBS_AUTORUN', true),
    },
    typescript: { outputFile: path.resolve(srcDir, 'payload-types.ts') },
    telemetry: false,
    logger,
    // expected client errors are not server errors
    loggingLevels: { HttpError: 'info', UnverifiedEmail: 'info', APIError: 'info', AuthenticationError: 'info', LockedAuth: 'warn', ValidationError: 'info', Forbidden: 'info', NotFound: 'info' } as Config['loggingLevels'],
    plugins: [...enabledPlugins(options.disabledPlugins), ...buildStoragePlugins(), readableJsonFields, auditTrail, strictFieldTypes, storedValueRules, numericIds, versionAccess, publicCacheInvalidation],
  }
  // Payload adds its own collections (preferences, locks, jobs, migrations) while sanitizing: the
  // type checks, the query guard and their access rules are applied to the sanitized config so that they cover them
  // the core's own widget on the home dashboard; plugins add theirs (README: Dashboard widgets)
  const withWidgets = addDashboardWidgets(config, [
    { slug: 'platform-overview', Component: '/admin/dashboard/widgets/platform#PlatformWidget', label: { en: 'Platform', fr: 'Plateforme' }, roles: [], order: 90, width: 'medium' },
  ])
  return buildConfig(withWidgets)
    .then(strictFieldTypesOnPayloadCollections)
    .then(graphqlWhereChecks)
    .then((sanitized) => applyQueryPathGuard(lockPayloadCollections(sanitized)))
}
