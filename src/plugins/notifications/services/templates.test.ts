import { describe, expect, it } from 'vitest'

import { channelsWithTemplates, chooseTemplate } from './templates'

const t = (type: string, channel: string, locale: string, extra: Record<string, unknown> = {}) => ({ type, channel, locale, body: `${type}/${channel}/${locale}`, ...extra })

describe('chooseTemplate', () => {
  it('prefers the user locale, then French', () => {
    const rows = [t('x', 'email', 'fr'), t('x', 'email', 'en')]
    expect(chooseTemplate(rows, [], 'x', 'email', 'en')?.body).toBe('x/email/en')
    expect(chooseTemplate(rows, [], 'x', 'email', 'fr')?.body).toBe('x/email/fr')
    expect(chooseTemplate([t('x', 'email', 'fr')], [], 'x', 'email', 'en')?.body).toBe('x/email/fr')
    expect(chooseTemplate(rows, [], 'x', 'email', 'de')?.body).toBe('x/email/fr')
  })
  it('database rows win over registered defaults; an inactive row falls back to the next locale', () => {
    const defaults = [t('x', 'push', 'en', { body: 'default en' }), t('x', 'push', 'fr', { body: 'default fr' })]
    expect(chooseTemplate([t('x', 'push', 'en', { body: 'edited' })], defaults, 'x', 'push', 'en')?.body).toBe('edited')
    expect(chooseTemplate([t('x', 'push', 'en', { active: false })], defaults, 'x', 'push', 'en')?.body).toBe('default fr')
    expect(chooseTemplate([t('x', 'push', 'en', { active: false }), t('x', 'push', 'fr', { active: false })], defaults, 'x', 'push', 'en')).toBeUndefined()
  })
  it('lists the channels that have a template', () => {
    expect(channelsWithTemplates([t('x', 'sms', 'fr'), t('x', 'email', 'fr', { active: false })], [t('x', 'in-app', 'fr'), t('y', 'push', 'fr')], 'x')).toEqual([
      'in-app',
      'sms',
    ])
  })
})
