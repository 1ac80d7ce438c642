/** The image provider contract: the OpenAI adapter and the local renderer both fulfil it. */
import type { ImageBackground, ImageQuality, ImageSize, OutputFormat } from '../services/options'

export type ProviderName = 'local-renderer' | 'openai'

export type GenerateRequest = {
  /** The prompt with the style preset's sentence appended. */
  prompt: string
  /** The user's own words (the local renderer draws these). */
  userPrompt: string
  size: ImageSize
  quality: ImageQuality
  background: ImageBackground
  outputFormat: OutputFormat
  n: number
  /** A stable, non-identifying end-user id for the provider's abuse monitoring. */
  endUser?: string
}

export type GeneratedFile = { data: Buffer; mimeType: string; extension: OutputFormat; revisedPrompt?: string }

export type GenerateResult = { images: GeneratedFile[]; model: string; provider: ProviderName; note?: string }

/**
 * What went wrong, in the platform's words. `retryable`: worth trying again (429 rate limits,
 * 5xx, network); `retryAfterMs`: what the provider asked us to wait.
 */
export type ProviderErrorCode = 'bad_request' | 'moderation_blocked' | 'network' | 'quota_exceeded' | 'rate_limited' | 'server_error' | 'unauthorized'

export class ProviderError extends Error {
  constructor(
    message: string,
    readonly code: ProviderErrorCode,
    readonly retryable: boolean,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message)
    this.name = 'ProviderError'
  }
}

export type ImageProvider = {
  name: ProviderName
  model: string
  generate: (request: GenerateRequest) => Promise<GenerateResult>
}
