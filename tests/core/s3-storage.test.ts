/** Media on S3-compatible storage: a local s3rver plays S3; a real file goes up and comes back. */
import type { AddressInfo } from 'node:net'

import { S3Client, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { pngBytes, userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'

const BUCKET = 'vibe-media'
let t: TestServer
let s3: { run: () => Promise<unknown>; close: () => Promise<void> }
let endpoint: string
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 's3rver-'))

beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: dir, configureBuckets: [{ name: BUCKET, configs: [] }] })
  const address = (await s3.run()) as unknown as AddressInfo
  endpoint = `http://127.0.0.1:${address.port}`
  t = await startTestServer({
    env: {
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
  })
})
afterAll(async () => {
  await t?.close()
  await s3?.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

it('uploads media to the bucket (with its sizes) and serves it back through /api', async () => {
  const me = await userSession(t.payload, t.api)
  const original = await pngBytes(640, 480)
  const form = new FormData()
  form.append('file', new Blob([original], { type: 'image/png' }), 'on-s3.png')
  form.append('_payload', JSON.stringify({ alt: 'Stored on S3' }))
  const res = await t.api.request('POST', '/api/media', { auth: me.auth, raw: form })
  expect(res.status).toBe(201)

  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } })
  const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))
  const keys = (listed.Contents ?? []).map((o) => o.Key)
  expect(keys).toContain('on-s3.png')
  expect(keys.some((k) => k?.startsWith('on-s3-300x300') && k.endsWith('.webp'))).toBe(true)
  const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'on-s3.png' }))
  expect(Buffer.from(await object.Body!.transformToByteArray()).equals(Buffer.from(original))).toBe(true)

  const served = await fetch(new URL(res.body.doc.url, t.url))
  expect(served.status).toBe(200)
  expect(Buffer.from(await served.arrayBuffer()).equals(Buffer.from(original))).toBe(true)
  // nothing was written to local disk
  expect(fs.existsSync(path.join(process.env.MEDIA_DIR as string, 'on-s3.png'))).toBe(false)
})
