import { describe, expect, it } from 'vitest'

import { captionFor, checkPostLimits, hashtagsOf } from './limits'

describe('platform limits', () => {
  it('counts hashtags, not anchors or words with #', () => {
    expect(hashtagsOf('#salsa at 18:00 #bachata-night, C# a&#39;b')).toEqual(['#salsa', '#bachata'])
  })
  it('checks each platform against its own variant', () => {
    const long = 'x'.repeat(300)
    expect(checkPostLimits({ caption: long, platforms: ['instagram', 'x'], imageCount: 1 })).toEqual([expect.stringMatching(/^caption: X accepts at most 280/)])
    expect(checkPostLimits({ caption: long, variants: [{ platform: 'x', caption: 'short' }], platforms: ['instagram', 'x'], imageCount: 1 })).toEqual([])
    expect(captionFor('x', 'main', [{ platform: 'x', caption: 'short' }])).toBe('short')
  })
  it('limits hashtags and images', () => {
    const tags = Array.from({ length: 31 }, (_, i) => `#t${i}`).join(' ')
    expect(checkPostLimits({ caption: tags, platforms: ['instagram'], imageCount: 1 })[0]).toMatch(/at most 30 hashtags \(this one has 31\)/)
    expect(checkPostLimits({ caption: 'hi', platforms: ['instagram'], imageCount: 0 })[0]).toMatch(/needs at least 1 image/)
    expect(checkPostLimits({ caption: 'hi', platforms: ['x'], imageCount: 5 })[0]).toMatch(/at most 4 image/)
  })
})
