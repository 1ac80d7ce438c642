/**
 * Trainings organized by members. Places and the minimum go through the bookings engine (bucket
 * with capacity = max, minParticipants and confirmationDeadline; its `bookings-minimums` job
 * decides at the deadline). The training's status mirrors it: pending until the minimum of
 * confirmed participants is reached, then confirmed (participants told); back to pending if people
 * leave before the deadline; cancelled by the engine when still short at the deadline.
 */
import type { CollectionAfterChangeHook, CollectionAfterReadHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, conflict, notFound, requireUser } from '../../../../endpoints/http'
import { userIsAdmin } from '../../../../access'
import { hasCollection } from '../../../../lib/has-collection'
import { inTransaction, rows, sql } from '../../../../db/transaction'
import { cancelAllRegistrations, cancelRegistration, notifyParticipants, register, type RegisterInput, registerBookable, syncBucket } from '../../../bookings'
import { idOf } from '../access'
import { type Actor, checkMove, TRAINING_MOVES, type TrainingStatus } from './transitions'

export type TrainingDoc = {
  id: number
  title: string
  status: TrainingStatus
  organizer?: null | number | { id: number }
  startsAt: string
  endsAt?: null | string
  minParticipants?: null | number
  maxParticipants?: null | number
  confirmationDeadline?: null | string
  price?: null | number
  currency?: null | string
  cancelReason?: null | string
  venue?: { name?: null | string; address?: null | string; city?: null | string } | null
}

const HOUR = 3_600_000
/** Hours before the start at which the minimum is checked, unless the organizer sets the deadline (TRAININGS_CONFIRMATION_HOURS, default 24). */
export const confirmationHours = () => {
  const n = Number(process.env.TRAININGS_CONFIRMATION_HOURS ?? 24)
  return Number.isFinite(n) && n >= 0 ? n : 24
}

const load = async (req: PayloadRequest, id: number | string) =>
  (await req.payload.findByID({ collection: 'trainings', id: Number(id), depth: 0, overrideAccess: true, req }).catch(() => null)) as null | TrainingDoc

registerBookable('trainings', {
  load: async (req, id) => {
    const t = await load(req, id)
    if (!t) return null
    let open: string | true = true
    if (t.status !== 'pending' && t.status !== 'confirmed') open = `This training is ${t.status}: it cannot be joined.`
    else if (Date.now() >= new Date(t.startsAt).getTime()) open = 'This training has already started.'
    return {
      title: t.title,
      organizerIds: t.organizer ? [idOf(t.organizer)] : [],
      staffIds: [],
      currency: t.currency ?? 'XOF',
      pricing: { regular: t.price ?? 0 },
      open,
      waitlist: true,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      location: [t.venue?.name, t.venue?.address, t.venue?.city].filter(Boolean).join(', '),
      url: `/dance/trainings/${t.id}`,
    }
  },
  onAutoCancelled: async (req, id, reason) => {
    const t = await load(req, id)
    if (t && (t.status === 'pending' || t.status === 'confirmed')) await moveTraining(req, t.id, 'cancelled', reason)
  },
  onConfirmed: async (req, id) => {
    const t = await load(req, id)
    if (t?.status === 'pending') await moveTraining(req, t.id, 'confirmed')
  },
})

function trainingActors(req: PayloadRequest, organizer: unknown): Actor[] {
  const actors: Actor[] = req.context?.danceSystem || !req.user ? ['system'] : []
  if (userIsAdmin(req.user)) actors.push('admin')
  if (req.user && organizer && idOf(organizer) === Number(req.user.id)) actors.push('organizer')
  return actors
}

/** The server's moves (minimum reached / lost, engine's decision at the deadline). */
export async function moveTraining(req: PayloadRequest, id: number, to: TrainingStatus, reason?: string) {
  const context = req.context
  req.context = { ...context, danceSystem: true }
  try {
    return (await req.payload.update({ collection: 'trainings', id, data: { status: to, ...(reason ? { cancelReason: reason.slice(0, 1000) } : {}) } as never, overrideAccess: true, depth: 0, req })) as unknown as TrainingDoc
  } finally {
    req.context = context
  }
}

/** beforeChange: organizer = creator, status through the table, times and numbers that agree. */
export const guardTraining: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    if (req.user) data.organizer = req.user.id
    data.status ??= 'pending'
  }
  const from = (operation === 'create' ? '' : originalDoc?.status) as '' | TrainingStatus
  const to = (data.status ?? from) as TrainingStatus
  if (from !== to) {
    const check = checkMove(TRAINING_MOVES, 'training', from, to, trainingActors(req, data.organizer ?? originalDoc?.organizer))
    if (!check.ok) throw conflict(check.message, { status: from || null })
    if (to === 'cancelled' && !String(data.cancelReason ?? originalDoc?.cancelReason ?? '').trim()) data.cancelReason = 'cancelled by the organizer'
  }
  // the server's own moves change the status only
  if (req.context?.danceSystem) return data
  const m = { ...originalDoc, ...data }
  const problems: string[] = []
  const start = m.startsAt ? new Date(m.startsAt).getTime() : NaN
  if (m.endsAt && new Date(m.endsAt).getTime() <= start) problems.push('endsAt: must be after startsAt')
  if (operation === 'create' && req.user && !(start > Date.now())) problems.push('startsAt: must be in the future')
  if (m.minParticipants && m.maxParticipants && m.minParticipants > m.maxParticipants) problems.push('minParticipants: cannot exceed maxParticipants')
  if (Number.isFinite(start) && (!m.confirmationDeadline || (data.startsAt && !data.confirmationDeadline && operation === 'update'))) {
    data.confirmationDeadline = new Date(start - confirmationHours() * HOUR).toISOString()
  } else if (m.confirmationDeadline && new Date(m.confirmationDeadline).getTime() > start) problems.push('confirmationDeadline: must be before startsAt')
  if (problems.length) throw badRequest(problems.join('; '))
  return data
}

/** afterChange: the bucket follows max, minimum and deadline; confirmations and cancellations reach the participants. */
export const afterTrainingChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const t = doc as TrainingDoc
  await syncBucket(req, {
    resourceCollection: 'trainings',
    resourceId: t.id,
    label: t.title,
    capacity: t.maxParticipants ?? 0,
    minParticipants: t.minParticipants,
    confirmationDeadline: t.confirmationDeadline,
    startsAt: t.startsAt,
  })
  if (operation !== 'update' || (previousDoc as TrainingDoc).status === t.status) return doc
  if (t.status === 'cancelled') await cancelAllRegistrations(req, 'trainings', t.id, t.cancelReason || 'the training was cancelled')
  // same key as the engine's deadline notice: one "it is on" per participant
  if (t.status === 'confirmed') await notifyParticipants(req, 'trainings', t.id, 'booking.resource_confirmed', { title: t.title, url: `/dance/trainings/${t.id}` }, 'minimum')
  return doc
}

const confirmedCount = async (req: PayloadRequest, id: number) => {
  if (!hasCollection(req.payload, 'booking-registrations')) return 0
  const [r] = await rows<{ n: number }>(req, sql`SELECT count(*)::int AS n FROM booking_registrations WHERE resource_collection = 'trainings' AND resource_id = ${id} AND status IN ('confirmed', 'checked_in')`)
  return Number(r?.n ?? 0)
}

/** afterRead: the derived values, computed from the engine's registrations on every read. */
export const deriveTrainingCounts: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.id) return doc
  const n = await confirmedCount(req, Number(doc.id))
  doc.participantsCount = n
  doc.isMinimumReached = n >= Number(doc.minParticipants ?? 0)
  return doc
}

/** Mirrors the minimum onto the status after a join or a leave (row-locked: one move under concurrency). */
export async function syncTrainingStatus(req: PayloadRequest, id: number, now = new Date()): Promise<TrainingStatus | undefined> {
  return inTransaction(req, async () => {
    await rows(req, sql`SELECT id FROM trainings WHERE id = ${id} FOR UPDATE`)
    const t = await load(req, id)
    if (!t) return undefined
    const n = await confirmedCount(req, id)
    const min = Number(t.minParticipants ?? 0)
    if (t.status === 'pending' && n >= min) return (await moveTraining(req, id, 'confirmed')).status
    const beforeDeadline = !t.confirmationDeadline || now < new Date(t.confirmationDeadline)
    if (t.status === 'confirmed' && n < min && beforeDeadline) return (await moveTraining(req, id, 'pending')).status
    return t.status
  })
}

export async function joinTraining(req: PayloadRequest, id: number, choice: Omit<RegisterInput, 'collection' | 'id'>) {
  const result = await register(req, { ...choice, collection: 'trainings', id })
  const status = await syncTrainingStatus(req, id)
  return { ...result, trainingStatus: status }
}

export async function leaveTraining(req: PayloadRequest, id: number, reason?: string) {
  const user = requireUser(req)
  const mine = await req.payload.find({
    collection: 'booking-registrations',
    where: { and: [{ user: { equals: user.id } }, { resourceCollection: { equals: 'trainings' } }, { resourceId: { equals: id } }, { status: { in: ['pending_payment', 'confirmed', 'waitlisted', 'offered'] } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const reg = mine.docs[0]
  if (!reg) throw notFound('You have not joined this training.')
  const result = await cancelRegistration(req, reg.id, reason ?? 'left the training')
  const status = await syncTrainingStatus(req, id)
  return { ...result, trainingStatus: status }
}
