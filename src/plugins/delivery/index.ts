/**
 * Delivery plugin (seed 001, Multi-Restaurants): restaurants, menus, orders with server-side
 * pricing and a single workflow table, driver assignment, live tracking, zones, ratings,
 * coupons and promotions, timed driver offers (queue `delivery`), refunds of cancelled paid orders.
 */
import type { Config, Plugin } from 'payload'

import { Coupons, CouponUsages } from './collections/coupons'
import { DeliveryOffers } from './collections/delivery-offers'
import { DeliveryTracking } from './collections/delivery-tracking'
import { DeliveryZones } from './collections/delivery-zones'
import { MenuCategories } from './collections/menu-categories'
import { MenuItems } from './collections/menu-items'
import { Orders } from './collections/orders'
import { CustomerProfiles, DriverProfiles } from './collections/profiles'
import { Promotions } from './collections/promotions'
import { DriverRatings, RestaurantReviews } from './collections/ratings'
import { Restaurants } from './collections/restaurants'
import { acceptOfferEndpoint, declineOfferEndpoint, driverOffersEndpoint } from './endpoints/offers'
import { offerTimeoutTask } from './jobs'
import { offerTtlSeconds } from './services/offers'
import type { Role } from '../../access/roles'
import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'

export { markOrderPaid, markOrderPaymentFailed } from './services/payments'

/** Who works with delivery in the admin (admins see everything). */
const DELIVERY_ROLES: Role[] = ['restaurant-owner', 'driver', 'editor']

export const deliveryPlugin = (): Plugin => (config: Config): Config => {
  offerTtlSeconds() // a bad DELIVERY_OFFER_TTL_SECONDS stops the start, not the first offer
  const withDelivery: Config = {
    ...config,
    collections: [
      ...(config.collections ?? []),
      ...forRoles(
        [Restaurants, MenuCategories, MenuItems, DeliveryZones, Promotions, Coupons, Orders, DeliveryOffers, CustomerProfiles, DriverProfiles, DriverRatings, RestaurantReviews],
        DELIVERY_ROLES,
      ),
      // internal records: coupon uses and the delivery log
      asSystem(CouponUsages),
      asSystem(DeliveryTracking),
    ],
    endpoints: [...(config.endpoints ?? []), driverOffersEndpoint, acceptOfferEndpoint, declineOfferEndpoint],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), offerTimeoutTask] },
  }
  return addDashboardWidgets(withDelivery, [
    { slug: 'delivery-overview', Component: '/plugins/delivery/admin/dashboard-widget#DeliveryWidget', label: { en: 'Delivery', fr: 'Livraison' }, roles: ['restaurant-owner'], order: 10, width: 'large' },
  ])
}
