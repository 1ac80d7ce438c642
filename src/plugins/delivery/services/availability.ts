/**
 * A driver's availability is kept by the server while they carry an order: accepting makes them
 * `busy`, delivered or cancelled makes them `available` again (services/orders.ts). A driver
 * cannot mark themself busy, nor leave `busy` while an order is with them (409 with the order).
 */
import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { userIsAdmin } from '../../../access'
import { conflict } from '../../../endpoints/http'
import { rows } from '../../../db/transaction'

/** The order a driver is carrying (accepted, not delivered or cancelled), if any. */
export async function carriedOrder(req: PayloadRequest, driverId: number | string) {
  const [o] = await rows<{ id: number; order_number: string }>(req, sql`SELECT id, order_number FROM orders WHERE driver_id = ${driverId} AND status IN ('ready', 'picked_up') ORDER BY id LIMIT 1`)
  return o ?? null
}

/** The refusal for a driver's own availability change, or null when it is allowed. */
export function availabilityRefusal(from: string | undefined, to: string, carrying: null | { order_number: string }): null | string {
  if (to === from) return null
  if (to === 'busy') return '"busy" is set by the server while you carry an order; choose available, offline or on_break.'
  if (carrying) return `You are carrying order ${carrying.order_number}: you become available again once it is delivered or cancelled.`
  return null
}

export const guardAvailability: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // admins and the server's own writes (no user) are trusted
  if (!req.user || userIsAdmin(req.user)) return data
  const to = data?.availability as string | undefined
  const from = originalDoc?.availability as string | undefined
  if (to === undefined || to === from) return data
  const refusal = availabilityRefusal(from, to, to === 'busy' ? null : await carriedOrder(req, req.user.id))
  if (refusal) throw conflict(refusal)
  return data
}
