/** What every part of the dance plugin shares: its admin group. */
export const GROUP = { en: 'Dance', fr: 'Danse' }

/** A part of the plugin: adds its collections, endpoints, jobs, field extensions to the config. */
export type DancePart = (config: import('payload').Config) => import('payload').Config
