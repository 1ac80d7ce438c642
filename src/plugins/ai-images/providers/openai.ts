/**
 * OpenAI Images API adapter (GPT image models) on the official `openai` SDK. One HTTP attempt per
 * call (the SDK's own retries are off): `services/retry.ts` decides what to try again, so the
 * policy is the same for every provider and visible in the history. Errors become
 * `ProviderError`s with the provider's own message; a moderation refusal keeps its code.
 */
import OpenAI, { APIConnectionError, APIError } from 'openai'

import { env } from '../../../lib/env'
import { MIME } from '../services/options'
import { retryAfterMs } from '../services/retry'
import { type GenerateRequest, type GenerateResult, type ImageProvider, ProviderError } from './types'

export type OpenAIProviderOptions = { apiKey: string; baseURL?: string; model?: string; timeoutMs?: number; organization?: string }

export const openAIOptionsFromEnv = (): OpenAIProviderOptions | null => {
  const apiKey = env.str('OPENAI_API_KEY')
  if (!apiKey) return null
  return {
    apiKey,
    baseURL: env.str('OPENAI_BASE_URL'),
    model: env.str('OPENAI_IMAGE_MODEL', 'gpt-image-1'),
    timeoutMs: env.int('OPENAI_TIMEOUT_MS', 120_000),
    organization: env.str('OPENAI_ORGANIZATION'),
  }
}

type ErrorBody = { message?: string; code?: null | string; type?: string }

/** Maps an SDK error to what the platform tells the requester and whether to retry. */
export function toProviderError(err: unknown): ProviderError {
  if (err instanceof ProviderError) return err
  if (err instanceof APIConnectionError) return new ProviderError(`The image provider could not be reached: ${err.message}`, 'network', true)
  if (err instanceof APIError) {
    const body = (err.error ?? {}) as ErrorBody
    const message = body.message || err.message
    const code = body.code ?? err.code ?? undefined
    const status = err.status
    if (code === 'moderation_blocked' || code === 'content_policy_violation') {
      return new ProviderError(`Refused by the provider's moderation: ${message}`, 'moderation_blocked', false, status)
    }
    if (status === 429) {
      // no credit left is not a rate limit: waiting does not help
      if (code === 'insufficient_quota' || code === 'billing_hard_limit_reached') return new ProviderError(message, 'quota_exceeded', false, status)
      return new ProviderError(message, 'rate_limited', true, status, retryAfterMs(err.headers))
    }
    if (status !== undefined && status >= 500) return new ProviderError(message, 'server_error', true, status, retryAfterMs(err.headers))
    if (status === 401 || status === 403) return new ProviderError(message, 'unauthorized', false, status)
    return new ProviderError(message, 'bad_request', false, status)
  }
  return new ProviderError(err instanceof Error ? err.message : String(err), 'server_error', false)
}

export function openAIProvider(options: OpenAIProviderOptions): ImageProvider {
  const model = options.model ?? 'gpt-image-1'
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    organization: options.organization,
    timeout: options.timeoutMs ?? 120_000,
    maxRetries: 0,
  })
  return {
    name: 'openai',
    model,
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      let response: Awaited<ReturnType<typeof client.images.generate>>
      try {
        response = await client.images.generate({
          model,
          prompt: request.prompt,
          n: request.n,
          size: request.size,
          quality: request.quality,
          background: request.background,
          output_format: request.outputFormat,
          moderation: 'auto',
          user: request.endUser,
        })
      } catch (err) {
        throw toProviderError(err)
      }
      const images = (response.data ?? []).map((d, i) => {
        if (!d.b64_json) throw new ProviderError(`The provider answered image ${i + 1} without base64 data.`, 'server_error', false)
        return { data: Buffer.from(d.b64_json, 'base64'), mimeType: MIME[request.outputFormat], extension: request.outputFormat, revisedPrompt: d.revised_prompt ?? undefined }
      })
      if (images.length === 0) throw new ProviderError('The provider answered without any image.', 'server_error', true)
      return { images, model, provider: 'openai' }
    },
  }
}
