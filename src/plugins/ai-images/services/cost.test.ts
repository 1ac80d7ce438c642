import { describe, expect, it } from 'vitest'

import { estimateCostCents } from './cost'

describe('cost estimate', () => {
  it('prices by model, quality, size and count, in integer cents', () => {
    expect(estimateCostCents('gpt-image-1', 'high', '1024x1024', 1)).toBe(17)
    expect(estimateCostCents('gpt-image-1', 'high', '1536x1024', 4)).toBe(100)
    expect(estimateCostCents('gpt-image-1', 'low', '1024x1024', 4)).toBe(4)
    expect(estimateCostCents('gpt-image-1', 'auto', 'auto', 2)).toBe(8)
    expect(estimateCostCents('local-renderer', 'high', '1024x1024', 4)).toBe(0)
    expect(estimateCostCents('some-other-model', 'high', '1024x1024', 1)).toBeNull()
  })
})
