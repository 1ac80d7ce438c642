/**
 * The typed client of the Vibe Platform REST API: `openapi-fetch` over the types generated from
 * `/api/openapi.json` (`schema.d.ts`). Paths, parameters, bodies and answers are checked by TypeScript.
 *
 *   const api = createVibeClient({ baseUrl: 'https://vibe.example/api' })
 *   await api.login('me@example.com', '…')
 *   const { data } = await api.GET('/restaurants/nearby', { params: { query: { lat: 5.35, lng: -4.0 } } })
 */
import createClient, { type Client, type ClientOptions } from 'openapi-fetch'

import type { components, paths } from './schema'

export type { components, operations, paths } from './schema'
export type Schemas = components['schemas']

export type VibeClient = Client<paths> & {
  /** Logs in (POST /users/login) and sends the token with every later request. */
  login: (email: string, password: string) => Promise<Schemas['Users']>
  /** Sends this token (from a login elsewhere) with every request; `undefined` to stop. */
  setToken: (token: string | undefined) => void
}

export function createVibeClient(options: ClientOptions & { token?: string }): VibeClient {
  const { token: initial, ...rest } = options
  let token = initial
  const client = createClient<paths>(rest)
  client.use({
    onRequest({ request }) {
      if (token) request.headers.set('Authorization', `JWT ${token}`)
      return request
    },
  })
  return Object.assign(client, {
    setToken(next: string | undefined) {
      token = next
    },
    async login(email: string, password: string) {
      const { data, error, response } = await client.POST('/users/login', { body: { email, password } })
      if (!data?.token || !data.user) throw new Error(`login refused (${response.status}): ${error?.errors?.[0]?.message ?? 'no token'}`)
      token = data.token
      return data.user
    },
  })
}
