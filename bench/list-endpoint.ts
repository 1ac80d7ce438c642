/**
 * Benchmark: public list endpoints through the platform (express + Payload handleEndpoints),
 * against a bare reference server (node http + pg running the same SQL) on the same database, in
 * the same run. Loopback only; bounded in time. Two lists of BENCH_DOCS documents each:
 * - media (`/api/media?limit=20&depth=1`): an upload collection with localized alt/caption;
 * - restaurants (`/api/restaurants?limit=20&depth=1`): a localized collection (fr + en rows per
 *   document) whose image is populated.
 *
 *   npm run bench                      BENCH_DOCS=2000 BENCH_SECONDS=10 BENCH_CONNECTIONS=10
 *   BENCH_LISTS=restaurants            only the lists named (comma-separated)
 *   BENCH_WITHOUT_JOIN_INDEXES=1       first undoes the join-indexes migration (before/after)
 *
 * The project runs twice per list: as configured (anonymous read cache on, PUBLIC_CACHE_TTL_MS)
 * and with the cache off, to show what Payload's own read path costs.
 *
 * BENCH_PROFILE=<file.cpuprofile> writes a CPU profile of the uncached measured run (first list).
 *
 * Prints req/s, p50 and p99 for each, the PostgreSQL CPU time per request (all backends of the
 * cluster, from /proc), then per list `<list> ratio: <project req/s ÷ reference req/s>` with and
 * without the read cache.
 *
 * Write scenario: `BENCH_WRITE_CONNECTIONS` (default 50) concurrent `PATCH /api/users/:id` by an
 * admin (API key) over `BENCH_WRITE_USERS` users, against a reference that runs the UPDATE in a
 * transaction with bare pg (same pool size). Any non-2xx answer (a starved pool answers 503) fails
 * the run. Prints `write ratio: <project ÷ reference>`.
 */
import type { AddressInfo } from 'node:net'

import autocannon from 'autocannon'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { startEmbeddedPostgres } from '../src/db/embedded-postgres'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV ??= 'production'
process.env.LOG_LEVEL = 'warn'
process.env.JOBS_AUTORUN = 'false'
process.env.PAYLOAD_SECRET ??= 'bench-secret-0123456789abcdef'

const DOCS = Number(process.env.BENCH_DOCS ?? 2000)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10)
const LISTS = (process.env.BENCH_LISTS ?? 'media,restaurants').split(',').map((l) => l.trim()).filter(Boolean)
const WITHOUT_JOIN_INDEXES = process.env.BENCH_WITHOUT_JOIN_INDEXES === '1'
const WRITE_CONNECTIONS = Number(process.env.BENCH_WRITE_CONNECTIONS ?? 50)
const WRITE_USERS = Number(process.env.BENCH_WRITE_USERS ?? 200)

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })

async function seedMedia(url: string) {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined) // reported by the query that fails
  await client.connect()
  await client.query(`
    INSERT INTO media (filename, url, mime_type, filesize, width, height, focal_x, focal_y,
      sizes_thumbnail_url, sizes_thumbnail_width, sizes_thumbnail_height, sizes_thumbnail_mime_type, sizes_thumbnail_filename,
      created_at, updated_at)
    SELECT 'photo-' || g || '.jpg', '/api/media/file/photo-' || g || '.jpg', 'image/jpeg', 120000 + g, 1200, 800, 50, 50,
      '/api/media/file/photo-' || g || '-300x300.webp', 300, 300, 'image/webp', 'photo-' || g || '-300x300.webp',
      now() - (g || ' seconds')::interval, now()
    FROM generate_series(1, ${DOCS}) g;
    INSERT INTO media_locales (alt, caption, _locale, _parent_id)
    SELECT 'Photo ' || id, 'Légende ' || id, 'fr', id FROM media;
    ANALYZE media; ANALYZE media_locales;`)
  await client.end()
}

/**
 * `count` copies of one document (columns read from the catalog, so the copy follows the
 * collection's schema), each with the template's `_locales` rows; created_at spread over time.
 */
async function cloneDocument(url: string, table: string, templateId: number, count: number) {
  const client = new pg.Client({ connectionString: url })
  client.on('error', () => undefined)
  await client.connect()
  const columnsOf = async (t: string) =>
    (await client.query<{ c: string }>(`SELECT column_name AS c FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name NOT IN ('id', '_parent_id') ORDER BY ordinal_position`, [t])).rows.map((r) => `"${r.c}"`)
  const cols = await columnsOf(table)
  const values = cols.map((c) => (c === '"created_at"' ? `now() - (g || ' seconds')::interval` : `t.${c}`))
  await client.query(`INSERT INTO "${table}" (${cols.join(', ')}) SELECT ${values.join(', ')} FROM "${table}" t, generate_series(1, ${count}) g WHERE t.id = $1`, [templateId])
  const localeCols = await columnsOf(`${table}_locales`)
  await client.query(
    `INSERT INTO "${table}_locales" (${localeCols.join(', ')}, _parent_id) SELECT ${localeCols.map((c) => `l.${c}`).join(', ')}, d.id FROM "${table}" d JOIN "${table}_locales" l ON l._parent_id = $1 WHERE d.id <> $1`,
    [templateId],
  )
  await client.query(`ANALYZE "${table}"; ANALYZE "${table}_locales"`)
  await client.end()
}

type ListReference = { list: string; count: string; map: (row: Record<string, unknown>) => unknown }

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** The bare reference lists: the same rows (fr locale, image populated) mapped to the same JSON shape. */
const REFERENCES: Record<string, ListReference> = {
  media: {
    list: `SELECT m.*, l.alt, l.caption FROM media m
           LEFT JOIN media_locales l ON l._parent_id = m.id AND l._locale = 'fr'
           WHERE m.visibility = 'public' OR m.visibility IS NULL
           ORDER BY m.created_at DESC LIMIT $1 OFFSET 0`,
    count: `SELECT count(*)::int AS n FROM media WHERE visibility = 'public' OR visibility IS NULL`,
    map: (r) => ({
      id: r.id,
      alt: r.alt,
      caption: r.caption,
      uploadedBy: r.uploaded_by_id,
      updatedAt: r.updated_at,
      createdAt: r.created_at,
      url: r.url,
      thumbnailURL: r.sizes_thumbnail_url,
      filename: r.filename,
      mimeType: r.mime_type,
      filesize: Number(r.filesize),
      width: Number(r.width),
      height: Number(r.height),
      focalX: Number(r.focal_x),
      focalY: Number(r.focal_y),
      sizes: { thumbnail: { url: r.sizes_thumbnail_url, width: 300, height: 300, mimeType: r.sizes_thumbnail_mime_type, filename: r.sizes_thumbnail_filename } },
    }),
  },
  restaurants: {
    list: `SELECT r.*, l.description, to_jsonb(m) || jsonb_build_object('alt', ml.alt, 'caption', ml.caption) AS image
           FROM restaurants r
           LEFT JOIN restaurants_locales l ON l._parent_id = r.id AND l._locale = 'fr'
           LEFT JOIN media m ON m.id = r.image_id
           LEFT JOIN media_locales ml ON ml._parent_id = m.id AND ml._locale = 'fr'
           ORDER BY r.created_at DESC LIMIT $1 OFFSET 0`,
    count: `SELECT count(*)::int AS n FROM restaurants`,
    map: (r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [camel(k), k === 'image' && v ? Object.fromEntries(Object.entries(v as object).map(([ik, iv]) => [camel(ik), iv])) : v])),
  },
}

/** The reference server for one list: its query and its count, answered like Payload's list. */
function referenceServer(url: string, ref: ListReference) {
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  pool.on('error', () => undefined) // idle clients see the database stop at the end
  const server = http.createServer(async (req, res) => {
    const limit = 20
    const [rows, count] = await Promise.all([pool.query(ref.list, [limit]), pool.query(ref.count)])
    const totalDocs = count.rows[0].n as number
    const docs = rows.rows.map(ref.map)
    const body = JSON.stringify({ docs, totalDocs, limit, totalPages: Math.ceil(totalDocs / limit), page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: totalDocs > limit, prevPage: null, nextPage: 2 })
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) })
    res.end(body)
    void req
  })
  return { server, close: () => pool.end() }
}

/** CPU time (ms) used so far by the cluster's backends (children of the postmaster), from /proc. */
function postgresCpuMs(postmaster: number | undefined): number {
  if (!postmaster || !fs.existsSync('/proc')) return NaN
  const tick = 1000 / 100 // USER_HZ is 100 on Linux
  let total = 0
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      // backends: utime + stime; the postmaster also counts the backends that ended (cutime + cstime)
      if (Number(entry) === postmaster) total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * tick
      else if (ppid === postmaster) total += (Number(fields[11]) + Number(fields[12])) * tick
    } catch {
      // the process ended meanwhile
    }
  }
  return total
}

/** The write reference: the same profile update, in a transaction, with bare pg. */
function writeReferenceServer(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_MAX ?? 10) })
  pool.on('error', () => undefined)
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', async () => {
      const id = Number(req.url?.split('/').pop())
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as { firstName?: string }
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const r = await client.query('UPDATE users SET first_name = $1, updated_at = now() WHERE id = $2 RETURNING id, email, first_name, updated_at', [body.firstName, id])
        await client.query('COMMIT')
        const out = JSON.stringify({ doc: r.rows[0], message: 'Updated successfully.' })
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) })
        res.end(out)
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined)
        res.writeHead(500).end(String(err))
      } finally {
        client.release()
      }
    })
  })
  return { server, close: () => pool.end() }
}

/** Concurrent PATCHes spread over `ids`; any non-2xx fails the run. */
async function driveWrites(name: string, base: string, ids: number[], headers: Record<string, string>) {
  let n = 0
  const run = (duration: number) =>
    autocannon({
      url: base,
      connections: WRITE_CONNECTIONS,
      duration,
      requests: [
        {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', ...headers },
          setupRequest: (req: Record<string, unknown>) => {
            n++
            return { ...req, path: `/api/users/${ids[n % ids.length]}`, body: JSON.stringify({ firstName: `Bench ${n}` }) }
          },
        },
      ],
    })
  await run(2)
  const r = await run(SECONDS)
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors, ${r.timeouts} timeouts`)
  console.log(`${name.padEnd(10)} req/s ${r.requests.average.toFixed(0).padStart(6)}   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms`)
  return r.requests.average
}

const listen = (server: http.Server) =>
  new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)))

/** Writes a CPU profile of this process while `run` runs (for finding what limits the project). */
async function profiled<T>(file: string, run: () => Promise<T>): Promise<T> {
  const { Session } = await import('node:inspector/promises')
  const session = new Session()
  session.connect()
  await session.post('Profiler.enable')
  await session.post('Profiler.start')
  try {
    return await run()
  } finally {
    const { profile } = await session.post('Profiler.stop')
    fs.writeFileSync(file, JSON.stringify(profile))
    session.disconnect()
  }
}

async function drive(name: string, url: string, postmaster: number | undefined, profileFile?: string) {
  // warm-up, then the measured run
  await autocannon({ url, connections: CONNECTIONS, duration: 2 })
  const measure = () => autocannon({ url, connections: CONNECTIONS, duration: SECONDS })
  const cpuBefore = postgresCpuMs(postmaster)
  const r = profileFile ? await profiled(profileFile, measure) : await measure()
  const pgPerRequest = (postgresCpuMs(postmaster) - cpuBefore) / r.requests.total
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`)
  console.log(`${name.padEnd(10)} req/s ${r.requests.average.toFixed(0).padStart(6)}   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   postgres CPU ${pgPerRequest.toFixed(2)} ms/req`)
  return r.requests.average
}

async function main() {
  const db = await startEmbeddedPostgres({ dataDir: path.join(os.tmpdir(), `vibe-bench-${process.pid}`), port: await freePort(), ephemeral: true })
  try {
    await db.createDatabase('bench')
    const url = db.urlFor('bench')
    const { buildVibeConfig } = await import('../src/config/build-config')
    const { bootPayload, closePayload } = await import('../src/runtime/boot')
    const { createApp } = await import('../src/http/app')
    const payload = await bootPayload({ config: buildVibeConfig({ databaseUrl: url }), seed: false })
    if (WITHOUT_JOIN_INDEXES) {
      // the schema as it was before the join indexes (for before/after numbers)
      const { down } = await import('../src/migrations/20261203_051241_join_indexes')
      await down({ db: payload.db.drizzle, payload, req: {} } as never)
    }
    await seedMedia(url)
    if (LISTS.includes('restaurants')) {
      const { WEEK } = await import('../src/plugins/delivery/seed')
      const image = await payload.find({ collection: 'media', limit: 1, depth: 0, overrideAccess: true })
      const template = await payload.create({
        collection: 'restaurants',
        data: { name: 'Bench Bistro', description: 'Cuisine du marché', image: image.docs[0].id, address: '1 Rue de Rivoli, 75001 Paris', latitude: 48.86, longitude: 2.34, phone: '+33140000000', openingHours: WEEK('11:00', '23:00') } as never,
        locale: 'fr',
        overrideAccess: true,
      })
      await payload.update({ collection: 'restaurants', id: template.id, data: { description: 'Market cooking' } as never, locale: 'en', overrideAccess: true })
      await cloneDocument(url, 'restaurants', template.id as number, DOCS - 1)
    }
    const generous = { windowMs: 60_000, limit: 10_000_000 }
    const rateLimits = { auth: generous, publicWrite: generous }
    // the platform as it runs (anonymous read cache on), and the same without the cache
    const projectServer = http.createServer(createApp({ payload, quiet: true, rateLimits }))
    const projectUrl = await listen(projectServer)
    const uncachedServer = http.createServer(createApp({ payload, quiet: true, rateLimits, publicCache: { ttlMs: 0 } }))
    const uncachedUrl = await listen(uncachedServer)

    console.log(
      `lists of ${DOCS} documents, limit=20&depth=1, ${CONNECTIONS} connections, ${SECONDS}s each, node ${process.version}, ${os.cpus().length} cores${WITHOUT_JOIN_INDEXES ? ', WITHOUT the join indexes' : ''}`,
    )
    const ratios: string[] = []
    for (const [i, list] of LISTS.entries()) {
      const reference = REFERENCES[list]
      if (!reference) throw new Error(`BENCH_LISTS: unknown list ${list} (${Object.keys(REFERENCES).join(', ')})`)
      const route = `/api/${list}?limit=20&depth=1`
      for (const base of [projectUrl, uncachedUrl]) {
        const check = await (await fetch(`${base}${route}`)).json()
        if (check.docs?.length !== 20 || check.totalDocs !== DOCS) throw new Error(`unexpected project answer: ${JSON.stringify(check).slice(0, 200)}`)
      }
      const ref = referenceServer(url, reference)
      const refUrl = await listen(ref.server)
      console.log(`GET ${route}`)
      const uncached = await drive('no cache', `${uncachedUrl}${route}`, db.pid(), i === 0 ? process.env.BENCH_PROFILE : undefined)
      const project = await drive('project', `${projectUrl}${route}`, db.pid())
      const bare = await drive('reference', `${refUrl}/`, db.pid())
      ratios.push(`${list} ratio without the anonymous read cache: ${(uncached / bare).toFixed(3)}`, `${list} ratio: ${(project / bare).toFixed(3)}`)
      console.log(ratios.slice(-2).join('\n'))
      ref.server.close()
      ref.server.closeAllConnections()
      await ref.close()
    }

    // writes: PATCH /api/users/:id by an admin, WRITE_CONNECTIONS at once
    const admin = await payload.create({
      collection: 'users',
      data: { email: 'bench-admin@bench.local', password: 'bench-password-1', roles: ['admin'], _verified: true, enableAPIKey: true, apiKey: 'bench-api-key-0123456789' } as never,
      disableVerificationEmail: true,
      overrideAccess: true,
    })
    const ids: number[] = []
    for (let i = 0; i < WRITE_USERS; i++) {
      const u = await payload.db.create({ collection: 'users', data: { email: `writer-${i}@bench.local`, roles: ['participant'], active: true, _verified: true, preferredLocale: 'fr' } })
      ids.push(u.id as number)
    }
    const auth = { authorization: `users API-Key bench-api-key-0123456789` }
    const probe = await fetch(`${uncachedUrl}/api/users/${ids[0]}`, { method: 'PATCH', headers: { 'content-type': 'application/json', ...auth }, body: '{"firstName":"probe"}' })
    if (probe.status !== 200) throw new Error(`unexpected project write answer: ${probe.status} ${(await probe.text()).slice(0, 200)}`)
    void admin
    const writeRef = writeReferenceServer(url)
    const writeRefUrl = await listen(writeRef.server)
    console.log(`PATCH /api/users/:id over ${WRITE_USERS} users, ${WRITE_CONNECTIONS} connections, ${SECONDS}s each, pool ${process.env.DATABASE_POOL_MAX ?? 10}`)
    const projectWrites = await driveWrites('project', uncachedUrl, ids, auth)
    const referenceWrites = await driveWrites('reference', writeRefUrl, ids, {})
    console.log(`write ratio: ${(projectWrites / referenceWrites).toFixed(3)}`)
    writeRef.server.close()
    writeRef.server.closeAllConnections()
    await writeRef.close()

    for (const server of [projectServer, uncachedServer]) {
      server.close()
      server.closeAllConnections()
    }
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
