/** Geometry helpers: great-circle distance and GeoJSON polygon validation / point-in-polygon. */
import { z } from 'zod'

const R_KM = 6371.0088

export function haversineKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (d: number) => (d * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

const position = z
  .tuple([z.number(), z.number()])
  .refine(([lng, lat]) => lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90, {
    message: 'each position is [longitude, latitude] with longitude in -180..180 and latitude in -90..90',
  })

const ring = z
  .array(position)
  .min(4, 'a linear ring needs at least 4 positions')
  .refine((r) => r.length < 4 || (r[0][0] === r[r.length - 1][0] && r[0][1] === r[r.length - 1][1]), {
    message: 'a linear ring must be closed (first and last positions equal)',
  })
  .refine((r) => new Set(r.slice(0, -1).map((p) => p.join(','))).size >= 3, {
    message: 'a linear ring needs at least 3 distinct positions',
  })

export const polygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(ring).min(1, 'a polygon needs an outer ring'),
})
export type Polygon = z.infer<typeof polygonSchema>

export function validatePolygon(value: unknown): string | true {
  const r = polygonSchema.safeParse(value)
  if (r.success) return true
  return r.error.issues.map((i) => `coordinates${i.path.length ? '.' + i.path.join('.') : ''}: ${i.message}`).join('; ')
}

function inRing(ringPositions: [number, number][], lng: number, lat: number): boolean {
  let inside = false
  for (let i = 0, j = ringPositions.length - 1; i < ringPositions.length; j = i++) {
    const [xi, yi] = ringPositions[i]
    const [xj, yj] = ringPositions[j]
    if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/** Ray casting: inside the outer ring and outside every hole. */
export function pointInPolygon(polygon: Polygon, point: { lat: number; lng: number }): boolean {
  const [outer, ...holes] = polygon.coordinates as [number, number][][]
  if (!inRing(outer, point.lng, point.lat)) return false
  return !holes.some((h) => inRing(h, point.lng, point.lat))
}
