/** The adapter shape each channel's provider implements. */

/** A send that failed. `retryable` failures are retried by the job with backoff; others are final. */
export class ProviderError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly response?: unknown,
    /** The target (push token) is gone for good: deactivate it. */
    readonly invalidTarget = false,
  ) {
    super(message)
    this.name = 'ProviderError'
  }
}

export type SendResult = { messageId?: string; response?: unknown }

export type PushMessage = { body: string; data?: Record<string, string>; title: string; token: string }
export type SmsMessage = { text: string; to: string }

export interface PushProvider {
  name: string
  send(message: PushMessage): Promise<SendResult>
}
export interface SmsProvider {
  name: string
  send(message: SmsMessage): Promise<SendResult>
}

/** 429 and 5xx are worth retrying; other 4xx are not. */
export const isRetryableStatus = (status: number) => status === 408 || status === 429 || status >= 500

/** fetch that turns network failures into retryable provider errors. */
export async function providerFetch(provider: string, url: string, init: RequestInit, timeoutMs = 15_000): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    throw new ProviderError(`${provider}: network error: ${(error as Error).message}`, true)
  }
}

export async function readBody(res: Response): Promise<unknown> {
  const text = await res.text()
  try {
    return text ? JSON.parse(text) : null
  } catch {
    return text.slice(0, 2000)
  }
}
