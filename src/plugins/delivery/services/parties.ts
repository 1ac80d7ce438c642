/**
 * What the parties of an order see of each other, computed per reader (the order's `parties`
 * virtual group, filled in afterRead): the customer sees their driver's first name, vehicle and
 * phone; the driver and the restaurant see the customer's first name, phone and delivery address.
 * Nothing else of `users` leaves this function (no e-mail, no last name): the relationships
 * themselves stay ids, since users are readable by themselves and admins only.
 */
import type { PayloadRequest } from 'payload'

import { sql } from '@payloadcms/db-postgres'

import { userIsAdmin } from '../../../access'
import { rows } from '../../../db/transaction'
import { idOf } from '../access'

export type CustomerView = { firstName: null | string; phone: null | string; address: null | string }
export type DriverView = { firstName: null | string; vehicleType: null | string; phone: null | string }
export type Parties = { customer: CustomerView | null; driver: DriverView | null }

type Order = { customer?: unknown; driver?: unknown; restaurant?: unknown; deliveryAddress?: unknown }

const addressText = (a: unknown): null | string => (a && typeof a === 'object' && typeof (a as { address?: unknown }).address === 'string' ? (a as { address: string }).address : null)

/** Who the reader is on this order, for the parties' views. */
export async function readerRoles(req: PayloadRequest, order: Order) {
  const user = req.user
  if (!user) return { admin: false, customer: false, driver: false, owner: false }
  const uid = String(user.id)
  let owner = false
  const restaurantId = idOf(order.restaurant)
  if (restaurantId !== undefined && restaurantId !== null) {
    const [r] = await rows<{ owner_id: null | number }>(req, sql`SELECT owner_id FROM restaurants WHERE id = ${restaurantId}`)
    owner = String(r?.owner_id) === uid
  }
  return { admin: userIsAdmin(user), customer: String(idOf(order.customer)) === uid, driver: order.driver != null && String(idOf(order.driver)) === uid, owner }
}

export async function partiesFor(req: PayloadRequest, order: Order): Promise<Parties> {
  const roles = await readerRoles(req, order)
  const parties: Parties = { customer: null, driver: null }
  if ((roles.admin || roles.owner || roles.driver) && idOf(order.customer) != null) {
    const [c] = await rows<{ first_name: null | string; phone: null | string }>(req, sql`SELECT first_name, phone FROM users WHERE id = ${idOf(order.customer)}`)
    parties.customer = { firstName: c?.first_name ?? null, phone: c?.phone ?? null, address: addressText(order.deliveryAddress) }
  }
  if ((roles.admin || roles.customer) && order.driver != null) {
    const [d] = await rows<{ first_name: null | string; phone: null | string; vehicle_type: null | string }>(
      req,
      sql`SELECT u.first_name, u.phone, dp.vehicle_type FROM users u LEFT JOIN driver_profiles dp ON dp.user_id = u.id WHERE u.id = ${idOf(order.driver)}`,
    )
    parties.driver = { firstName: d?.first_name ?? null, vehicleType: d?.vehicle_type ?? null, phone: d?.phone ?? null }
  }
  return parties
}

export type NoteField = 'driverNotes' | 'restaurantNotes'

/** Which notes field the reader may write: the restaurant its own, the assigned driver theirs, nobody else. */
export function noteFieldFor(roles: { driver: boolean; owner: boolean }): NoteField | null {
  if (roles.owner) return 'restaurantNotes'
  if (roles.driver) return 'driverNotes'
  return null
}
