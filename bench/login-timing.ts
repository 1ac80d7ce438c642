/**
 * Benchmark: how long `POST /api/users/login` takes for an unknown e-mail, a known e-mail with a
 * wrong password, and a correct login — the first two must not be told apart by their duration
 * (account enumeration). Real server and embedded PostgreSQL on loopback; sequential, bounded.
 *
 *   npm run bench:login                BENCH_LOGINS=20
 *
 * Prints the median and p90 of each kind, and the ratio unknown ÷ wrong password (1.0 is ideal).
 */
import type { AddressInfo } from 'node:net'

import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { startEmbeddedPostgres } from '../src/db/embedded-postgres'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
process.env.LOG_LEVEL = 'error'
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ??= 'bench-secret-0123456789abcdef'
// lockout on, as in production (a failed login writes its counter), but never reached
process.env.AUTH_MAX_LOGIN_ATTEMPTS = '1000000'

const LOGINS = Math.min(Number(process.env.BENCH_LOGINS ?? 20), 200)
const PASSWORD = 'bench-password-0123'

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]

async function main() {
  const db = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `vibe-bench-login-${process.pid}`), port: await freePort(), ephemeral: true })
  try {
    await db.createDatabase('bench')
    const { buildVibeConfig } = await import('../src/config/build-config')
    const { bootPayload, closePayload } = await import('../src/runtime/boot')
    const { createApp } = await import('../src/http/app')
    const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: db.urlFor('bench') }), seed: false })
    const email = 'known@bench.local'
    await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles: ['participant'], _verified: true } as never, disableVerificationEmail: true })
    const generous = { windowMs: 60_000, limit: 10_000_000 }
    const server = http.createServer(createApp({ payload, quiet: true, rateLimits: { auth: generous, publicWrite: generous } }))
    const url = await new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))

    const kinds = {
      'unknown e-mail': () => ({ email: `nobody-${Math.random().toString(36).slice(2)}@bench.local`, password: 'wrong-password-1' }),
      'wrong password': () => ({ email, password: 'wrong-password-1' }),
      'correct': () => ({ email, password: PASSWORD }),
    }
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((k) => [k, []]))
    // interleaved, after a warm-up round, so that drift hits every kind alike
    for (let i = -2; i < LOGINS; i++) {
      for (const [kind, body] of Object.entries(kinds)) {
        const start = performance.now()
        const res = await fetch(`${url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body()) })
        await res.arrayBuffer()
        if (i >= 0) times[kind].push(performance.now() - start)
      }
    }
    console.log(`${LOGINS} logins of each kind, node ${process.version}, ${os.cpus().length} cores`)
    for (const [kind, values] of Object.entries(times)) {
      console.log(`${kind.padEnd(15)} median ${quantile(values, 0.5).toFixed(1).padStart(7)} ms   p90 ${quantile(values, 0.9).toFixed(1).padStart(7)} ms`)
    }
    console.log(`ratio unknown ÷ wrong password (medians): ${(quantile(times['unknown e-mail'], 0.5) / quantile(times['wrong password'], 0.5)).toFixed(2)}`)
    server.close()
    server.closeAllConnections()
    await closePayload(payload)
  } finally {
    await db.stop()
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err)
    process.exit(1)
  },
)
