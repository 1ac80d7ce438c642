/**
 * Broadcast audiences that other plugins add to `messages` (learning: the learners of a course).
 * An audience is a relationship field on the message plus two questions only its plugin can
 * answer: which of those documents the reader belongs to, and whether the sender may address
 * them. The field lives in the collection's config, so each Payload instance has its own list.
 */
import type { CollectionConfig, Config, Field, PayloadRequest, Where } from 'payload'

import { badRequest, type HttpError } from '../../../endpoints/http'
import { isSerialId } from '../../../lib/serial-id'

type Id = number | string
type User = { id: Id; roles?: null | readonly string[] }

export type MessageAudience = {
  /** The relationship field (hasMany) added to `messages`, shown for broadcasts. */
  field: Field & { name: string; type: 'relationship' }
  /** The documents of that field the user belongs to (e.g. the courses they are enrolled in). */
  memberOf: (req: PayloadRequest, user: User) => Promise<Id[]>
  /** The error to answer when `sender` may not address these documents (unknown: 400, not theirs: 403), or null. */
  refusal: (req: PayloadRequest, sender: User, ids: Id[]) => Promise<HttpError | null>
}

const MESSAGES = 'messages'

/** Adds an audience to the `messages` collection of this config (no-op without notifications). */
export function addMessageAudience(config: Config, audience: MessageAudience): Config {
  return {
    ...config,
    collections: (config.collections ?? []).map((c) =>
      c.slug !== MESSAGES
        ? c
        : {
            ...c,
            fields: [...c.fields, { ...audience.field, hasMany: true, admin: { ...audience.field.admin, condition: (data) => data?.kind === 'broadcast' } } as Field],
            custom: { ...c.custom, audiences: [...audiencesOf(c), audience] },
          },
    ),
  }
}

const audiencesOf = (collection: Pick<CollectionConfig, 'custom'> | undefined): MessageAudience[] => (collection?.custom?.audiences as MessageAudience[] | undefined) ?? []

export const messageAudiences = (req: PayloadRequest): MessageAudience[] => audiencesOf(req.payload.collections[MESSAGES]?.config)

const idOf = (v: unknown): Id => (typeof v === 'object' && v !== null ? (v as { id: Id }).id : (v as Id))

/** The audience documents a new message names, per audience (only those it names); 400 when a field is not a list of ids. */
export function namedAudiences(req: PayloadRequest, data: Record<string, unknown>): { audience: MessageAudience; ids: Id[] }[] {
  return messageAudiences(req)
    .map((audience) => {
      const name = audience.field.name
      const value = data[name] ?? []
      const ids = Array.isArray(value) ? value.map(idOf) : undefined
      if (!ids || !ids.every(isSerialId)) {
        throw badRequest(`${name}: a list of ids is expected.`)
      }
      return { audience, ids }
    })
    .filter((a) => a.ids.length > 0)
}

/** Broadcasts that reach `user` through the added audiences. */
export async function audienceConditions(req: PayloadRequest, user: User): Promise<Where[]> {
  const conditions: Where[] = []
  for (const audience of messageAudiences(req)) {
    const ids = await audience.memberOf(req, user)
    if (ids.length) conditions.push({ and: [{ kind: { equals: 'broadcast' } }, { [audience.field.name]: { in: ids } }] })
  }
  return conditions
}
