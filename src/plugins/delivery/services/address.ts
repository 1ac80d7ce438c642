/**
 * Delivery addresses of an order: the free-text one (`address` + coordinates), the seed's
 * structured one (street number and name, city, postal code, ISO country), or one of the
 * customer's saved addresses by its id. There is no geocoding offline: coordinates are those sent
 * or those of the saved address.
 */
import type { PayloadRequest, TypedUser } from 'payload'

import { z } from 'zod'

import { unprocessable } from '../../../endpoints/http'
import { validateCountryCode, validateLatitude, validateLongitude } from '../../../lib/validators'

const STRUCTURED = ['streetNumber', 'street', 'city', 'postalCode', 'country'] as const

export const deliveryAddressSchema = z
  .object({
    label: z.string().max(100).optional(),
    /** Free text ("123 Rue de la Paix, 75001 Paris"); optional when the structured parts are given. */
    address: z.string().min(3).max(500).optional(),
    streetNumber: z.string().trim().min(1).max(20).optional(),
    street: z.string().trim().min(1).max(200).optional(),
    city: z.string().trim().min(1).max(120).optional(),
    postalCode: z.string().trim().min(1).max(20).optional(),
    country: z
      .string()
      .trim()
      .transform((c) => c.toUpperCase())
      .refine((c) => validateCountryCode(c) === true, 'country must be an ISO 3166-1 alpha-2 code (FR, CI, SN, …)')
      .optional(),
    building: z.string().max(100).optional(),
    floor: z.string().max(100).optional(),
    apartment: z.string().max(100).optional(),
    instructions: z.string().max(500).optional(),
    latitude: z.number().refine((v) => validateLatitude(v) === true, 'latitude must be between -90 and 90'),
    longitude: z.number().refine((v) => validateLongitude(v) === true, 'longitude must be between -180 and 180'),
  })
  .strict()
  .superRefine((a, ctx) => {
    const given = STRUCTURED.filter((k) => a[k] !== undefined)
    // street number is optional in the seed's sense (a lieu-dit has none); the rest go together
    const needed = STRUCTURED.filter((k) => k !== 'streetNumber' && a[k] === undefined)
    if (given.length > 0 && needed.length > 0) {
      for (const k of needed) ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required with a structured address (street, city, postalCode, country)` })
    }
    if (given.length === 0 && a.address === undefined) {
      ctx.addIssue({ code: 'custom', path: ['address'], message: 'give the address as text (address) or in parts (streetNumber, street, city, postalCode, country)' })
    }
  })

export type DeliveryAddressInput = z.infer<typeof deliveryAddressSchema>

export type StructuredAddress = { streetNumber?: null | string; street?: null | string; city?: null | string; postalCode?: null | string; country?: null | string; instructions?: null | string }

/** What an order stores: the address as JSON (always with a text `address`), its parts, its coordinates. */
export type ResolvedAddress = {
  json: Record<string, unknown>
  structured: StructuredAddress
  latitude: number
  longitude: number
  savedAddressId: null | string
}

/** "12 Rue de la Paix, 75001 Paris, FR" */
export function formatAddress(a: StructuredAddress): string {
  const street = [a.streetNumber, a.street].filter(Boolean).join(' ')
  const city = [a.postalCode, a.city].filter(Boolean).join(' ')
  return [street, city, a.country].filter(Boolean).join(', ')
}

const clean = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>

/** An address as given in the order body. */
export function resolveGivenAddress(a: DeliveryAddressInput): ResolvedAddress {
  const structured: StructuredAddress = { streetNumber: a.streetNumber, street: a.street, city: a.city, postalCode: a.postalCode, country: a.country, instructions: a.instructions }
  const text = a.address ?? formatAddress(structured)
  return { json: clean({ ...a, address: text }), structured: clean(structured), latitude: a.latitude, longitude: a.longitude, savedAddressId: null }
}

type SavedRow = { id?: null | string; key?: string; label?: string; address: string; latitude: number; longitude: number; building?: null | string; floor?: null | string; apartment?: null | string; instructions?: null | string } & StructuredAddress

/** The saved address `savedId` (row id or key) among `rows`, or null. */
export function pickSavedAddress(rows: SavedRow[] | null | undefined, savedId: string): null | SavedRow {
  return (rows ?? []).find((r) => r.id === savedId) ?? (rows ?? []).find((r) => r.key === savedId) ?? null
}

export function resolveSavedRow(row: SavedRow, savedId: string): ResolvedAddress {
  const structured = clean({ streetNumber: row.streetNumber, street: row.street, city: row.city, postalCode: row.postalCode, country: row.country, instructions: row.instructions })
  return {
    json: clean({ label: row.label, address: row.address, ...structured, building: row.building, floor: row.floor, apartment: row.apartment, latitude: row.latitude, longitude: row.longitude }),
    structured,
    latitude: row.latitude,
    longitude: row.longitude,
    savedAddressId: String(row.id ?? savedId),
  }
}

/**
 * One of the customer's own saved addresses (customer profile). Another customer's address, or
 * an unknown id, is refused with the same 422: the answer does not tell whose it is.
 */
export async function resolveSavedAddress(req: PayloadRequest, user: TypedUser, savedId: string): Promise<ResolvedAddress> {
  const profiles = await req.payload.find({ collection: 'customer-profiles', where: { user: { equals: user.id } }, depth: 0, limit: 1, req, overrideAccess: false, user })
  const row = pickSavedAddress(profiles.docs[0]?.deliveryAddresses as SavedRow[] | undefined, savedId)
  if (!row) throw unprocessable(`savedAddressId: you have no saved address "${savedId}".`, { field: 'savedAddressId' })
  return resolveSavedRow(row, savedId)
}
