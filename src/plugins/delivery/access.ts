/** Access rules shared by the delivery collections. */
import type { Access, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { forbidden } from '../../endpoints/http'
import { hasRole, isAdmin, or, userIsAdmin } from '../../access'

export const GROUP = { en: 'Delivery', fr: 'Livraison' }

/** Documents whose `restaurant` belongs to the current user. */
export const ownsRestaurantOf: Access = ({ req }) => (req.user ? { 'restaurant.owner': { equals: req.user.id } } : false)
export const restaurantOwnerOrAdmin: Access = or(isAdmin, ownsRestaurantOf)
export const ownersCreate: Access = hasRole('restaurant-owner')

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number | string }).id : (v as number | string))

export async function assertOwnsRestaurant(req: PayloadRequest, restaurantId: unknown) {
  // no user = a trusted Local API call (seed, services); REST/GraphQL without a user never get here (create access)
  if (!req.user || userIsAdmin(req.user)) return
  if (restaurantId === undefined || restaurantId === null) return
  const restaurant = await req.payload
    .findByID({ collection: 'restaurants', id: idOf(restaurantId), req, depth: 0, overrideAccess: true })
    .catch(() => null)
  if (!restaurant) throw forbidden('Unknown restaurant.')
  if (String(idOf(restaurant.owner)) !== String(req.user.id)) throw forbidden('You can only manage your own restaurants.')
}

/** beforeChange: the `restaurant` of the document must belong to the writer (admins excepted). */
export const checkRestaurantOwnership: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (req.context?.deliverySystem) return data
  await assertOwnsRestaurant(req, data.restaurant ?? originalDoc?.restaurant)
  return data
}

export { idOf }
