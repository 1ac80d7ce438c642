/** iCalendar (RFC 5545) for events: text escaping, 75-octet line folding, CRLF, UTC times. */
export type IcsEvent = {
  uid: string
  title: string
  startsAt: Date | string
  endsAt?: Date | null | string
  description?: null | string
  location?: null | string
  url?: null | string
  latitude?: null | number
  longitude?: null | number
  status?: 'CANCELLED' | 'CONFIRMED' | 'TENTATIVE'
  updatedAt?: Date | string
}

export const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

const utc = (d: Date | string) => new Date(d).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** Folds a content line at 75 octets (continuation lines start with one space), never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = Buffer.byteLength(ch)
    if (octets + n > (out.length ? 74 : 75)) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  out.push(current)
  return out.join('\r\n ')
}

export function toIcs(events: IcsEvent[], name = 'Vibe', now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Vibe Platform//Events//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(name)}`]
  for (const e of events) {
    const start = new Date(e.startsAt)
    const end = e.endsAt ? new Date(e.endsAt) : new Date(start.getTime() + 2 * 3_600_000)
    lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${utc(e.updatedAt ?? now)}`, `DTSTART:${utc(start)}`, `DTEND:${utc(end)}`, `SUMMARY:${escapeText(e.title)}`)
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`)
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
    if (e.latitude !== null && e.latitude !== undefined && e.longitude !== null && e.longitude !== undefined) lines.push(`GEO:${e.latitude};${e.longitude}`)
    if (e.url) lines.push(`URL:${e.url}`)
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}
