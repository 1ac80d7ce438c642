/** Demo data: three restaurants in Paris with menus and options, zones, WELCOME10, a happy hour, drivers, customers (with a saved address) and orders in several states (free-text, structured and saved addresses; the ready one offered to a driver). */
import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../seed/core'

import { acceptOrder, createOrder, transitionOrder } from './services/orders'
import { WEEKDAYS } from './services/opening-hours'
import { updateLocation } from './services/tracking'
import type { OrderStatus } from './services/transitions'

/** The same hours every day (`extra` overrides single days); '00:00'–'00:00' is open all day. Tests use it too. */
export const WEEK = (open: string, close: string, extra: Record<string, unknown> = {}) =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, { open, close, is_closed: false, breaks: [], ...((extra[d] as object) ?? {}) }]))

/** The seed's burger option groups (the spec's example); tests price orders against them. */
export const BURGER_OPTIONS = {
  size: {
    label: 'Taille',
    type: 'radio',
    required: true,
    choices: [
      { value: 'small', label: 'Petit', price_modifier: 0 },
      { value: 'medium', label: 'Moyen', price_modifier: 150, is_default: true },
      { value: 'large', label: 'Grand', price_modifier: 250 },
    ],
  },
  extras: {
    label: 'Suppléments',
    type: 'checkbox',
    required: false,
    multiple: true,
    max_selections: 5,
    choices: [
      { value: 'cheese', label: 'Fromage supplémentaire', price_modifier: 100 },
      { value: 'bacon', label: 'Bacon', price_modifier: 150 },
      { value: 'avocado', label: 'Avocat', price_modifier: 200 },
    ],
  },
  cooking: {
    label: 'Cuisson',
    type: 'radio',
    required: false,
    choices: [
      { value: 'rare', label: 'Saignant', price_modifier: 0 },
      { value: 'medium', label: 'À point', price_modifier: 0, is_default: true },
      { value: 'well_done', label: 'Bien cuit', price_modifier: 0 },
    ],
  },
}

export async function seedDelivery(payload: Payload, context: SeedContext) {
  const owners = context.usersByRole['restaurant-owner'] ?? []
  const drivers = context.usersByRole.driver ?? []
  const customers = context.usersByRole.customer ?? []
  if (!owners.length || !drivers.length || !customers.length) return
  const media = context.mediaIds[2] ?? null
  const create = <T extends Record<string, unknown>>(collection: string, data: T, locale: 'en' | 'fr' = 'fr') =>
    payload.create({ collection: collection as never, data: data as never, overrideAccess: true, locale, context: { skipAudit: true } }) as Promise<{ id: number }>

  const restaurants = [
    await create('restaurants', { owner: owners[0].id, name: 'Burger Saint-Michel', description: 'Burgers et frites maison', image: media, address: '10 Boulevard Saint-Michel, 75006 Paris', latitude: 48.8534, longitude: 2.3442, phone: '+33140123456', email: 'contact@burger-stmichel.test', openingHours: WEEK('00:00', '00:00'), deliveryFee: 299, freeDeliveryThreshold: 2500, deliveryRadiusKm: 5, estimatedDeliveryTime: 30 }),
    await create('restaurants', { owner: owners[0].id, name: 'Chez Awa — Maquis', description: 'Attiéké, alloco et poisson braisé', image: media, address: '25 Rue des Martyrs, 75009 Paris', latitude: 48.8787, longitude: 2.3393, phone: '+33142856790', openingHours: { ...WEEK('11:00', '22:00', { monday: { breaks: [{ start: '14:30', end: '18:00' }] } }), sunday: { is_closed: true } }, deliveryFee: 350, freeDeliveryThreshold: 3000, deliveryRadiusKm: 4, estimatedDeliveryTime: 40 }),
    await create('restaurants', { owner: owners[1]?.id ?? owners[0].id, name: 'Le Noctambule', description: 'Pizzas tard le soir', image: media, address: '3 Rue Oberkampf, 75011 Paris', latitude: 48.8649, longitude: 2.3685, phone: '+33143551234', openingHours: WEEK('18:00', '02:00'), deliveryFee: 250, freeDeliveryThreshold: 0, deliveryRadiusKm: 6, estimatedDeliveryTime: 35 }),
  ]
  const [burgers, maquis, pizzas] = restaurants

  const catBurgers = await create('menu-categories', { restaurant: burgers.id, name: 'Burgers', order: 1 })
  const catSides = await create('menu-categories', { restaurant: burgers.id, name: 'Accompagnements', order: 2 })
  const royal = await create('menu-items', { restaurant: burgers.id, category: catBurgers.id, name: 'Burger Royal', description: 'Steak haché, fromage, salade, tomate, oignons', price: 890, preparationTime: 15, calories: 650, allergens: ['gluten', 'dairy'], options: BURGER_OPTIONS })
  const veggie = await create('menu-items', { restaurant: burgers.id, category: catBurgers.id, name: 'Burger Veggie', price: 950, preparationTime: 15, allergens: ['gluten'], options: BURGER_OPTIONS })
  const fries = await create('menu-items', { restaurant: burgers.id, category: catSides.id, name: 'Frites', price: 350, preparationTime: 5 })
  const catMaquis = await create('menu-categories', { restaurant: maquis.id, name: 'Plats', order: 1 })
  await create('menu-items', { restaurant: maquis.id, category: catMaquis.id, name: 'Attiéké poisson braisé', price: 1450, preparationTime: 25, allergens: ['fish'], options: { piment: { label: 'Piment', type: 'radio', required: true, choices: [{ value: 'doux', label: 'Doux', price_modifier: 0, is_default: true }, { value: 'fort', label: 'Fort', price_modifier: 0 }] } } })
  await create('menu-items', { restaurant: maquis.id, category: catMaquis.id, name: 'Alloco', price: 500, preparationTime: 10 })
  const catPizza = await create('menu-categories', { restaurant: pizzas.id, name: 'Pizzas', order: 1 })
  await create('menu-items', { restaurant: pizzas.id, category: catPizza.id, name: 'Margherita', price: 1100, preparationTime: 12, allergens: ['gluten', 'dairy'], options: { crust: { label: 'Pâte', type: 'radio', required: true, choices: [{ value: 'thin', label: 'Fine', price_modifier: 0, is_default: true }, { value: 'thick', label: 'Épaisse', price_modifier: 100 }] } } })

  await create('delivery-zones', { name: 'Quartier Latin', restaurant: burgers.id, coordinates: { type: 'Polygon', coordinates: [[[2.335, 48.845], [2.36, 48.845], [2.36, 48.862], [2.335, 48.862], [2.335, 48.845]]] }, deliveryFee: 199, estimatedTime: 20 })
  await create('delivery-zones', { name: 'Pigalle', restaurant: maquis.id, coordinates: { type: 'Polygon', coordinates: [[[2.33, 48.875], [2.35, 48.875], [2.35, 48.885], [2.33, 48.885], [2.33, 48.875]]] }, deliveryFee: 250, estimatedTime: 25 })

  const year = new Date().getUTCFullYear()
  await create('coupons', { code: 'WELCOME10', description: '10% de réduction pour les nouveaux clients', discountType: 'percentage', discountValue: 10, minOrderAmount: 1500, maxDiscountAmount: 500, validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-12-31T23:59:59Z`, usageLimit: 1000, usageLimitPerUser: 1 })
  await create('promotions', { restaurant: burgers.id, name: 'Happy Hour', description: '20% de réduction sur tous les burgers', promotionType: 'percentage', discountValue: 20, items: [royal.id, veggie.id], validFrom: `${year - 1}-01-01T00:00:00Z`, validUntil: `${year + 1}-12-31T23:59:59Z`, applicableDays: ['0', '1', '2', '3', '4'], startTime: '17:00', endTime: '19:00', priority: 10 })

  for (const [i, d] of drivers.entries()) {
    await create('driver-profiles', { user: d.id, vehicleType: i % 2 ? 'bike' : 'scooter', licensePlate: i % 2 ? '' : 'AB-123-CD', availability: 'available', currentLatitude: 48.8606 - i * 0.01, currentLongitude: 2.3376 })
  }
  for (const c of customers) {
    await create('customer-profiles', { user: c.id, favoriteRestaurants: [burgers.id], deliveryAddresses: [{ key: 'home', label: 'Maison', address: '20 Rue Saint-Jacques, 75005 Paris', streetNumber: '20', street: 'Rue Saint-Jacques', city: 'Paris', postalCode: '75005', country: 'FR', latitude: 48.8505, longitude: 2.3462, instructions: 'Digicode : 1234A', isDefault: true }] })
  }

  // orders in several states, made through the real services
  const asUser = async (id: number | string) => createLocalReq({ user: { ...(await payload.findByID({ collection: 'users', id, overrideAccess: true })), collection: 'users' } as TypedUser }, payload)
  // the three ways to give an address: free text, the seed's structured parts, a saved address
  const addresses = [
    { deliveryAddress: { label: 'Maison', address: '20 Rue Saint-Jacques, 75005 Paris', latitude: 48.8505, longitude: 2.3462, instructions: 'Digicode : 1234A' } },
    { deliveryAddress: { label: 'Bureau', streetNumber: '5', street: 'Rue des Écoles', city: 'Paris', postalCode: '75005', country: 'FR', latitude: 48.8497, longitude: 2.3488, instructions: 'Bâtiment B, 3ème étage' } },
    { savedAddressId: 'home' },
  ]
  const targets: OrderStatus[] = ['pending', 'confirmed', 'preparing', 'ready', 'picked_up', 'delivered', 'cancelled']
  for (const [i, target] of targets.entries()) {
    const customer = customers[i % customers.length]
    const order = await createOrder(await asUser(customer.id), {
      restaurant: burgers.id,
      items: [
        { menuItem: royal.id, quantity: 1 + (i % 2), selectedOptions: { size: 'medium', extras: ['cheese'] }, specialInstructions: '' },
        { menuItem: fries.id, quantity: 1, selectedOptions: {}, specialInstructions: '' },
      ],
      ...addresses[i % addresses.length],
      paymentMethod: 'cash',
      customerNotes: '',
    })
    const owner = await asUser(owners[0].id)
    // one driver per delivered/picked-up order (a driver on a delivery is busy): the one it was
    // offered to when it became ready, else (nobody was free) one from the pool
    let driverId = drivers[i % drivers.length].id
    const path: OrderStatus[] = target === 'cancelled' ? ['cancelled'] : targets.slice(1, targets.indexOf(target) + 1)
    for (const step of path) {
      if (step === 'picked_up') {
        const offer = await payload.find({ collection: 'delivery-offers', where: { and: [{ order: { equals: order.id } }, { status: { equals: 'offered' } }] }, depth: 0, limit: 1, overrideAccess: true })
        if (offer.docs[0]) driverId = offer.docs[0].driver as number
        const driverReq = await asUser(driverId)
        const { trackingId } = await acceptOrder(driverReq, String(order.id))
        await transitionOrder(driverReq, String(order.id), 'picked_up')
        await updateLocation(await asUser(driverId), String(trackingId), { latitude: 48.852, longitude: 2.345 }).catch(() => undefined)
        continue
      }
      if (step === 'delivered') {
        await transitionOrder(await asUser(driverId), String(order.id), 'delivered')
        continue
      }
      await transitionOrder(owner, String(order.id), step)
    }
  }
}
