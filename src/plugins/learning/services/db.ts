/** The id of a relationship value, populated or not. Raw SQL helpers live in `src/db/transaction`. */
export const idOf = (v: unknown): number => Number(v && typeof v === 'object' ? (v as { id: unknown }).id : v)
