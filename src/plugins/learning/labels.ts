export const GROUP = { en: 'Learning', fr: 'Formation' }
export const l = (en: string, fr: string) => ({ en, fr })
