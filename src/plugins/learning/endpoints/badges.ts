import type { Endpoint, PayloadRequest } from 'payload'

import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { forbidden, json, notFound, requireUser } from '../../../endpoints/http'
import { revokeUserBadge, userBadgeCredential } from '../services/badge-credentials'
import { jwksUrl } from '../services/open-badges'
import { idParam } from './courses'

const TIER_COLOR: Record<string, [number, number, number]> = {
  bronze: [0.8, 0.5, 0.2], silver: [0.6, 0.6, 0.65], gold: [0.85, 0.68, 0.1], legendary: [0.5, 0.2, 0.7],
}
const printable = (s: string) => s.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '?')

export const badgeEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/pdf',
    method: 'get',
    auth: 'public',
    summary: 'A printable render of a badge (public, like the badge itself)',
    produces: 'application/pdf',
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
  }),
]

const RevokeBody = z.object({ reason: z.string().trim().min(3).max(2000) }).strict()

/** The credential as JSON (with its VC-JWT), or the bare VC-JWT with `?format=jwt`. */
export const credentialAnswer = (req: PayloadRequest, r: { credential: unknown; jwt: string }) =>
  req.searchParams?.get('format') === 'jwt' ? new Response(r.jwt, { headers: { 'content-type': 'application/vc+jwt' } }) : json({ ...r, jwks: jwksUrl() })

/** `?format=jwt` asks for the bare VC-JWT instead of the JSON credential. */
export const CredentialQuery = z.object({ format: z.enum(['json', 'jwt']).optional() })

export const userBadgeEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/open-badge',
    method: 'get',
    auth: 'user',
    summary: 'An earned badge as an Open Badges 3.0 credential (holder and admins)',
    query: CredentialQuery,
    handler: async (req) => credentialAnswer(req, await userBadgeCredential(req, idParam(req))),
  }),
  defineEndpoint({
    // the badge's bit in /api/open-badges/status/badges is set from then on
    path: '/:id/revoke',
    method: 'post',
    auth: 'user',
    summary: 'Revoke an earned badge (administrators)',
    body: RevokeBody,
    handler: async (req, { body }) => {
      if (!userIsAdmin(requireUser(req))) throw forbidden('Only administrators can revoke a badge.')
      return json({ userBadge: await revokeUserBadge(req, idParam(req), body.reason) })
    },
  }),
]
