/** The provider in use: OpenAI when OPENAI_API_KEY is set, otherwise the clearly named local renderer. */
import { localRenderer } from './local-renderer'
import { openAIOptionsFromEnv, openAIProvider } from './openai'
import type { ImageProvider } from './types'

export function imageProvider(): ImageProvider {
  const openai = openAIOptionsFromEnv()
  return openai ? openAIProvider(openai) : localRenderer()
}

export { localRenderer, LOCAL_NOTE } from './local-renderer'
export { openAIProvider } from './openai'
export * from './types'
