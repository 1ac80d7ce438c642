/**
 * What each platform accepts, checked when a post is scheduled (not when it fails at publish time):
 * caption length, hashtag count, number of images. Lengths are counted in Unicode code points
 * (what the platforms count for text without links).
 */
import type { Platform } from '../constants'

export type PlatformLimits = { maxCaption: number; maxHashtags: number | null; minImages: number; maxImages: number; label: string }

export const LIMITS: Record<Platform, PlatformLimits> = {
  // Instagram Graph API: caption ≤ 2,200 characters, ≤ 30 hashtags; a feed post needs an image (carousels not supported here yet)
  instagram: { maxCaption: 2200, maxHashtags: 30, minImages: 1, maxImages: 1, label: 'Instagram' },
  // Pages: 63,206 characters; /{page-id}/photos takes one photo per call (text-only posts go to /feed)
  facebook: { maxCaption: 63206, maxHashtags: 30, minImages: 0, maxImages: 1, label: 'Facebook' },
  // X: 280 characters for a standard account; up to 4 images per post
  x: { maxCaption: 280, maxHashtags: 10, minImages: 0, maxImages: 4, label: 'X' },
}

export const hashtagsOf = (text: string): string[] => text.match(/(^|[^\p{L}\p{N}_&])#[\p{L}\p{N}_]+/gu)?.map((h) => h.trim().replace(/^[^#]*/, '')) ?? []

export const codePoints = (text: string) => [...text].length

/** The caption sent to a platform: its variant when there is one, else the main caption. */
export const captionFor = (platform: Platform, caption: string, variants: { platform: string; caption?: string | null }[] | null | undefined) =>
  variants?.find((v) => v.platform === platform && v.caption)?.caption ?? caption

/** Every problem of the post for the platforms it goes to (empty when it can be scheduled). */
export function checkPostLimits(input: {
  caption: string
  variants?: { platform: string; caption?: string | null }[] | null
  platforms: Platform[]
  imageCount: number
}): string[] {
  const problems: string[] = []
  for (const platform of new Set(input.platforms)) {
    const limits = LIMITS[platform]
    const text = captionFor(platform, input.caption, input.variants)
    const where = text === input.caption ? 'caption' : `variants.${platform}`
    if (!text.trim() && input.imageCount === 0) problems.push(`${where}: ${limits.label} needs a caption or an image.`)
    const length = codePoints(text)
    if (length > limits.maxCaption) problems.push(`${where}: ${limits.label} accepts at most ${limits.maxCaption} characters (this one has ${length}).`)
    const tags = hashtagsOf(text).length
    if (limits.maxHashtags !== null && tags > limits.maxHashtags) problems.push(`${where}: ${limits.label} accepts at most ${limits.maxHashtags} hashtags (this one has ${tags}).`)
    if (input.imageCount < limits.minImages) problems.push(`images: ${limits.label} needs at least ${limits.minImages} image.`)
    if (input.imageCount > limits.maxImages) problems.push(`images: ${limits.label} takes at most ${limits.maxImages} image(s) per post (got ${input.imageCount}).`)
  }
  return problems
}
