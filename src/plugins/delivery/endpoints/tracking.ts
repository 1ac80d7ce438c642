import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../endpoints/http'
import { locationSchema, updateLocation } from '../services/tracking'

/** PATCH /api/delivery-tracking/:id/location { latitude, longitude } — the assigned driver only. */
export const locationEndpoint = defineEndpoint({
  path: '/:id/location',
  method: 'patch',
  auth: 'user',
  summary: "Report the driver's position (the assigned driver only)",
  body: locationSchema,
  handler: async (req, { body }) => json(await updateLocation(req, routeParam(req, 'id'), body)),
})
