import { describe, expect, it } from 'vitest'

import { haversineKm, pointInPolygon, validatePolygon } from './geo'

const seedZone = { type: 'Polygon' as const, coordinates: [[[2.3522, 48.8566], [2.36, 48.8566], [2.36, 48.86], [2.3522, 48.86], [2.3522, 48.8566]]] as [number, number][][] }

describe('geo', () => {
  it('haversine: Paris → Lyon ≈ 392 km', () => {
    expect(haversineKm({ lat: 48.8566, lng: 2.3522 }, { lat: 45.764, lng: 4.8357 })).toBeCloseTo(392, -1)
  })
  it('point in the seed polygon, outside it, and in a hole', () => {
    expect(pointInPolygon(seedZone, { lat: 48.858, lng: 2.356 })).toBe(true)
    expect(pointInPolygon(seedZone, { lat: 48.858, lng: 2.35 })).toBe(false)
    const withHole = { ...seedZone, coordinates: [...seedZone.coordinates, [[2.355, 48.857], [2.357, 48.857], [2.357, 48.859], [2.355, 48.859], [2.355, 48.857]]] as [number, number][][] }
    expect(pointInPolygon(withHole, { lat: 48.858, lng: 2.356 })).toBe(false)
  })
  it('validates GeoJSON polygons: closed rings, valid coordinates', () => {
    expect(validatePolygon(seedZone)).toBe(true)
    expect(validatePolygon({ type: 'Polygon', coordinates: [[[2.35, 48.85], [2.36, 48.85], [2.36, 48.86], [2.35, 48.87]]] })).toMatch(/closed/)
    expect(validatePolygon({ type: 'Polygon', coordinates: [[[200, 48.85], [2.36, 48.85], [2.36, 48.86], [200, 48.85]]] })).toMatch(/longitude/)
    expect(validatePolygon({ type: 'Point', coordinates: [2, 48] })).not.toBe(true)
  })
})
