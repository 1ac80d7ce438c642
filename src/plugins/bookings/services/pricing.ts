/**
 * Server-side prices: the early-bird price until its deadline, then the regular price; a promo
 * code takes a percentage or a fixed amount off (never below zero). Integer minor units.
 */
export type PriceTiers = { regular: number; earlyBird?: null | number; earlyBirdUntil?: Date | null | string }
export type PromoRule = { discountType: 'fixed' | 'percentage'; discountValue: number }
export type PriceTier = 'early_bird' | 'free' | 'regular'
export type Quote = { tier: PriceTier; base: number; discount: number; amount: number }

export function currentTier(tiers: PriceTiers, now: Date): Exclude<PriceTier, 'free'> {
  const until = tiers.earlyBirdUntil ? new Date(tiers.earlyBirdUntil) : null
  return tiers.earlyBird !== null && tiers.earlyBird !== undefined && until && now < until ? 'early_bird' : 'regular'
}

export function quote(tiers: PriceTiers, now: Date, promo?: null | PromoRule): Quote {
  const tier = currentTier(tiers, now)
  const base = Math.max(0, Math.round(tier === 'early_bird' ? (tiers.earlyBird as number) : tiers.regular))
  if (base === 0) return { tier: 'free', base: 0, discount: 0, amount: 0 }
  let discount = 0
  if (promo) {
    discount = promo.discountType === 'percentage' ? Math.floor((base * Math.min(100, Math.max(0, promo.discountValue))) / 100) : Math.max(0, Math.round(promo.discountValue))
    discount = Math.min(discount, base)
  }
  return { tier, base, discount, amount: base - discount }
}
