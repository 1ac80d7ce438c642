import type { Endpoint } from 'payload'

import { badRequest, json, routeParam } from '../../../endpoints/http'
import { nearbyEndpointQuery } from './query'
import { nearbyQuerySchema, nearbyRestaurants, restaurantMenu } from '../services/catalogue'

/** GET /api/restaurants/nearby?lat=&lng=&openNow=&category=&minRating=&limit= */
export const nearbyEndpoint: Endpoint = {
  path: '/nearby',
  method: 'get',
  handler: async (req) => {
    const parsed = nearbyQuerySchema.safeParse(nearbyEndpointQuery(req))
    if (!parsed.success) throw badRequest(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
    return json(await nearbyRestaurants(req, parsed.data))
  },
}

/** GET /api/restaurants/:id/menu — active categories in order, available items only. */
export const menuEndpoint: Endpoint = {
  path: '/:id/menu',
  method: 'get',
  handler: async (req) => json(await restaurantMenu(req, routeParam(req, 'id'))),
}
