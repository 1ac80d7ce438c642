import { afterEach, describe, expect, it, vi } from 'vitest'

import { loopbackAliases } from './build-config'

afterEach(() => vi.unstubAllEnvs())

describe('loopbackAliases', () => {
  it('admits the other loopback name of a local PUBLIC_URL, outside production only', () => {
    expect(loopbackAliases('http://localhost:3000')).toEqual(['http://127.0.0.1:3000'])
    expect(loopbackAliases('http://127.0.0.1:4000')).toEqual(['http://localhost:4000'])
    expect(loopbackAliases('https://vibe.example')).toEqual([])
    expect(loopbackAliases(undefined)).toEqual([])
    vi.stubEnv('NODE_ENV', 'production')
    expect(loopbackAliases('http://localhost:3000')).toEqual([])
  })
})
