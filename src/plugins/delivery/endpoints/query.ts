import type { PayloadRequest } from 'payload'

/** The raw query string of a request as a flat object. */
export function nearbyEndpointQuery(req: PayloadRequest): Record<string, string> {
  const url = new URL(req.url ?? 'http://localhost/')
  return Object.fromEntries(url.searchParams.entries())
}
