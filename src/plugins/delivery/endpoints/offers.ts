import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../endpoints/http'
import { acceptOrder } from '../services/orders'
import { declineOffer, driverOffers, openOfferOrder } from '../services/offers'

/** GET /api/delivery/driver/offers — the driver's open offers (with deadline) and the unassigned ready orders near them. */
export const driverOffersEndpoint = defineEndpoint({
  path: '/delivery/driver/offers',
  method: 'get',
  auth: 'user',
  summary: "The driver's open offers (with deadline) and the unassigned ready orders near them",
  handler: async (req) => json(await driverOffers(req)),
})

/** POST /api/delivery/driver/offers/:id/accept — takes the offered order (same rules as POST /api/orders/:id/accept). */
export const acceptOfferEndpoint = defineEndpoint({
  path: '/delivery/driver/offers/:id/accept',
  method: 'post',
  auth: 'user',
  summary: 'Take the offered order (same rules as POST /orders/{id}/accept)',
  handler: async (req) => {
    const orderId = await openOfferOrder(req, routeParam(req, 'id'))
    return json(await acceptOrder(req, String(orderId)))
  },
})

/** POST /api/delivery/driver/offers/:id/decline — the order is offered to the next driver at once. */
export const declineOfferEndpoint = defineEndpoint({
  path: '/delivery/driver/offers/:id/decline',
  method: 'post',
  auth: 'user',
  summary: 'Decline an offer: the order is offered to the next driver at once',
  handler: async (req) => json(await declineOffer(req, routeParam(req, 'id'))),
})
