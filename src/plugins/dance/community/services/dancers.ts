/**
 * The public dancer profile: the users collection is readable only by its owner and staff, so the
 * profile is read with access overridden and then only the public fields are copied out, one by
 * one (never email, phone, roles, birth date, gender, city, country, sessions, API key…). A user
 * has a public profile once they filled a dance level or styles, or hold an artist profile.
 */
import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { notFound } from '../../../../endpoints/http'
import { idOf, load } from '../fields'

export const publicDancerSchema = z.object({
  id: z.number(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  avatar: z.object({ id: z.number(), url: z.string().nullable() }).nullable(),
  bio: z.string().nullable(),
  danceLevel: z.string().nullable(),
  yearsExperience: z.number().nullable(),
  danceStyles: z.array(z.object({ id: z.number(), name: z.string().nullable(), slug: z.string().nullable() })),
  links: z.object({ facebook: z.string().nullable(), instagram: z.string().nullable(), youtube: z.string().nullable(), website: z.string().nullable() }),
  artist: z.object({ id: z.number(), stageName: z.string() }).nullable(),
})

export type PublicDancer = z.infer<typeof publicDancerSchema>

type UserDoc = Record<string, unknown> & { id: number; active?: boolean | null }

export async function publicDancer(req: PayloadRequest, id: number): Promise<PublicDancer> {
  const user = await load<UserDoc>(req, 'users', id)
  if (!user || user.active === false) throw notFound('No such dancer.')
  const artistFound = await req.payload.find({ collection: 'artists', where: { and: [{ user: { equals: id } }, { active: { equals: true } }] }, limit: 1, depth: 0, overrideAccess: true, req })
  const artist = artistFound.docs[0] as undefined | { id: number; stageName: string }
  const styleIds = ((user.danceStyles as unknown[]) ?? []).map(idOf)
  if (!user.danceLevel && styleIds.length === 0 && !artist) throw notFound('No such dancer.')
  const styles = styleIds.length
    ? (await req.payload.find({ collection: 'dance-styles', where: { id: { in: styleIds } }, limit: styleIds.length, depth: 0, overrideAccess: true, req })).docs
    : []
  // the avatar as the public would read it (media access applies: a private file is not shown)
  const avatar = user.avatar
    ? ((await req.payload.findByID({ collection: 'media', id: idOf(user.avatar), depth: 0, overrideAccess: false, req, disableErrors: true }).catch(() => null)) as null | { id: number; url?: null | string })
    : null
  const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null)
  return {
    id: user.id,
    firstName: str(user.firstName),
    lastName: str(user.lastName),
    avatar: avatar ? { id: Number(avatar.id), url: avatar.url ?? null } : null,
    bio: str(user.bio),
    danceLevel: str(user.danceLevel),
    yearsExperience: typeof user.yearsExperience === 'number' ? user.yearsExperience : null,
    danceStyles: styles.map((s) => ({ id: Number(s.id), name: (s as { name?: string }).name ?? null, slug: (s as { slug?: string }).slug ?? null })),
    links: { facebook: str(user.facebookUrl), instagram: str(user.instagramUrl), youtube: str(user.youtubeUrl), website: str(user.website) },
    artist: artist ? { id: Number(artist.id), stageName: artist.stageName } : null,
  }
}
