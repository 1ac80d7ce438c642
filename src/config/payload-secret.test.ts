import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'

import {
  UNSET_SECRET_PLACEHOLDER,
  assertPayloadSecret,
  configSecret,
  ensurePayloadSecret,
  isLoopbackUrl,
  payloadSecretDecision,
  readOrCreateDevSecret,
} from './payload-secret'

afterEach(() => vi.unstubAllEnvs())

const RANDOM = 'f3b1c0de9a8b7c6d5e4f30211203f4e5d6c7b8a9'

describe('payloadSecretDecision', () => {
  it('uses an explicit secret that is not a published default, wherever the server runs', () => {
    expect(payloadSecretDecision({ secret: RANDOM, nodeEnv: 'production', publicUrl: 'https://vibe.example' })).toEqual({ action: 'use', secret: RANDOM })
    expect(payloadSecretDecision({ secret: RANDOM, nodeEnv: undefined, publicUrl: undefined })).toEqual({ action: 'use', secret: RANDOM })
  })

  it('generates one in development: no secret (or a published one) and a loopback or unset PUBLIC_URL', () => {
    for (const publicUrl of [undefined, 'http://localhost:3000', 'http://127.0.0.1:4000', 'http://[::1]:3000', 'http://app.localhost']) {
      expect(payloadSecretDecision({ secret: undefined, nodeEnv: 'development', publicUrl }), String(publicUrl)).toEqual({ action: 'generate' })
    }
    expect(payloadSecretDecision({ secret: '', nodeEnv: undefined, publicUrl: undefined })).toEqual({ action: 'generate' })
    expect(payloadSecretDecision({ secret: 'dev-only-secret-change-me-0123456789', nodeEnv: 'test', publicUrl: undefined })).toEqual({ action: 'generate' })
  })

  it('refuses with NODE_ENV=production or a PUBLIC_URL others can reach, when the secret is missing or published', () => {
    const cases = [
      { secret: undefined, nodeEnv: 'production', publicUrl: undefined, why: /not set.*NODE_ENV is production/ },
      { secret: undefined, nodeEnv: 'production', publicUrl: 'http://localhost:3000', why: /NODE_ENV is production/ },
      { secret: undefined, nodeEnv: 'development', publicUrl: 'https://vibe.example', why: /not set.*PUBLIC_URL \(https:\/\/vibe\.example\) is not a loopback/ },
      { secret: 'dev-only-secret-change-me-0123456789', nodeEnv: 'production', publicUrl: undefined, why: /published default/ },
      { secret: 'change-me', nodeEnv: undefined, publicUrl: 'http://192.168.1.10:3000', why: /published default/ },
      { secret: ' CHANGE-ME ', nodeEnv: 'production', publicUrl: undefined, why: /published default/ },
      { secret: UNSET_SECRET_PLACEHOLDER, nodeEnv: 'production', publicUrl: undefined, why: /published default/ },
    ]
    for (const { why, ...input } of cases) {
      const decision = payloadSecretDecision(input)
      expect(decision.action, JSON.stringify(input)).toBe('refuse')
      expect(decision.action === 'refuse' && decision.reason, JSON.stringify(input)).toMatch(why)
      expect(decision.action === 'refuse' && decision.reason).toMatch(/Set PAYLOAD_SECRET/)
    }
  })

  it('tells loopback URLs from others', () => {
    expect(isLoopbackUrl('http://localhost:3000')).toBe(true)
    expect(isLoopbackUrl('http://127.0.0.2')).toBe(true)
    expect(isLoopbackUrl('http://localhost.evil.example')).toBe(false)
    expect(isLoopbackUrl('https://vibe.example')).toBe(false)
    expect(isLoopbackUrl('not a url')).toBe(false)
  })
})

describe('development secret file', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'vibe-secret-'))

  it('is generated once, random, mode 0600, and reused', () => {
    const dir = tmp()
    const file = path.join(dir, 'nested', 'payload-secret')
    const first = readOrCreateDevSecret(file)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(file).mode & 0o777).toBe(0o600)
    expect(readOrCreateDevSecret(file)).toBe(first)
    expect(readOrCreateDevSecret(path.join(dir, 'other'))).not.toBe(first)
  })

  it('lives under DATA_DIR; the server settles it in the environment, and refuses outside development', () => {
    const dir = tmp()
    vi.stubEnv('DATA_DIR', dir)
    vi.stubEnv('PAYLOAD_SECRET', '')
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
    const secret = ensurePayloadSecret()
    expect(fs.readFileSync(path.join(dir, 'payload-secret'), 'utf8').trim()).toBe(secret)
    expect(process.env.PAYLOAD_SECRET).toBe(secret)
    vi.stubEnv('PAYLOAD_SECRET', '')
    expect(configSecret()).toBe(secret)

    vi.stubEnv('PUBLIC_URL', 'https://vibe.example')
    expect(() => ensurePayloadSecret()).toThrow(/Refusing to start: PAYLOAD_SECRET is not set/)
    // building the config (next build, CLI) does not throw: the placeholder is refused when Payload starts
    expect(configSecret()).toBe(UNSET_SECRET_PLACEHOLDER)
    vi.stubEnv('NODE_ENV', 'production')
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
    expect(() => ensurePayloadSecret()).toThrow(/NODE_ENV is production/)
  })

  it('Payload started some other way (next start) refuses the placeholder in its onInit, not a real secret', () => {
    vi.stubEnv('NODE_ENV', 'production')
    expect(() => assertPayloadSecret(UNSET_SECRET_PLACEHOLDER)).toThrow(/Refusing to start: PAYLOAD_SECRET is a published default/)
    expect(() => assertPayloadSecret(RANDOM)).not.toThrow()
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('PUBLIC_URL', 'http://localhost:3000')
    expect(() => assertPayloadSecret(readOrCreateDevSecret(path.join(tmp(), 's')))).not.toThrow()
  })
})
