import { describe, expect, it } from 'vitest'

import { addPeriod, graceEnd, renewalDueAt } from './periods'
import { mergeBenefits } from './benefits'
import { givesBenefits } from './queries'

const d = (iso: string) => new Date(iso)

describe('billing periods', () => {
  it('adds calendar months and years, clamping to the last day of shorter months', () => {
    expect(addPeriod(d('2026-01-15T10:00:00Z'), 'month').toISOString()).toBe('2026-02-15T10:00:00.000Z')
    expect(addPeriod(d('2026-01-31T10:00:00Z'), 'month').toISOString()).toBe('2026-02-28T10:00:00.000Z')
    expect(addPeriod(d('2028-01-31T00:00:00Z'), 'month').toISOString()).toBe('2028-02-29T00:00:00.000Z')
    expect(addPeriod(d('2026-12-31T23:59:00Z'), 'month').toISOString()).toBe('2027-01-31T23:59:00.000Z')
    expect(addPeriod(d('2028-02-29T08:00:00Z'), 'year').toISOString()).toBe('2029-02-28T08:00:00.000Z')
  })

  it('renewal is due a set time before the end; grace runs from the period end (or now, when later)', () => {
    expect(renewalDueAt(d('2026-03-10T00:00:00Z'), 72).toISOString()).toBe('2026-03-07T00:00:00.000Z')
    expect(graceEnd(d('2026-03-10T00:00:00Z'), d('2026-03-08T00:00:00Z'), 7).toISOString()).toBe('2026-03-17T00:00:00.000Z')
    expect(graceEnd(d('2026-03-10T00:00:00Z'), d('2026-03-12T00:00:00Z'), 7).toISOString()).toBe('2026-03-19T00:00:00.000Z')
  })
})

describe('benefits', () => {
  it('takes the best discount (never the sum) and priority from any plan', () => {
    expect(mergeBenefits([[{ type: 'booking_discount', percent: 10 }], [{ type: 'booking_discount', percent: 20 }, { type: 'priority_booking' }]])).toEqual({
      bookingDiscountPercent: 20,
      priorityBooking: true,
    })
    expect(mergeBenefits([null, []])).toEqual({ bookingDiscountPercent: 0, priorityBooking: false })
  })

  it('apply while the period runs, and to a past-due subscription during its grace only', () => {
    const now = d('2026-05-01T00:00:00Z')
    expect(givesBenefits({ status: 'active', currentPeriodEnd: '2026-05-02T00:00:00Z' }, now)).toBe(true)
    expect(givesBenefits({ status: 'active', currentPeriodEnd: '2026-04-30T00:00:00Z' }, now)).toBe(false)
    expect(givesBenefits({ status: 'cancelling', currentPeriodEnd: '2026-05-02T00:00:00Z' }, now)).toBe(true)
    expect(givesBenefits({ status: 'past_due', currentPeriodEnd: '2026-04-20T00:00:00Z', graceUntil: '2026-05-03T00:00:00Z' }, now)).toBe(true)
    expect(givesBenefits({ status: 'past_due', currentPeriodEnd: '2026-04-20T00:00:00Z', graceUntil: '2026-04-27T00:00:00Z' }, now)).toBe(false)
    expect(givesBenefits({ status: 'pending_payment' }, now)).toBe(false)
    expect(givesBenefits({ status: 'expired', currentPeriodEnd: '2026-06-01T00:00:00Z' }, now)).toBe(false)
  })
})
