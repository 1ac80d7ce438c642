/** Who sees what of a competition: organizers, judges (artists named on it), admins and editors. */
import type { Access, PayloadRequest, Where } from 'payload'

import { userHasRole, userIsAdmin } from '../../../../access'

const memo = new WeakMap<object, Promise<{ artists: number[]; judging: number[] }>>()

/** The caller's artist ids and the competitions they judge (once per request). */
export function judgeOf(req: PayloadRequest): Promise<{ artists: number[]; judging: number[] }> {
  if (!req.user) return Promise.resolve({ artists: [], judging: [] })
  let p = memo.get(req)
  if (!p) {
    p = (async () => {
      const artists = (await req.payload.find({ collection: 'artists', where: { user: { equals: req.user!.id } }, depth: 0, limit: 5, overrideAccess: true, req })).docs.map((a) => Number(a.id))
      if (artists.length === 0) return { artists, judging: [] }
      const judging = (await req.payload.find({ collection: 'competitions', where: { judges: { in: artists } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, req })).docs.map((c) => Number(c.id))
      return { artists, judging }
    })()
    memo.set(req, p)
  }
  return p
}

export const isStaff = (req: PayloadRequest) => userIsAdmin(req.user) || userHasRole(req.user, 'editor')

/** Competitions: all but drafts for everyone; drafts for their organizer and staff. */
export const readCompetitions: Access = ({ req }) => {
  if (isStaff(req)) return true
  const visible: Where = { status: { not_equals: 'draft' } }
  return req.user ? { or: [visible, { organizer: { equals: req.user.id } }] } : visible
}

/** Documents under a competition (`competition` field): visible when the competition is, to its organizer, to staff. */
export const readUnderCompetition: Access = ({ req }) => {
  if (isStaff(req)) return true
  const visible: Where = { 'competition.status': { not_equals: 'draft' } }
  return req.user ? { or: [visible, { 'competition.organizer': { equals: req.user.id } }] } : visible
}

/** Entries: confirmed couples of visible competitions for everyone; their own to the leader and follower; all to the organizer and staff. */
export const readEntries: Access = ({ req }) => {
  if (isStaff(req)) return true
  const visible: Where = { and: [{ status: { equals: 'confirmed' } }, { 'competition.status': { not_equals: 'draft' } }] }
  if (!req.user) return visible
  return { or: [visible, { leader: { equals: req.user.id } }, { follower: { equals: req.user.id } }, { 'competition.organizer': { equals: req.user.id } }] }
}

/** Scores: public once the results are published; before, only the competition's judges, its organizer, admins and editors. */
export const readScores: Access = async ({ req }) => {
  if (isStaff(req)) return true
  const published: Where = { 'competition.status': { equals: 'published' } }
  if (!req.user) return published
  const { judging } = await judgeOf(req)
  const or: Where[] = [published, { 'competition.organizer': { equals: req.user.id } }]
  if (judging.length) or.push({ competition: { in: judging } })
  return { or }
}

/** A judge edits their own scores (the hooks refuse once results are published). */
export const updateOwnScores: Access = async ({ req }) => {
  if (userIsAdmin(req.user)) return true
  if (!req.user) return false
  const { artists } = await judgeOf(req)
  return artists.length ? { judge: { in: artists } } : false
}
