/**
 * The local renderer, used when no OPENAI_API_KEY is set (offline `npm start`, demos): draws the
 * prompt on a gradient with sharp. A real image file in the requested size and format, clearly
 * labelled as not AI-generated, so the rest of the flow (files, sizes, review, publishing) runs.
 */
import { createHash } from 'node:crypto'
import sharp from 'sharp'

import { MIME, pixels } from '../services/options'
import type { GenerateRequest, GenerateResult, ImageProvider } from './types'

export const LOCAL_NOTE = 'Rendered locally (no OPENAI_API_KEY): the prompt drawn on a gradient, not an AI-generated image.'

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] as string)

/** Greedy word wrap to `width` characters, at most `lines` lines (the last one ends with …). */
export function wrap(text: string, width: number, lines: number): string[] {
  const out: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word
    if (!line) line = piece
    else if (line.length + 1 + piece.length <= width) line += ` ${piece}`
    else {
      out.push(line)
      line = piece
    }
  }
  if (line) out.push(line)
  if (out.length > lines) {
    const kept = out.slice(0, lines)
    kept[lines - 1] = `${kept[lines - 1].slice(0, width - 1)}…`
    return kept
  }
  return out
}

export function renderSvg(prompt: string, width: number, height: number, seed: string, transparent: boolean): string {
  const hash = createHash('sha256').update(seed).digest()
  const hue1 = hash[0] * 360 / 256
  const hue2 = (hue1 + 60 + (hash[1] % 120)) % 360
  const fontSize = Math.round(Math.min(width, height) / 18)
  const charsPerLine = Math.max(10, Math.floor(width / (fontSize * 0.58)))
  const lines = wrap(prompt, charsPerLine, 8)
  const top = height / 2 - ((lines.length - 1) * fontSize * 1.3) / 2
  const opacity = transparent ? 0.55 : 1
  const text = lines
    .map((l, i) => `<text x="50%" y="${Math.round(top + i * fontSize * 1.3)}" font-size="${fontSize}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" fill="#fff">${escapeXml(l)}</text>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${hue1.toFixed(0)},70%,45%)" stop-opacity="${opacity}"/><stop offset="1" stop-color="hsl(${hue2.toFixed(0)},70%,35%)" stop-opacity="${opacity}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>${text}
<text x="${width - 24}" y="${height - 24}" font-size="${Math.round(fontSize / 2)}" text-anchor="end" font-family="DejaVu Sans, sans-serif" fill="#fff" fill-opacity="0.8">Local renderer · not AI-generated</text></svg>`
}

export function localRenderer(): ImageProvider {
  return {
    name: 'local-renderer',
    model: 'local-renderer',
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      const { width, height } = pixels(request.size)
      const images = await Promise.all(
        Array.from({ length: request.n }, async (_, i) => {
          const svg = renderSvg(request.userPrompt, width, height, `${request.prompt}#${i}`, request.background === 'transparent')
          const image = sharp(Buffer.from(svg))
          const data = await (request.outputFormat === 'jpeg' ? image.jpeg({ quality: 85 }) : request.outputFormat === 'webp' ? image.webp({ quality: 85 }) : image.png()).toBuffer()
          return { data, mimeType: MIME[request.outputFormat], extension: request.outputFormat }
        }),
      )
      return { images, model: 'local-renderer', provider: 'local-renderer', note: LOCAL_NOTE }
    },
  }
}
