/** Field builders and validators shared by the community collections. */
import type { Field, FieldAccess, PayloadRequest } from 'payload'

import { badRequest } from '../../../endpoints/http'

/** Fields only the server writes (ratings, ranks, totals): clients can neither create nor update them. */
export const serverOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }

/** `true` or a message: empty, or an absolute http(s) URL. */
export const validateHttpUrl = (value: unknown): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || value.length > 500) return 'Must be an http(s) URL of at most 500 characters'
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'Must be an http or https URL'
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return 'Must be an http or https URL with a host name'
    return true
  } catch {
    return 'Must be a valid http or https URL, e.g. https://instagram.com/me'
  }
}

export const urlField = (name: string, en: string, fr: string, required = false): Field => ({
  name,
  type: 'text',
  required,
  maxLength: 500,
  validate: ((v: unknown) => validateHttpUrl(v)) as never,
  admin: { placeholder: 'https://…' },
  label: { en, fr },
})

/** An integer number field between `min` and `max` (Payload's number field accepts decimals). */
export const intField = (name: string, en: string, fr: string, min: number, max: number, extra: Record<string, unknown> = {}): Field =>
  ({
    name,
    type: 'number',
    min,
    max,
    validate: (v: unknown) =>
      v === null || v === undefined || (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) ? true : `${name}: must be a whole number between ${min} and ${max}`,
    label: { en, fr },
    ...extra,
  }) as Field

export const validateCurrency = (v: unknown): string | true =>
  v === null || v === undefined || v === '' || (typeof v === 'string' && /^[A-Z]{3}$/.test(v)) ? true : 'currency: must be an ISO 4217 code, e.g. XOF or EUR'

/** The numeric id of a relationship value (id or populated document). */
export const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

/** A positive integer path/body id, or 400. */
export const positiveId = (raw: unknown, name = 'id'): number => {
  const n = typeof raw === 'number' ? raw : Number(raw)
  if (!Number.isSafeInteger(n) || n <= 0) throw badRequest(`${name}: must be a positive integer`)
  return n
}

/** Reads a document with the request's transaction, bypassing access (services check rights themselves); null when absent. */
export async function load<T>(req: PayloadRequest, collection: string, id: unknown, depth = 0): Promise<null | T> {
  const n = Number(id)
  if (!Number.isSafeInteger(n) || n <= 0) return null
  return (await req.payload.findByID({ collection: collection as never, id: n, depth, overrideAccess: true, req, disableErrors: true })) as null | T
}

export const DANCE_LEVELS = [
  { value: 'beginner', label: { en: 'Beginner', fr: 'Débutant' } },
  { value: 'intermediate', label: { en: 'Intermediate', fr: 'Intermédiaire' } },
  { value: 'advanced', label: { en: 'Advanced', fr: 'Avancé' } },
  { value: 'professional', label: { en: 'Professional', fr: 'Professionnel' } },
]
