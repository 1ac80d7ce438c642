/** A request body that must be a JSON object: the object (`{}` when the body is empty), or why it is refused (a 400). */
export function parseJsonObject(text: string): { message: string; ok: false } | { ok: true; value: Record<string, unknown> } {
  if (text.trim() === '') return { ok: true, value: {} }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Malformed JSON body.' }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { ok: false, message: 'The request body must be a JSON object.' }
  return { ok: true, value: parsed as Record<string, unknown> }
}
