/**
 * One PostgreSQL per test run (embedded, or the server of TEST_DATABASE_URL), and one template
 * database with the committed migrations applied. Each test file clones the template
 * (CREATE DATABASE … TEMPLATE), which takes a fraction of a second.
 */
import type { TestProject } from 'vitest/node'

import { spawn } from 'node:child_process'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../src/db/embedded-postgres'

const TEMPLATE = `vibe_template_${process.pid}`

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string
    templateDatabase: string
  }
}

let embedded: EmbeddedDatabase | undefined

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl })
  client.on('error', () => undefined) // reported by the query that fails
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/**
 * embedded-postgres registers async-exit-hook, whose `beforeExit` handler calls process.exit(0):
 * that would turn a failing run (process.exitCode = 1) into a success. Keep the failing code.
 */
function keepFailingExitCode() {
  const exit = process.exit.bind(process)
  process.exit = ((code?: number | string | null) =>
    exit(code === 0 && process.exitCode ? process.exitCode : (code ?? undefined))) as typeof process.exit
}

export default async function setup(project: TestProject) {
  keepFailingExitCode()
  ;(process.env as Record<string, string>).NODE_ENV = 'test'
  process.env.PAYLOAD_SECRET ??= 'test-secret-0123456789abcdef'
  process.env.LOG_LEVEL ??= 'warn'
  process.env.JOBS_AUTORUN = 'false'
  let adminUrl: string
  const external = process.env.TEST_DATABASE_URL
  if (external) {
    const url = new URL(external)
    url.pathname = '/postgres'
    adminUrl = url.toString()
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `vibe-test-pg-${process.pid}`),
      port: await freePort(),
      ephemeral: true,
    })
    adminUrl = embedded.adminUrl
  }
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`)
  await adminQuery(adminUrl, `CREATE DATABASE ${TEMPLATE}`)
  const templateUrl = new URL(adminUrl)
  templateUrl.pathname = `/${TEMPLATE}`

  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/setup/migrate-template.ts')], {
      stdio: 'inherit',
      env: { ...process.env, TEMPLATE_DATABASE_URL: templateUrl.toString() },
    })
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`migrating the template database failed (exit ${code})`))))
  })

  project.provide('pgAdminUrl', adminUrl)
  project.provide('templateDatabase', TEMPLATE)

  return async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`).catch(() => undefined)
    await embedded?.stop()
  }
}
