/**
 * Capacity buckets. Taking a place is ONE SQL statement on the request's transaction: it locks the
 * bucket and its ancestors (shared quotas) in id order, and adds one to each only if every one of
 * them has room — so under any number of concurrent requests for N places exactly N succeed.
 * The lock is FOR NO KEY UPDATE: registrations already inserted in the same transactions hold a
 * FOR KEY SHARE lock on the bucket (their foreign key), which FOR UPDATE would deadlock against.
 *
 * `BOOKINGS_CAPACITY_LOCK=off` (refused in production) switches to a read-then-write check, the
 * naive version, for the test that shows the oversell the statement prevents.
 */
import type { PayloadRequest } from 'payload'

import { conflict } from '../../../endpoints/http'
import { hasCollection } from '../../../lib/has-collection'
import { env } from '../../../lib/env'
import { rows, sql } from '../../../db/transaction'

export type BucketRow = { id: number; capacity: number; taken: number; parent_id: null | number; resource_collection: string; resource_id: number }

const lockOff = () => !env.isProduction && process.env.BOOKINGS_CAPACITY_LOCK === 'off'

export async function bucketFor(req: PayloadRequest, collection: string, id: number | string): Promise<BucketRow | null> {
  const [b] = await rows<BucketRow>(
    req,
    sql`SELECT id, capacity, taken, parent_id, resource_collection, resource_id FROM booking_buckets WHERE resource_collection = ${collection} AND resource_id = ${Number(id)}`,
  )
  // numeric columns come back as strings
  return b ? { ...b, id: Number(b.id), capacity: Number(b.capacity), taken: Number(b.taken), parent_id: b.parent_id === null ? null : Number(b.parent_id), resource_id: Number(b.resource_id) } : null
}

const chain = (bucketId: number) => sql`WITH RECURSIVE chain AS (
    SELECT id, parent_id FROM booking_buckets WHERE id = ${bucketId}
    UNION SELECT b.id, b.parent_id FROM booking_buckets b JOIN chain c ON b.id = c.parent_id
  ),
  locked AS (SELECT id, taken, capacity FROM booking_buckets WHERE id IN (SELECT id FROM chain) ORDER BY id FOR NO KEY UPDATE)`

/** Takes one place in the bucket and every ancestor, or none. True when taken. */
export async function takePlace(req: PayloadRequest, bucketId: number): Promise<boolean> {
  if (lockOff()) {
    // the race the statement below prevents: read, decide, write
    const [b] = await rows<{ taken: number; capacity: number }>(req, sql`SELECT taken, capacity FROM booking_buckets WHERE id = ${bucketId}`)
    if (!b || Number(b.taken) >= Number(b.capacity)) return false
    await rows(req, sql`UPDATE booking_buckets SET taken = ${Number(b.taken) + 1} WHERE id = ${bucketId}`)
    return true
  }
  const updated = await rows(
    req,
    sql`${chain(bucketId)}
      UPDATE booking_buckets b SET taken = b.taken + 1
       WHERE b.id IN (SELECT id FROM chain) AND (SELECT bool_and(taken < capacity) FROM locked)
      RETURNING b.id`,
  )
  return updated.length > 0
}

/** Gives one place back to the bucket and its ancestors (never below zero). */
export async function releasePlace(req: PayloadRequest, bucketId: number): Promise<void> {
  await rows(
    req,
    sql`${chain(bucketId)}
      UPDATE booking_buckets b SET taken = greatest(b.taken - 1, 0)
       WHERE b.id IN (SELECT id FROM chain) AND (SELECT count(*) FROM locked) > 0`,
  )
}

export type SyncBucketInput = {
  resourceCollection: string
  resourceId: number | string
  label?: string
  capacity: number
  /** The shared quota this bucket draws on (its own bucket must exist). */
  parent?: { collection: string; id: number | string } | null
  minParticipants?: null | number
  confirmationDeadline?: Date | null | string
  startsAt?: Date | null | string
}

/**
 * Creates or updates the bucket of a resource (domain plugins call it from their afterChange
 * hooks, with `req`). Lowering the capacity below the places already taken answers 409.
 */
export async function syncBucket(req: PayloadRequest, input: SyncBucketInput): Promise<null | number> {
  // the bookings plugin is switched off: the domain's documents still save
  if (!hasCollection(req.payload, 'booking-buckets')) return null
  const existing = await bucketFor(req, input.resourceCollection, input.resourceId)
  const parent = input.parent ? await bucketFor(req, input.parent.collection, input.parent.id) : null
  const capacity = Math.max(0, Math.floor(input.capacity ?? 0))
  const data = {
    label: input.label?.slice(0, 300),
    resourceCollection: input.resourceCollection,
    resourceId: Number(input.resourceId),
    capacity,
    parent: parent?.id ?? null,
    minParticipants: Math.max(0, Math.floor(input.minParticipants ?? 0)),
    confirmationDeadline: input.confirmationDeadline ? new Date(input.confirmationDeadline).toISOString() : null,
    startsAt: input.startsAt ? new Date(input.startsAt).toISOString() : null,
  }
  if (!existing) {
    const created = await req.payload.create({ collection: 'booking-buckets', data: data as never, overrideAccess: true, req, depth: 0 })
    return created.id as number
  }
  // locked, so a registration in flight cannot slip between the check and the new capacity
  const [locked] = await rows<{ taken: number }>(req, sql`SELECT taken FROM booking_buckets WHERE id = ${existing.id} FOR NO KEY UPDATE`)
  if (locked && capacity < Number(locked.taken)) throw conflict(`capacity: ${locked.taken} places are already taken or held; the capacity cannot go below that.`)
  await req.payload.update({ collection: 'booking-buckets', id: existing.id, data: data as never, overrideAccess: true, req, depth: 0 })
  return existing.id
}
