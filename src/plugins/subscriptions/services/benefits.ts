/** What a plan's benefits add up to, for the bookings engine (a reduced price, priority booking). */
export const BENEFIT_TYPES = ['booking_discount', 'priority_booking'] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]

export type PlanBenefit = { type: BenefitType; percent?: null | number; label?: null | string }

export type Benefits = {
  /** The largest percent off bookings among the user's current subscriptions (0: none); discounts never add up. */
  bookingDiscountPercent: number
  /** Whether any current subscription gives priority booking. */
  priorityBooking: boolean
  /** The subscriptions these come from. */
  subscriptions: { id: number; plan: { id: number; slug: string }; status: string; until: string }[]
}

export const NO_BENEFITS: Benefits = { bookingDiscountPercent: 0, priorityBooking: false, subscriptions: [] }

/** Merges the benefits of several plans: the best discount (not the sum), priority if any plan has it. */
export function mergeBenefits(lists: (null | PlanBenefit[] | undefined)[]): Omit<Benefits, 'subscriptions'> {
  let bookingDiscountPercent = 0
  let priorityBooking = false
  for (const list of lists) {
    for (const b of list ?? []) {
      if (b.type === 'booking_discount' && typeof b.percent === 'number') bookingDiscountPercent = Math.max(bookingDiscountPercent, Math.min(100, b.percent))
      if (b.type === 'priority_booking') priorityBooking = true
    }
  }
  return { bookingDiscountPercent, priorityBooking }
}
