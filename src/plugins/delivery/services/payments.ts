/** The payments plugin's entry points into orders (wired by the lead at merge). */
export { markOrderPaid, markOrderPaymentFailed } from './orders'
