/**
 * Template rendering: `{{ name }}` and `{{ order.number }}` placeholders, replaced from the data
 * object. Pure functions, no I/O.
 */

const PLACEHOLDER = /\{\{\s*([a-zA-Z_][\w]*(?:\.[a-zA-Z_][\w]*)*)\s*\}\}/g

const lookup = (data: Record<string, unknown>, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined), data)

const stringify = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

export type RenderResult = { text: string; missing: string[] }

/** Replaces each placeholder by its value; unknown ones become empty and are listed in `missing`. */
export function renderString(template: null | string | undefined, data: Record<string, unknown>): RenderResult {
  const missing: string[] = []
  const text = (template ?? '').replace(PLACEHOLDER, (_, path: string) => {
    const value = lookup(data, path)
    if (value === undefined || value === null) missing.push(path)
    return stringify(value)
  })
  return { text, missing }
}

/** The placeholders a template uses (for the admin's help text and for validation). */
export function placeholdersOf(template: null | string | undefined): string[] {
  return [...new Set([...(template ?? '').matchAll(PLACEHOLDER)].map((m) => m[1]))]
}

export type TemplateParts = { actionUrl?: null | string; body: string; subject?: null | string; title?: null | string }

export type RenderedContent = {
  actionUrl?: string
  body: string
  /** E-mail HTML: the text body escaped, paragraphs kept, plus a link to the action URL. */
  html: string
  missing: string[]
  subject: string
  title: string
}

/** Renders every part of a template; subject and title default to each other. */
export function renderTemplate(template: TemplateParts, data: Record<string, unknown>): RenderedContent {
  const title = renderString(template.title, data)
  const subject = renderString(template.subject, data)
  const body = renderString(template.body, data)
  const action = renderString(template.actionUrl, data)
  const missing = [...new Set([...title.missing, ...subject.missing, ...body.missing, ...action.missing])]
  const actionUrl = action.text.trim() || undefined
  const paragraphs = body.text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('')
  const link = actionUrl ? `<p><a href="${escapeHtml(actionUrl)}">${escapeHtml(actionUrl)}</a></p>` : ''
  return {
    title: title.text || subject.text,
    subject: subject.text || title.text,
    body: body.text,
    html: `${paragraphs}${link}`,
    actionUrl,
    missing,
  }
}
