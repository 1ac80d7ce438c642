/**
 * A small tour of the typed client (run by tests/core/openapi.test.ts against a test server):
 * log in, read who I am, search restaurants (a custom endpoint whose query is typed from its zod
 * schema), and read a refusal as data.
 */
import { createVibeClient } from './index'

export async function example(baseUrl: string, email: string, password: string) {
  const api = createVibeClient({ baseUrl })

  const user = await api.login(email, password)

  const me = await api.GET('/users/me')

  const nearby = await api.GET('/restaurants/nearby', { params: { query: { lat: 5.35, lng: -4.0, limit: 5 } } })

  // a body the server's schema refuses: the typed error carries the message
  const refused = await api.POST('/users/register', { body: { email: 'not-an-address', password: 'short' } })

  return {
    userId: user.id,
    meEmail: me.data?.user?.email,
    nearbyStatus: nearby.response.status,
    refusedStatus: refused.response.status,
    refusedMessage: refused.error?.errors[0]?.message,
  }
}
