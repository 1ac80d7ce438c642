import type { Endpoint } from 'payload'

import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { forbidden, json, requireUser, routeParam } from '../../../endpoints/http'
import { certificateCredential } from '../services/badge-credentials'
import { certificatePdf, revokeCertificate, verifyCertificate } from '../services/certificates'
import { CredentialQuery, credentialAnswer } from './badges'
import { idParam } from './courses'

const Verification = z.object({
  status: z.enum(['valid', 'expired', 'revoked', 'unknown']),
  code: z.string(),
  certificate: z
    .object({
      number: z.string().nullish(),
      learnerName: z.string().nullish(),
      courseTitle: z.string().nullish(),
      issuedAt: z.string().nullish(),
      expiresAt: z.string().nullable(),
      revokedAt: z.string().nullish(),
      revokedReason: z.string().nullish(),
    })
    .optional()
    .describe('absent when the code is unknown (404)'),
})

const RevokeBody = z.object({ reason: z.string().trim().min(3).max(2000) }).strict()

export const certificateEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/verify/:code',
    method: 'get',
    auth: 'public',
    summary: 'Verify a certificate by its code (no login): valid, expired, revoked or unknown (404)',
    response: Verification,
    handler: async (req) => {
      const code = routeParam(req, 'code')
      const r = /^[A-Za-z0-9]{4,64}$/.test(code) ? await verifyCertificate(req, code) : { status: 'unknown' as const, code }
      return json(r, r.status === 'unknown' ? 404 : 200)
    },
  }),
  defineEndpoint({
    path: '/:id/pdf',
    method: 'get',
    auth: 'user',
    summary: 'The certificate as a PDF (holder and admins)',
    produces: 'application/pdf',
    handler: async (req) => {
      const pdf = await certificatePdf(req, idParam(req))
      return new Response(Buffer.from(pdf.bytes), {
        status: 200,
        headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${pdf.filename}"`, 'cache-control': 'private, no-store' },
      })
    },
  }),
  defineEndpoint({
    path: '/:id/open-badge',
    method: 'get',
    auth: 'user',
    summary: 'The certificate as an Open Badges 3.0 credential (holder and admins)',
    query: CredentialQuery,
    handler: async (req) => credentialAnswer(req, await certificateCredential(req, idParam(req))),
  }),
  defineEndpoint({
    path: '/:id/revoke',
    method: 'post',
    auth: 'user',
    summary: 'Revoke a certificate (administrators)',
    body: RevokeBody,
    handler: async (req, { body }) => {
      if (!userIsAdmin(requireUser(req))) throw forbidden('Only administrators can revoke a certificate.')
      const c = await revokeCertificate(req, idParam(req), body.reason)
      return json({ certificate: { id: c.id, code: c.code, revokedAt: c.revokedAt, revokedReason: c.revokedReason } })
    },
  }),
]
