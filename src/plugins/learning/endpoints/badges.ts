import type { Endpoint } from 'payload'

import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'

import { userIsAdmin } from '../../../access'
import { forbidden, json, notFound, requireUser } from '../../../endpoints/http'
import { idOf } from '../services/db'
import { buildCredential, jwksUrl, signCredential } from '../services/open-badges'
import { idParam } from './courses'

const TIER_COLOR: Record<string, [number, number, number]> = {
  bronze: [0.8, 0.5, 0.2], silver: [0.6, 0.6, 0.65], gold: [0.85, 0.68, 0.1], legendary: [0.5, 0.2, 0.7],
}
const printable = (s: string) => s.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '?')

export const badgeEndpoints: Endpoint[] = [
  {
    // printable render of a badge (public, like the badge itself)
    path: '/:id/pdf',
    method: 'get',
    handler: async (req) => {
      const badge = await req.payload.findByID({ collection: 'badges', id: idParam(req), depth: 0, req, overrideAccess: false, disableErrors: true })
      if (!badge) throw notFound('Badge not found.')
      const doc = await PDFDocument.create()
      const page = doc.addPage([420, 595])
      const bold = await doc.embedFont(StandardFonts.HelveticaBold)
      const font = await doc.embedFont(StandardFonts.Helvetica)
      const [r, g, b] = TIER_COLOR[badge.tier ?? 'bronze'] ?? TIER_COLOR.bronze
      page.drawCircle({ x: 210, y: 400, size: 110, color: rgb(r, g, b) })
      const name = printable(String(badge.name))
      page.drawText(name, { x: (420 - bold.widthOfTextAtSize(name, 22)) / 2, y: 240, size: 22, font: bold })
      const tier = printable(String(badge.tier ?? '').toUpperCase())
      page.drawText(tier, { x: (420 - font.widthOfTextAtSize(tier, 12)) / 2, y: 215, size: 12, font })
      page.drawText(printable(String(badge.description ?? '')).slice(0, 90), { x: 30, y: 180, size: 10, font })
      return new Response(Buffer.from(await doc.save()), { headers: { 'content-type': 'application/pdf', 'content-disposition': `inline; filename="badge-${badge.id}.pdf"` } })
    },
  },
]

export const userBadgeEndpoints: Endpoint[] = [
  {
    path: '/:id/open-badge',
    method: 'get',
    handler: async (req) => {
      const user = requireUser(req)
      const ub = await req.payload.findByID({ collection: 'user-badges', id: idParam(req), depth: 0, req, overrideAccess: false, user, disableErrors: true })
      if (!ub) throw notFound('Earned badge not found.')
      if (!userIsAdmin(user) && idOf(ub.user) !== idOf(user.id)) throw forbidden('Only the badge holder and administrators can export it.')
      const [badge, holder] = await Promise.all([
        req.payload.findByID({ collection: 'badges', id: idOf(ub.badge), depth: 0, req, overrideAccess: true }),
        req.payload.findByID({ collection: 'users', id: idOf(ub.user), depth: 0, req, overrideAccess: true }),
      ])
      const name = [holder.firstName, holder.lastName].filter(Boolean).join(' ') || `Learner #${holder.id}`
      const credential = buildCredential({ id: ub.id, earnedAt: ub.earnedAt }, { ...badge, name: String(badge.name), description: badge.description as null | string }, { id: holder.id, name })
      const jwt = await signCredential(credential)
      if (req.searchParams?.get('format') === 'jwt') return new Response(jwt, { headers: { 'content-type': 'application/vc+jwt' } })
      return json({ credential, jwt, jwks: jwksUrl() })
    },
  },
]
