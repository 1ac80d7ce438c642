/**
 * The ledger end to end with the offline sandbox provider: the confirm page, the inbox + job,
 * once-only handlers, crash recovery, expiry, refunds, idempotency, and access (REST + GraphQL).
 */
import { randomUUID } from 'node:crypto'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { RequestPaymentInput } from '../../src/plugins/payments'
import type { Auth } from '../helpers/client'

import { requestPayment } from '../../src/plugins/payments'
import { userSession } from '../helpers/fixtures'
import { startTestServer, type TestServer } from '../helpers/server'
import { fired } from './purpose'

let t: TestServer
let alice: { auth: Auth; user: any }
let bob: { auth: Auth; user: any }
let admin: { auth: Auth; user: any }

beforeAll(async () => {
  t = await startTestServer()
  alice = await userSession(t.payload, t.api, ['participant'])
  bob = await userSession(t.payload, t.api, ['customer'])
  admin = await userSession(t.payload, t.api, ['admin'])
})
afterAll(async () => {
  await t?.close()
})

async function open(user: any, over: Partial<RequestPaymentInput> = {}) {
  const req = await createLocalReq({ user }, t.payload)
  return requestPayment(req, {
    purpose: 'test.order',
    resource: { collection: 'users', id: user.id },
    payer: user.id,
    amount: 5000,
    currency: 'XOF',
    provider: 'sandbox',
    idempotencyKey: `order-${randomUUID()}`,
    description: 'Test order',
    ...over,
  })
}

const tokenOf = (client: any) => new URL(client.url).searchParams.get('token') as string
const confirm = (id: number, fields: Record<string, string>) =>
  t.api.request('POST', `/api/payments/sandbox/${id}/confirm`, {
    raw: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  })
const runJobs = () => t.payload.jobs.run({ queue: 'payments', limit: 50 })
const reconcile = async () => {
  await t.payload.jobs.queue({ task: 'payments-reconcile', input: {}, queue: 'payments' })
  await runJobs()
}
const payment = (id: number) => t.payload.findByID({ collection: 'payments', id, depth: 0 }) as Promise<any>
const events = async (id: number) =>
  (await t.payload.find({ collection: 'payment-events', where: { payment: { equals: id } }, depth: 0 })).docs as any[]

describe('sandbox payments through the inbox', () => {
  it('opens a payment with a clearly labelled confirm page and completes it through the job, once', async () => {
    const res = await open(alice.user)
    expect(res.status).toBe('pending')
    expect(res.client).toMatchObject({ type: 'sandbox', label: expect.stringMatching(/SANDBOX.*no real money/) })

    const page = await t.api.get(new URL((res.client as any).url).pathname + new URL((res.client as any).url).search)
    expect(page.status).toBe(200)
    expect(page.text).toContain('Sandbox — test payment · no real money is charged')
    expect(page.text).toContain('5000 XOF')

    // tampered form: the client "pays" 1 XOF; the ledger amount is what counts
    const done = await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay', amount: '1', currency: 'EUR' })
    expect(done.status).toBe(200)
    // stored, not yet applied
    expect((await payment(res.paymentId)).status).toBe('pending')
    expect(await events(res.paymentId)).toHaveLength(1)

    // the same confirmation again: stored once
    const again = await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })
    expect(again.text).toContain('already recorded')
    expect(await events(res.paymentId)).toHaveLength(1)

    await runJobs()
    await runJobs()
    const p = await payment(res.paymentId)
    expect(p).toMatchObject({ status: 'paid', amount: 5000, currency: 'XOF' })
    expect(p.statusHistory.map((h: any) => `${h.from ?? ''}>${h.to}:${h.by}`)).toEqual(['>pending:system', 'pending>paid:provider'])
    expect(fired.paid.get(res.paymentId)).toBe(1)
    const [ev] = await events(res.paymentId)
    expect(ev).toMatchObject({ result: 'applied', attempts: 1 })
    expect(ev.processedAt).toBeTruthy()
  })

  it('refuses a wrong sandbox token (404) and a bad action (400)', async () => {
    const res = await open(alice.user)
    expect((await confirm(res.paymentId, { token: 'nope', action: 'pay' })).status).toBe(404)
    expect((await confirm(res.paymentId, { token: tokenOf(res.client), action: 'steal' })).status).toBe(400)
    expect((await t.api.get(`/api/payments/sandbox/${res.paymentId}?token=nope`)).status).toBe(404)
    expect(await events(res.paymentId)).toHaveLength(0)
  })

  it('concurrent confirmations store one event and fire onPaid once', async () => {
    const res = await open(bob.user)
    const answers = await Promise.all(Array.from({ length: 6 }, () => confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })))
    expect(answers.every((a) => a.status === 200)).toBe(true)
    expect(await events(res.paymentId)).toHaveLength(1)
    // the apply job, then the reconciliation, which finds the payment again: onPaid still fires once.
    // Two runners on one queue at once are not safe in Payload 3 (one deletes a finished job the
    // other still updates): one runner per queue, as in production (see README, jobs).
    await runJobs()
    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('declining fails the payment and fires onFailed once; a later "pay" changes nothing', async () => {
    const res = await open(alice.user)
    await confirm(res.paymentId, { token: tokenOf(res.client), action: 'decline' })
    await runJobs()
    await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })
    await runJobs()
    const p = await payment(res.paymentId)
    expect(p.status).toBe('failed')
    expect(fired.failed.get(res.paymentId)).toBe(1)
    expect(fired.paid.get(res.paymentId)).toBeUndefined()
    const ignored = (await events(res.paymentId)).find((e) => e.eventId.endsWith(':pay'))
    expect(ignored).toMatchObject({ result: 'ignored', error: expect.stringContaining('failed payment is final') })
  })
})

describe('crash between storing and applying', () => {
  it('an event stored whose job never ran (lost) is applied by the next reconciliation run', async () => {
    const res = await open(alice.user)
    await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })
    // the process died: the queued job is gone
    await t.payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'payments-apply-event' } } })
    expect((await payment(res.paymentId)).status).toBe('pending')
    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('a job killed mid-apply rolls back entirely and a later run applies it once', async () => {
    const res = await open(bob.user)
    await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })
    fired.crashNextPaid = 1
    await runJobs()
    // nothing half-written: the status change was rolled back with the crash
    const mid = await payment(res.paymentId)
    expect(mid.status).toBe('pending')
    expect(mid.statusHistory).toHaveLength(1)
    const [ev] = await events(res.paymentId)
    expect(ev.processedAt ?? null).toBeNull()
    expect(ev).toMatchObject({ result: 'error', error: expect.stringContaining('simulated crash') })
    expect(fired.paid.get(res.paymentId)).toBeUndefined()

    await reconcile()
    expect((await payment(res.paymentId)).status).toBe('paid')
    expect(fired.paid.get(res.paymentId)).toBe(1)
    // the job's own retry, when it comes, finds the event processed and changes nothing
    await t.payload.update({ collection: 'payload-jobs', where: {}, data: { waitUntil: new Date(0).toISOString() } as never })
    await runJobs()
    expect(fired.paid.get(res.paymentId)).toBe(1)
  })

  it('expires open payments past their deadline, once', async () => {
    const res = await open(alice.user)
    await t.payload.update({ collection: 'payments', id: res.paymentId, data: { expiresAt: new Date(Date.now() - 60_000).toISOString() } as never })
    await reconcile()
    await reconcile()
    const p = await payment(res.paymentId)
    expect(p.status).toBe('expired')
    expect(p.statusHistory.at(-1)).toMatchObject({ from: 'pending', to: 'expired', by: 'system' })
    expect(fired.failed.get(res.paymentId)).toBe(1)
  })
})

describe('requestPayment', () => {
  it('returns the same payment for the same idempotency key and 409 for a different payment with it', async () => {
    const key = `order-${randomUUID()}`
    const a = await open(alice.user, { idempotencyKey: key })
    const b = await open(alice.user, { idempotencyKey: key })
    expect(b).toMatchObject({ paymentId: a.paymentId, reused: true })
    await expect(open(alice.user, { idempotencyKey: key, amount: 1 })).rejects.toMatchObject({ status: 409 })
  })

  it('rejects bad input and unknown purposes / providers with 400', async () => {
    await expect(open(alice.user, { amount: 10.5 })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('amount') })
    await expect(open(alice.user, { currency: 'EURO' })).rejects.toMatchObject({ status: 400 })
    await expect(open(alice.user, { purpose: 'nobody.registered' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Unknown payment purpose') })
    await expect(open(alice.user, { provider: 'stripe' })).rejects.toMatchObject({ status: 400, message: expect.stringContaining('not enabled') })
    await expect(open(alice.user, { provider: 'mtn-momo' as never })).rejects.toMatchObject({ status: 400 })
  })
})

describe('refunds', () => {
  async function paid(user: any, amount = 5000) {
    const res = await open(user, { amount })
    await confirm(res.paymentId, { token: tokenOf(res.client), action: 'pay' })
    await runJobs()
    return res.paymentId
  }

  it('only admins refund', async () => {
    const id = await paid(alice.user)
    expect((await t.api.post(`/api/payments/${id}/refund`, {})).status).toBe(401)
    expect((await t.api.post(`/api/payments/${id}/refund`, {}, alice.auth)).status).toBe(403)
    const editor = await userSession(t.payload, t.api, ['editor'])
    expect((await t.api.post(`/api/payments/${id}/refund`, {}, editor.auth)).status).toBe(403)
    expect((await payment(id)).status).toBe('paid')
  })

  it('refunds partially then fully, refuses too much and refunding twice', async () => {
    const id = await paid(bob.user)
    const part = await t.api.post(`/api/payments/${id}/refund`, { amount: 2000, reason: 'one ticket' }, admin.auth)
    expect(part.status).toBe(200)
    expect(part.body).toMatchObject({ status: 'partially_refunded', refundedAmount: 2000 })
    const tooMuch = await t.api.post(`/api/payments/${id}/refund`, { amount: 4000 }, admin.auth)
    expect(tooMuch.status).toBe(422)
    expect(tooMuch.body.errors[0].message).toContain('at most 3000')
    const bad = await t.api.post(`/api/payments/${id}/refund`, { amount: 'lots' }, admin.auth)
    expect(bad.status).toBe(400)
    const rest = await t.api.post(`/api/payments/${id}/refund`, {}, admin.auth)
    expect(rest.body).toMatchObject({ status: 'refunded', refundedAmount: 5000 })
    expect(rest.body.refunds.map((r: any) => r.amount)).toEqual([2000, 3000])
    const twice = await t.api.post(`/api/payments/${id}/refund`, {}, admin.auth)
    expect(twice.status).toBe(409)
    expect(twice.body.errors[0].message).toMatch(/refunded payment is final/)
    expect(fired.refunded.filter((r) => r.id === id).map((r) => r.amount)).toEqual([2000, 3000])
  })

  it('concurrent refunds never exceed the amount paid', async () => {
    const id = await paid(alice.user, 3000)
    const answers = await Promise.all(Array.from({ length: 5 }, () => t.api.post(`/api/payments/${id}/refund`, { amount: 1000 }, admin.auth)))
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3)
    expect(answers.filter((a) => a.status !== 200).every((a) => a.status === 409)).toBe(true)
    expect(await payment(id)).toMatchObject({ status: 'refunded', refundedAmount: 3000 })
  })

  it('control: without the row lock the same concurrent refunds give back more than was paid', async () => {
    process.env.PAYMENTS_REFUND_LOCK = 'off'
    try {
      let worst = 0
      for (let round = 0; round < 3 && worst <= 3; round++) {
        const id = await paid(alice.user, 3000)
        const answers = await Promise.all(Array.from({ length: 5 }, () => t.api.post(`/api/payments/${id}/refund`, { amount: 1000 }, admin.auth)))
        worst = Math.max(worst, answers.filter((a) => a.status === 200).length)
      }
      // more than three refunds of 1000 sent to the provider for a payment of 3000
      expect(worst).toBeGreaterThan(3)
    } finally {
      delete process.env.PAYMENTS_REFUND_LOCK
    }
  })

  it('refuses to refund a payment that is not paid (409) or does not exist (404)', async () => {
    const res = await open(alice.user)
    const r = await t.api.post(`/api/payments/${res.paymentId}/refund`, {}, admin.auth)
    expect(r.status).toBe(409)
    expect(r.body.errors[0].message).toContain('pending payment can only become')
    expect((await t.api.post('/api/payments/999999/refund', {}, admin.auth)).status).toBe(404)
    expect((await t.api.post('/api/payments/abc/refund', {}, admin.auth)).status).toBe(404)
  })
})

describe('access', () => {
  it('users see only their own payments, without secrets (REST)', async () => {
    const mine = await open(alice.user)
    const theirs = await open(bob.user)
    const list = await t.api.get('/api/payments?limit=100', alice.auth)
    expect(list.status).toBe(200)
    expect(list.body.docs.length).toBeGreaterThan(0)
    expect(list.body.docs.every((d: any) => (d.payer?.id ?? d.payer) === alice.user.id)).toBe(true)
    const one = await t.api.get(`/api/payments/${mine.paymentId}`, alice.auth)
    expect(one.status).toBe(200)
    expect(one.body.callbackToken).toBeUndefined()
    expect(one.body.providerData).toBeUndefined()
    expect((await t.api.get(`/api/payments/${theirs.paymentId}`, alice.auth)).status).toBe(404)
    expect((await t.api.get('/api/payments')).body.docs ?? []).toHaveLength(0)
    const all = await t.api.get('/api/payments?limit=200', admin.auth)
    expect(all.body.docs.some((d: any) => d.id === theirs.paymentId)).toBe(true)
  })

  it('users see only their own payments (GraphQL)', async () => {
    const theirs = await open(bob.user)
    const list = await t.api.graphql('{ Payments(limit: 200) { docs { id amount status payer { id } } } }', {}, alice.auth)
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.Payments.docs.length).toBeGreaterThan(0)
    expect(list.body.data.Payments.docs.every((d: any) => d.payer.id === alice.user.id)).toBe(true)
    const one = await t.api.graphql(`{ Payment(id: ${theirs.paymentId}) { id } }`, {}, alice.auth)
    expect(one.body.data?.Payment ?? null).toBeNull()
    const ev = await t.api.graphql('{ PaymentEvents { docs { id } } }', {}, alice.auth)
    expect(ev.body.errors?.[0]?.message).toBeTruthy()
  })

  it('nobody writes status or amounts through REST or GraphQL, not even an admin', async () => {
    const mine = await open(alice.user)
    for (const who of [alice.auth, admin.auth]) {
      expect((await t.api.patch(`/api/payments/${mine.paymentId}`, { status: 'paid', amount: 1 }, who)).status).toBe(403)
      expect(
        (await t.api.post('/api/payments', { purpose: 'test.order', payer: alice.user.id, amount: 1, currency: 'XOF', provider: 'sandbox', status: 'paid', idempotencyKey: randomUUID(), resourceCollection: 'users', resourceId: '1' }, who)).status,
      ).toBe(403)
      expect((await t.api.delete(`/api/payments/${mine.paymentId}`, who)).status).toBe(403)
      const gql = await t.api.graphql(`mutation { updatePayment(id: ${mine.paymentId}, data: { status: paid, amount: 1 }) { id status } }`, {}, who)
      expect(gql.body.errors?.length).toBeGreaterThan(0)
    }
    expect((await t.api.post('/api/payment-events', { provider: 'sandbox', eventId: 'x', type: 'x', receivedAt: new Date().toISOString() }, admin.auth)).status).toBe(403)
    expect(await payment(mine.paymentId)).toMatchObject({ status: 'pending', amount: 5000 })
  })

  it('only admins read the event inbox', async () => {
    expect((await t.api.get('/api/payment-events', alice.auth)).status).toBe(403)
    const all = await t.api.get('/api/payment-events?where[result][equals]=applied', admin.auth)
    expect(all.status).toBe(200)
    expect(all.body.docs.length).toBeGreaterThan(0)
  })
})

