/**
 * Tickets (the unguessable code of a confirmed registration, as text and QR image), check-in at the
 * door (organizer or staff of that resource only, once), and the organizer's attendee list / CSV.
 */
import type { PayloadRequest } from 'payload'

import QRCode from 'qrcode'

import { conflict, forbidden, notFound, requireUser } from '../../../endpoints/http'
import { userIsAdmin } from '../../../access'
import { inTransaction, rows, sql } from '../../../db/transaction'
import { loadResource, type Registration } from './registrations'
import { bookableSource } from './registry'

const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

/** The caller's ticket for one of their registrations: code, QR (PNG data URL). Others get 404. */
export async function ticketOf(req: PayloadRequest, id: number | string) {
  const user = requireUser(req)
  const reg = (Number(id) > 0
    ? await req.payload.findByID({ collection: 'booking-registrations', id: Number(id), depth: 0, overrideAccess: false, user, req }).catch(() => null)
    : null) as null | Registration
  if (!reg || idOf(reg.user) !== Number(user.id)) throw notFound('Registration not found.')
  if (!reg.ticketCode || !['confirmed', 'checked_in'].includes(reg.status)) throw conflict(`No ticket yet: the registration is ${reg.status}.`)
  return {
    registrationId: reg.id,
    title: reg.resourceTitle,
    status: reg.status,
    code: reg.ticketCode,
    checkedInAt: reg.checkedInAt ?? null,
    qr: await QRCode.toDataURL(reg.ticketCode, { errorCorrectionLevel: 'M', margin: 1, width: 320 }),
  }
}

export const ticketPng = (code: string) => QRCode.toBuffer(code, { errorCorrectionLevel: 'M', margin: 1, width: 320, type: 'png' })

/** The caller's confirmed registrations with their tickets. */
export async function myTickets(req: PayloadRequest) {
  const user = requireUser(req)
  const found = await req.payload.find({
    collection: 'booking-registrations',
    where: { and: [{ user: { equals: user.id } }, { status: { in: ['confirmed', 'checked_in'] } }] },
    sort: '-createdAt',
    limit: 100,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })
  return Promise.all((found.docs as unknown as Registration[]).map((r) => ticketOf(req, r.id)))
}

async function canManage(req: PayloadRequest, collection: string, id: number, staffToo: boolean) {
  const user = requireUser(req)
  const resource = await loadResource(req, collection, id)
  const ids = [...resource.organizerIds, ...(staffToo ? resource.staffIds : [])].map(String)
  if (!userIsAdmin(user) && !ids.includes(String(user.id))) throw forbidden('Only the organizer or staff of this event may do that.')
  return resource
}

/** Checks a ticket in, once. A second scan answers 409 saying when it was used. */
export async function checkIn(req: PayloadRequest, code: string, now = new Date()) {
  const user = requireUser(req)
  return inTransaction(req, async () => {
    const [row] = await rows<{ id: number; resource_collection: string; resource_id: number }>(
      req,
      sql`SELECT id, resource_collection, resource_id FROM booking_registrations WHERE ticket_code = ${code} FOR UPDATE`,
    )
    if (!row) throw notFound('Unknown ticket.')
    await canManage(req, row.resource_collection, row.resource_id, true)
    const reg = (await req.payload.findByID({ collection: 'booking-registrations', id: row.id, depth: 0, overrideAccess: true, req })) as unknown as Registration
    const [person] = await rows<{ email: string; first_name: null | string; last_name: null | string }>(req, sql`SELECT email, first_name, last_name FROM users WHERE id = ${idOf(reg.user)}`)
    const who = { name: [person?.first_name, person?.last_name].filter(Boolean).join(' ') || null, email: person?.email ?? null }
    if (reg.status === 'checked_in') throw conflict(`Already used: this ticket was checked in at ${reg.checkedInAt}.`, { checkedInAt: reg.checkedInAt, attendee: who })
    if (reg.status !== 'confirmed') throw conflict(`This ticket is not valid: the registration is ${reg.status}.`, { status: reg.status })
    const history = [...(reg.history ?? []).map((h) => ({ ...h, by: h.by ? idOf(h.by) : null })), { from: reg.status, to: 'checked_in', at: now.toISOString(), by: user.id }]
    await req.payload.update({ collection: 'booking-registrations', id: reg.id, data: { status: 'checked_in', checkedInAt: now.toISOString(), checkedInBy: user.id, history } as never, overrideAccess: true, depth: 0, req })
    return { registrationId: reg.id, title: reg.resourceTitle, attendee: who, checkedInAt: now.toISOString(), message: `Welcome${who.name ? `, ${who.name}` : ''}!` }
  })
}

export type Attendee = { registrationId: number; name: null | string; email: string; phone: null | string; status: string; tier: null | string; amount: number; currency: null | string; checkedInAt: null | string; registeredAt: string }

/** The attendee list of one resource, for its organizer, staff or an admin. */
export async function listAttendees(req: PayloadRequest, collection: string, id: number): Promise<{ title: string; attendees: Attendee[] }> {
  const resource = await canManage(req, collection, id, true)
  const list = await rows<Record<string, unknown>>(
    req,
    sql`SELECT r.id, u.email, u.first_name, u.last_name, coalesce(r.phone, u.phone) AS phone, r.status, r.tier, r.amount, r.currency, r.checked_in_at, r.created_at
          FROM booking_registrations r JOIN users u ON u.id = r.user_id
         WHERE r.resource_collection = ${collection} AND r.resource_id = ${id} AND r.status IN ('pending_payment', 'confirmed', 'checked_in', 'waitlisted', 'offered')
         ORDER BY r.created_at, r.id`,
  )
  const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null)
  return {
    title: resource.title,
    attendees: list.map((r) => ({
      registrationId: Number(r.id),
      name: [r.first_name, r.last_name].filter(Boolean).join(' ') || null,
      email: String(r.email),
      phone: (r.phone as null | string) ?? null,
      status: String(r.status),
      tier: (r.tier as null | string) ?? null,
      amount: Number(r.amount ?? 0),
      currency: (r.currency as null | string) ?? null,
      checkedInAt: iso(r.checked_in_at),
      registeredAt: iso(r.created_at) as string,
    })),
  }
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula are prefixed with a quote. */
export function toCsv(attendees: Attendee[]): string {
  const cell = (v: unknown) => {
    let s = v === null || v === undefined ? '' : String(v)
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  const head = ['registration', 'name', 'email', 'phone', 'status', 'tier', 'amount', 'currency', 'checked_in_at', 'registered_at']
  const lines = attendees.map((a) => [a.registrationId, a.name, a.email, a.phone, a.status, a.tier, a.amount, a.currency, a.checkedInAt, a.registeredAt].map(cell).join(','))
  return [head.join(','), ...lines].join('\r\n') + '\r\n'
}

export { bookableSource }
