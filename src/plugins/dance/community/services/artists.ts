/** Artist profiles: the role that goes with them, their reviews, the public directory search. */
import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest, Where } from 'payload'

import { z } from 'zod'

import { badRequest } from '../../../../endpoints/http'
import { idOf, load } from '../fields'

/** An admin who creates an artist profile for a user without the role gives them the `artist` role. */
export const grantArtistRole: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const user = await load<{ id: number; roles?: string[] | null }>(req, 'users', idOf(doc.user))
  if (user && !(user.roles ?? []).includes('artist')) {
    await req.payload.update({ collection: 'users', id: user.id, data: { roles: [...(user.roles ?? []), 'artist'] } as never, overrideAccess: true, req })
  }
  return doc
}

/** A deleted artist takes its reviews with it (one transaction). */
export const removeArtistReviews: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'artist-reviews', where: { artist: { equals: id } }, overrideAccess: true, req, context: { artistDeleted: true } })
}

export const AVAILABILITY = { teaching: 'availableForTeaching', performance: 'availableForPerformance', workshops: 'availableForWorkshops' } as const

export const artistSearchQuery = z
  .object({
    style: z.string().trim().min(1).max(100).optional(),
    city: z.string().trim().min(1).max(120).optional(),
    availability: z.enum(['teaching', 'performance', 'workshops']).optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
  })
  .strict()

export type ArtistSearchQuery = z.infer<typeof artistSearchQuery>

/** The public fields of an artist, as the directory and the search show them. */
export const publicArtist = (a: Record<string, unknown>) => ({
  id: a.id as number,
  user: idOf(a.user),
  stageName: a.stageName as string,
  bio: (a.bio as null | string) ?? null,
  specialties: ((a.specialties as unknown[]) ?? []).map((s) => (s && typeof s === 'object' ? { id: idOf(s), name: (s as { name?: string }).name ?? null, slug: (s as { slug?: string }).slug ?? null } : { id: idOf(s), name: null, slug: null })),
  availableForTeaching: Boolean(a.availableForTeaching),
  availableForPerformance: Boolean(a.availableForPerformance),
  availableForWorkshops: Boolean(a.availableForWorkshops),
  hourlyRate: (a.hourlyRate as null | number) ?? null,
  workshopRate: (a.workshopRate as null | number) ?? null,
  currency: (a.currency as null | string) ?? 'XOF',
  baseCity: (a.baseCity as null | string) ?? null,
  travelRadiusKm: (a.travelRadiusKm as null | number) ?? null,
  willingToTravel: Boolean(a.willingToTravel),
  ratingAverage: Number(a.ratingAverage ?? 0),
  ratingCount: Number(a.ratingCount ?? 0),
})

export const publicArtistSchema = z.object({
  id: z.number(),
  user: z.number(),
  stageName: z.string(),
  bio: z.string().nullable(),
  specialties: z.array(z.object({ id: z.number(), name: z.string().nullable(), slug: z.string().nullable() })),
  availableForTeaching: z.boolean(),
  availableForPerformance: z.boolean(),
  availableForWorkshops: z.boolean(),
  hourlyRate: z.number().nullable(),
  workshopRate: z.number().nullable(),
  currency: z.string(),
  baseCity: z.string().nullable(),
  travelRadiusKm: z.number().nullable(),
  willingToTravel: z.boolean(),
  ratingAverage: z.number(),
  ratingCount: z.number(),
})

/** The style as an id or a slug; `null` when no such style exists (the search then finds nothing). */
async function styleId(req: PayloadRequest, style: string): Promise<null | number> {
  if (/^\d+$/.test(style)) return Number(style)
  const found = await req.payload.find({ collection: 'dance-styles', where: { slug: { equals: style.toLowerCase() } }, limit: 1, depth: 0, overrideAccess: true, req })
  return found.docs[0] ? Number(found.docs[0].id) : null
}

/** Active artists only, whoever asks; best rated first. */
export async function searchArtists(req: PayloadRequest, q: ArtistSearchQuery) {
  const and: Where[] = [{ active: { equals: true } }]
  if (q.style) {
    const id = await styleId(req, q.style)
    if (id === null) return { docs: [], totalDocs: 0, page: q.page, limit: q.limit, totalPages: 0 }
    if (!Number.isSafeInteger(id)) throw badRequest('style: unknown style')
    and.push({ specialties: { in: [id] } })
  }
  if (q.city) and.push({ baseCity: { like: q.city } })
  if (q.availability) and.push({ [AVAILABILITY[q.availability]]: { equals: true } })
  const found = await req.payload.find({ collection: 'artists', where: { and }, page: q.page, limit: q.limit, sort: ['-ratingAverage', 'stageName'], depth: 1, populate: { 'dance-styles': { name: true, slug: true } }, overrideAccess: true, req })
  return { docs: found.docs.map((d) => publicArtist(d as never)), totalDocs: found.totalDocs, page: found.page ?? q.page, limit: q.limit, totalPages: found.totalPages }
}
