import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../endpoints/http'
import { nearbyQuerySchema, nearbyRestaurants, restaurantMenu } from '../services/catalogue'

/** GET /api/restaurants/nearby?lat=&lng=&openNow=&category=&minRating=&limit= */
export const nearbyEndpoint = defineEndpoint({
  path: '/nearby',
  method: 'get',
  auth: 'public',
  summary: 'Restaurants that deliver to a point, nearest first',
  query: nearbyQuerySchema,
  handler: async (req, { query }) => json(await nearbyRestaurants(req, query)),
})

/** GET /api/restaurants/:id/menu — active categories in order, available items only. */
export const menuEndpoint = defineEndpoint({
  path: '/:id/menu',
  method: 'get',
  auth: 'public',
  summary: "A restaurant's menu: active categories in order, available items only",
  params: z.object({ id: z.number().int().positive() }),
  handler: async (req) => json(await restaurantMenu(req, routeParam(req, 'id'))),
})
