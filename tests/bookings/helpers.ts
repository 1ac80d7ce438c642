/** Shared test data for the bookings and events tests: events made through the Local API (trusted). */
import type { Payload } from 'payload'

import { randomUUID } from 'node:crypto'

import type { TestServer } from '../helpers/server'

import { sql } from '../../src/db/transaction'

export async function makeEvent(payload: Payload, organizerId: number, over: Record<string, unknown> = {}) {
  return (await payload.create({
    collection: 'events',
    data: {
      title: `Event ${randomUUID().slice(0, 8)}`,
      status: 'published',
      organizer: organizerId,
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3 * 3_600_000).toISOString(),
      access: 'free',
      capacity: 10,
      city: 'Cotonou',
      ...over,
    } as never,
    overrideAccess: true,
  })) as any
}

/** Raw SQL on the test database (time travel: move deadlines into the past). */
export async function exec(t: TestServer, query: ReturnType<typeof sql>) {
  const db = t.payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: any[] }> } }
  return (await db.drizzle.execute(query)).rows
}

export async function runJob(t: TestServer, task: string, queue = 'bookings') {
  await t.payload.jobs.queue({ task: task as 'bookings-expire', input: {}, queue })
  await t.payload.jobs.run({ queue, limit: 50 })
}

export const runPayments = (t: TestServer) => t.payload.jobs.run({ queue: 'payments', limit: 100 })

export const tokenOf = (client: any) => new URL(client.url).searchParams.get('token') as string

/** Pays a sandbox payment through its confirm page, then applies the event (job). */
export async function paySandbox(t: TestServer, payment: { paymentId: number; client: any }, action = 'pay') {
  const res = await t.api.request('POST', `/api/payments/sandbox/${payment.paymentId}/confirm`, {
    raw: new URLSearchParams({ token: tokenOf(payment.client), action }).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
  if (res.status !== 200) throw new Error(`sandbox confirm: ${res.status} ${res.text}`)
  await runPayments(t)
}

export async function several<T>(n: number, make: () => Promise<T>, batch = 8): Promise<T[]> {
  const out: T[] = []
  while (out.length < n) out.push(...(await Promise.all(Array.from({ length: Math.min(batch, n - out.length) }, make))))
  return out
}

export const registrationsOf = async (t: TestServer, eventId: number, collection = 'events') =>
  (await t.payload.find({ collection: 'booking-registrations', where: { and: [{ resourceCollection: { equals: collection } }, { resourceId: { equals: eventId } }] }, limit: 1000, depth: 0, sort: 'id' })).docs as any[]
