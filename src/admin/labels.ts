/**
 * Select options labelled in both admin languages. The stored value (and the GraphQL enum) stays
 * the code; editors read "En attente" / "Pending". A value missing from the dictionary falls
 * back to a readable form of the code, so a new status never shows up blank.
 */
export type Bilingual = { en: string; fr: string }

const readable = (code: string) => code.replace(/[_-]+/g, ' ').replace(/^./, (c) => c.toUpperCase())

export function bilingualOptions<T extends string>(values: readonly T[], labels: Partial<Record<T, readonly [en: string, fr: string]>>): { value: T; label: Bilingual }[] {
  return values.map((value) => {
    const pair = labels[value]
    return { value, label: pair ? { en: pair[0], fr: pair[1] } : { en: readable(value), fr: readable(value) } }
  })
}

/** Labels shared by several plugins' statuses. */
export const COMMON_STATUS_LABELS = {
  pending: ['Pending', 'En attente'],
  processing: ['Processing', 'En cours'],
  paid: ['Paid', 'Payé'],
  failed: ['Failed', 'Échoué'],
  cancelled: ['Cancelled', 'Annulé'],
  expired: ['Expired', 'Expiré'],
  refunded: ['Refunded', 'Remboursé'],
  partially_refunded: ['Partially refunded', 'Partiellement remboursé'],
  active: ['Active', 'Actif'],
  completed: ['Completed', 'Terminé'],
} as const
