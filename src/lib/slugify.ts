/** URL slug from a title: accents removed, lowercase, dashes; `fallback` when nothing is left. */
export const slugify = (s: string, fallback: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 200) || fallback
