/**
 * Delivery plugin (seed 001, Multi-Restaurants): restaurants, menus, orders with server-side
 * pricing and a single workflow table, driver assignment, live tracking, zones, ratings,
 * coupons and promotions.
 */
import type { Config, Plugin } from 'payload'

import { Coupons, CouponUsages } from './collections/coupons'
import { DeliveryTracking } from './collections/delivery-tracking'
import { DeliveryZones } from './collections/delivery-zones'
import { MenuCategories } from './collections/menu-categories'
import { MenuItems } from './collections/menu-items'
import { Orders } from './collections/orders'
import { CustomerProfiles, DriverProfiles } from './collections/profiles'
import { Promotions } from './collections/promotions'
import { DriverRatings, RestaurantReviews } from './collections/ratings'
import { Restaurants } from './collections/restaurants'

export { markOrderPaid, markOrderPaymentFailed } from './services/payments'

export const deliveryPlugin = (): Plugin => (config: Config): Config => ({
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
    CustomerProfiles,
    DriverProfiles,
    DriverRatings,
    RestaurantReviews,
  ],
})
