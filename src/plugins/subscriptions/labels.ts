/** Admin group and label helper shared by the subscriptions collections. */
export const GROUP = { en: 'Subscriptions', fr: 'Abonnements' }
export const l = (en: string, fr: string) => ({ en, fr })
