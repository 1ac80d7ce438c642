/**
 * Cost estimate of a request, in US cents (integer minor units, currency USD), from the published
 * per-image prices of GPT image models by quality and size. Unknown models: no estimate. The
 * local renderer costs nothing.
 */
import type { ImageQuality, ImageSize } from './options'

type PriceRow = { square: number; portraitOrLandscape: number }

/** Dollars per image. `auto` quality is priced as medium. */
const PRICES: Record<string, Record<Exclude<ImageQuality, 'auto'>, PriceRow>> = {
  'gpt-image-1': {
    low: { square: 0.011, portraitOrLandscape: 0.016 },
    medium: { square: 0.042, portraitOrLandscape: 0.063 },
    high: { square: 0.167, portraitOrLandscape: 0.25 },
  },
  'gpt-image-1-mini': {
    low: { square: 0.005, portraitOrLandscape: 0.006 },
    medium: { square: 0.011, portraitOrLandscape: 0.015 },
    high: { square: 0.036, portraitOrLandscape: 0.052 },
  },
}

export const COST_CURRENCY = 'USD'

export function estimateCostCents(model: string, quality: ImageQuality, size: ImageSize, images: number): null | number {
  if (model === 'local-renderer') return 0
  const table = PRICES[model]
  if (!table) return null
  const row = table[quality === 'auto' ? 'medium' : quality]
  const each = size === '1024x1024' || size === 'auto' ? row.square : row.portraitOrLandscape
  // dollars → cents, rounded once on the total (4 × 1.1 ¢ is 4 ¢, not 4 × 1 ¢)
  return Math.round(each * images * 100)
}
