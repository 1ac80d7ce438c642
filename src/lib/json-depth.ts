/**
 * How deeply a JSON text nests, read from the text itself (no parse, no recursion): a body of
 * arrays 10,000 deep parses fine but overflows the stack of every recursive walk after it
 * (Payload's deep copy, hooks, validation) — a 500.
 */
export const MAX_JSON_DEPTH = 64

/** Whether `text` nests objects/arrays deeper than `max`. Strings are skipped (brackets inside them do not count). */
export function jsonNestsDeeperThan(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92 /* \ */) i++
      else if (c === 34 /* " */) inString = false
      continue
    }
    if (c === 34) inString = true
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--
  }
  return false
}

/** The nesting depth of a parsed value, without recursion; stops counting past `max`. */
export function valueNestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [v, d] = stack.pop() as [unknown, number]
    if (typeof v !== 'object' || v === null) continue
    if (d + 1 > max) return true
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, d + 1])
  }
  return false
}
