/** Jobs: the end of a driver's offer window (idempotent: an answered offer is left as it is). */
import type { TaskConfig } from 'payload'

import { expireOffer, OFFER_TIMEOUT_TASK } from '../services/offers'

export const offerTimeoutTask: TaskConfig = {
  slug: OFFER_TIMEOUT_TASK,
  label: 'Expire a delivery offer and offer the order to the next driver',
  inputSchema: [{ name: 'offerId', type: 'number', required: true }],
  outputSchema: [{ name: 'result', type: 'text' }],
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 2_000 } },
  handler: async ({ input, req }) => ({ output: { result: await expireOffer(req, (input as { offerId: number }).offerId) } }),
}
