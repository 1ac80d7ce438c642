import type { Endpoint } from 'payload'

import { json, requireUser, routeParam } from '../../../endpoints/http'
import { acceptOrder } from '../services/orders'
import { declineOffer, driverOffers, openOfferOrder } from '../services/offers'

/** GET /api/delivery/driver/offers — the driver's open offers (with deadline) and the unassigned ready orders near them. */
export const driverOffersEndpoint: Endpoint = {
  path: '/delivery/driver/offers',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    return json(await driverOffers(req))
  },
}

/** POST /api/delivery/driver/offers/:id/accept — takes the offered order (same rules as POST /api/orders/:id/accept). */
export const acceptOfferEndpoint: Endpoint = {
  path: '/delivery/driver/offers/:id/accept',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const orderId = await openOfferOrder(req, routeParam(req, 'id'))
    return json(await acceptOrder(req, String(orderId)))
  },
}

/** POST /api/delivery/driver/offers/:id/decline — the order is offered to the next driver at once. */
export const declineOfferEndpoint: Endpoint = {
  path: '/delivery/driver/offers/:id/decline',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    return json(await declineOffer(req, routeParam(req, 'id')))
  },
}
