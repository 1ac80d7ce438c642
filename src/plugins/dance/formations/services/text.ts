/**
 * Pure text helpers of formations: the plain text of a Lexical document, its reading time, and the
 * accent-folded text the search index is built from ("Théorie du décalé" → "theorie du decale").
 */

/** Words read per minute for the reading time. */
export const WORDS_PER_MINUTE = 200

type LexicalNode = { type?: string; text?: unknown; children?: unknown }

/** The text of a Lexical editor state (`{ root: { children } }`), blocks separated by newlines. */
export function lexicalPlainText(value: unknown): string {
  const root = value && typeof value === 'object' ? (value as { root?: unknown }).root : undefined
  if (!root || typeof root !== 'object') return typeof value === 'string' ? value : ''
  const out: string[] = []
  const walk = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 50) return
    const n = node as LexicalNode
    if (typeof n.text === 'string') out.push(n.text)
    if (n.type === 'linebreak') out.push('\n')
    if (Array.isArray(n.children)) {
      for (const child of n.children) walk(child, depth + 1)
      // a block (paragraph, heading, list item…) ends a line
      if (n.type !== 'root' && n.type !== 'link' && n.type !== 'autolink') out.push('\n')
    }
  }
  walk(root, 0)
  return out.join('').replace(/[ \t]*\n[\s]*/g, '\n').trim()
}

export const wordCount = (text: string): number => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length

/** Minutes to read `text` at WORDS_PER_MINUTE, at least 1. */
export const readingMinutes = (text: string): number => Math.max(1, Math.ceil(wordCount(text) / WORDS_PER_MINUTE))

/** Lowercase, accents and ligatures folded, anything but letters and digits turned into spaces. */
export function foldText(s: string): string {
  return s
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim()
}

/** Upper bound of the stored search text (Postgres tsvector has a 1 MB limit; articles are far shorter). */
export const MAX_SEARCH_TEXT = 200_000

/**
 * What the search indexes for one locale: the folded title on the first line (the search ranks a
 * match there higher), then the excerpt and the content.
 */
export function searchTextOf(parts: { title?: unknown; excerpt?: unknown; content?: unknown }): string {
  const title = foldText(typeof parts.title === 'string' ? parts.title : '').replace(/\n/g, ' ')
  const excerpt = foldText(typeof parts.excerpt === 'string' ? parts.excerpt : '')
  const body = foldText(lexicalPlainText(parts.content))
  return [title, excerpt, body].join('\n').slice(0, MAX_SEARCH_TEXT)
}

/**
 * The search words of a query, folded like the index: at most 10, each kept to letters and digits
 * (so the tsquery built from them cannot be malformed).
 */
export function queryTerms(q: string): string[] {
  return [...new Set(foldText(q).split(/[^a-z0-9]+/).filter((t) => t.length > 0))].slice(0, 10)
}

/** A prefix tsquery (`theorie:* & decale:*`) from the query's terms; '' when nothing is left. */
export const prefixTsQuery = (terms: string[]): string => terms.map((t) => `${t}:*`).join(' & ')

/** A video link must be an absolute http(s) URL. */
export function validateVideoUrl(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string') return 'videoUrl: must be a URL.'
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'videoUrl: must start with http:// or https://.'
    if (!url.hostname) return 'videoUrl: must name a host.'
    return true
  } catch {
    return 'videoUrl: must be an absolute URL (https://…).'
  }
}
