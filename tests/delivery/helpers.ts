/** Fixtures shared by the delivery tests (made through the Local API; the tests exercise HTTP). */
import type { Payload } from 'payload'

import { localClock } from '../../src/plugins/delivery/services/opening-hours'
import { BURGER_OPTIONS as SEED_BURGER_OPTIONS, WEEK } from '../../src/plugins/delivery/seed'

export const ALWAYS_OPEN = WEEK('00:00', '00:00')

/** An Etc/GMT zone where the local time is now `hour`:MM (for deterministic opening-hours tests). */
export function zoneWhereItIs(hour: number, now = new Date()) {
  let off = hour - now.getUTCHours()
  if (off < -12) off += 24
  if (off > 14) off -= 24
  const tz = off === 0 ? 'Etc/GMT' : off > 0 ? `Etc/GMT-${off}` : `Etc/GMT+${-off}`
  return { tz, weekday: localClock(now, tz).weekday }
}

/** Size (required) and extras (up to 5) from the seed's burger groups. */
export const BURGER_OPTIONS = { size: SEED_BURGER_OPTIONS.size, extras: SEED_BURGER_OPTIONS.extras }

export const PARIS = { lat: 48.8534, lng: 2.3442 }
export const HOME = { label: 'Maison', address: '123 Rue de la Paix, 75001 Paris', latitude: 48.8566, longitude: 2.3522, instructions: 'Digicode : 1234A' }

export async function makeRestaurant(payload: Payload, owner: { id: number | string }, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'restaurants',
    overrideAccess: true,
    data: {
      owner: owner.id,
      name: 'Burger King',
      address: '10 Boulevard Saint-Michel, 75006 Paris',
      latitude: PARIS.lat,
      longitude: PARIS.lng,
      phone: '+33140123456',
      openingHours: ALWAYS_OPEN,
      timezone: 'Europe/Paris',
      deliveryFee: 299,
      freeDeliveryThreshold: 2500,
      deliveryRadiusKm: 5,
      estimatedDeliveryTime: 30,
      ...data,
    } as never,
  })
}

export async function makeMenu(payload: Payload, restaurantId: number | string) {
  const burgers = await payload.create({ collection: 'menu-categories', overrideAccess: true, data: { restaurant: restaurantId, name: 'Burgers', order: 1 } as never })
  const sides = await payload.create({ collection: 'menu-categories', overrideAccess: true, data: { restaurant: restaurantId, name: 'Accompagnements', order: 2 } as never })
  const royal = await payload.create({ collection: 'menu-items', overrideAccess: true, data: { restaurant: restaurantId, category: burgers.id, name: 'Burger Royal', price: 890, options: BURGER_OPTIONS, allergens: ['gluten', 'dairy'] } as never })
  const fries = await payload.create({ collection: 'menu-items', overrideAccess: true, data: { restaurant: restaurantId, category: sides.id, name: 'Frites', price: 350 } as never })
  return { burgers, sides, royal, fries }
}

export async function makeDriverProfile(payload: Payload, user: { id: number | string }, data: Record<string, unknown> = {}) {
  return payload.create({
    collection: 'driver-profiles',
    overrideAccess: true,
    data: { user: user.id, vehicleType: 'scooter', licensePlate: 'AB-123-CD', availability: 'available', currentLatitude: 48.8606, currentLongitude: 2.3376, ...data } as never,
  })
}

export const seedExampleItems = (royalId: number | string, friesId: number | string) => [
  { menuItem: royalId, quantity: 2, selectedOptions: { size: 'medium', extras: ['cheese', 'bacon'] }, specialInstructions: 'Bien cuit' },
  { menuItem: friesId, quantity: 1, selectedOptions: {}, specialInstructions: '' },
]
