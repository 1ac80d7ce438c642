/**
 * What a generation request may ask for (the Images API's GPT image parameters) and the limits
 * that cost and abuse control read from the environment.
 */
import { z } from 'zod'

import { env } from '../../../lib/env'

/** Presets add a style sentence to the prompt (GPT image models have no style parameter). */
export const STYLE_PRESETS = {
  none: '',
  photographic: 'Photorealistic photograph, natural light, shallow depth of field.',
  illustration: 'Flat vector illustration, clean shapes, bold colours.',
  watercolor: 'Soft watercolour painting on textured paper.',
  '3d-render': 'Polished 3D render, studio lighting, soft shadows.',
  minimalist: 'Minimalist composition, lots of negative space, two or three colours.',
  'pop-art': 'Pop-art poster, halftone dots, saturated colours.',
} as const
export type StylePreset = keyof typeof STYLE_PRESETS
export const STYLE_VALUES = Object.keys(STYLE_PRESETS) as [StylePreset, ...StylePreset[]]

export const SIZES = ['1024x1024', '1536x1024', '1024x1536', 'auto'] as const
export const QUALITIES = ['low', 'medium', 'high', 'auto'] as const
export const BACKGROUNDS = ['auto', 'opaque', 'transparent'] as const
export const OUTPUT_FORMATS = ['png', 'jpeg', 'webp'] as const

export type ImageSize = (typeof SIZES)[number]
export type ImageQuality = (typeof QUALITIES)[number]
export type ImageBackground = (typeof BACKGROUNDS)[number]
export type OutputFormat = (typeof OUTPUT_FORMATS)[number]

export const limits = () => ({
  maxPromptLength: env.int('AI_IMAGES_MAX_PROMPT_LENGTH', 1000),
  dailyQuota: env.int('AI_IMAGES_DAILY_QUOTA', 20),
  maxConcurrent: env.int('AI_IMAGES_MAX_CONCURRENT', 2),
  maxAttempts: Math.max(1, env.int('AI_IMAGES_MAX_ATTEMPTS', 4)),
  retryBaseDelayMs: env.int('AI_IMAGES_RETRY_BASE_MS', 1_000),
  retryMaxDelayMs: env.int('AI_IMAGES_RETRY_MAX_DELAY_MS', 30_000),
  cleanupAfterDays: env.int('AI_IMAGES_CLEANUP_AFTER_DAYS', 30),
  /** A `generating` document older than this was left by a dead worker: the cleanup fails it. */
  staleAfterMinutes: env.int('AI_IMAGES_STALE_AFTER_MINUTES', 30),
})

export const generateSchema = () =>
  z
    .object({
      prompt: z.string().trim().min(3, 'at least 3 characters').max(limits().maxPromptLength, `at most ${limits().maxPromptLength} characters`),
      style: z.enum(STYLE_VALUES).default('none'),
      size: z.enum(SIZES).default('1024x1024'),
      quality: z.enum(QUALITIES).default('medium'),
      background: z.enum(BACKGROUNDS).default('auto'),
      outputFormat: z.enum(OUTPUT_FORMATS).default('png'),
      n: z.number().int().min(1).max(4).default(1),
      tags: z.array(z.number().int().positive()).max(10).default([]),
    })
    .strict()
    .refine((v) => v.background !== 'transparent' || v.outputFormat !== 'jpeg', {
      path: ['background'],
      message: 'a transparent background needs png or webp (jpeg has no transparency)',
    })

export type GenerateInput = z.infer<ReturnType<typeof generateSchema>>

/** The prompt sent to the provider: the user's words, then the preset's style sentence. */
export const fullPrompt = (prompt: string, style: StylePreset) => (STYLE_PRESETS[style] ? `${prompt}\n\nStyle: ${STYLE_PRESETS[style]}` : prompt)

/** Pixel size of a requested size (`auto` renders square locally). */
export function pixels(size: ImageSize): { width: number; height: number } {
  const [w, h] = (size === 'auto' ? '1024x1024' : size).split('x').map(Number)
  return { width: w, height: h }
}

export const MIME: Record<OutputFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' }
