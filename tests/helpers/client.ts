/** A small HTTP client for tests: JSON in, status + parsed body out, with JWT, cookie or API key auth. */
export type Auth = { token?: string; cookie?: string; apiKey?: string; collection?: string }

export type ApiResponse<T = any> = { status: number; body: T; headers: Headers; text: string }

export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    path: string,
    { auth, body, headers = {}, raw }: { auth?: Auth; body?: unknown; headers?: Record<string, string>; raw?: BodyInit } = {},
  ): Promise<ApiResponse<T>> {
    const h: Record<string, string> = { 'accept-language': 'en', ...headers }
    if (auth?.token) h.authorization = `JWT ${auth.token}`
    if (auth?.apiKey) h.authorization = `${auth.collection ?? 'users'} API-Key ${auth.apiKey}`
    if (auth?.cookie) h.cookie = auth.cookie
    let payloadBody: BodyInit | undefined = raw
    if (body !== undefined && raw === undefined) {
      payloadBody = JSON.stringify(body)
      h['content-type'] ??= 'application/json'
    }
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers: h, body: payloadBody, redirect: 'manual' })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed as T, headers: res.headers, text }
  }

  get = <T = any>(path: string, auth?: Auth) => this.request<T>('GET', path, { auth })
  post = <T = any>(path: string, body?: unknown, auth?: Auth) => this.request<T>('POST', path, { auth, body })
  patch = <T = any>(path: string, body?: unknown, auth?: Auth) => this.request<T>('PATCH', path, { auth, body })
  delete = <T = any>(path: string, auth?: Auth) => this.request<T>('DELETE', path, { auth })

  async graphql<T = any>(query: string, variables?: Record<string, unknown>, auth?: Auth) {
    return this.request<{ data: T; errors?: { message: string; extensions?: { statusCode?: number } }[] }>('POST', '/api/graphql', {
      auth,
      body: { query, variables },
    })
  }

  /** Logs in through REST; returns the JWT and the cookie header to reuse. */
  async login(email: string, password: string): Promise<Auth & { user: any }> {
    const res = await this.post('/api/users/login', { email, password })
    if (res.status !== 200) throw new Error(`login failed for ${email}: ${res.status} ${res.text}`)
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    return { token: res.body.token, cookie, user: res.body.user }
  }
}
