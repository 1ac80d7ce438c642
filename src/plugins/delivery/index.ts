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

export { markOrderPaid, markOrderPaymentFailed } from './services/payments'

export const deliveryPlugin = (): Plugin => (config: Config): Config => {
  offerTtlSeconds() // a bad DELIVERY_OFFER_TTL_SECONDS stops the start, not the first offer
  return {
    ...config,
    collections: [
      ...(config.collections ?? []),
      Restaurants,
      MenuCategories,
      MenuItems,
      DeliveryZones,
      Promotions,
      Coupons,
      CouponUsages,
      Orders,
      DeliveryTracking,
      DeliveryOffers,
      CustomerProfiles,
      DriverProfiles,
      DriverRatings,
      RestaurantReviews,
    ],
    endpoints: [...(config.endpoints ?? []), driverOffersEndpoint, acceptOfferEndpoint, declineOfferEndpoint],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), offerTimeoutTask] },
  }
}
