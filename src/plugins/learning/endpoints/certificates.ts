import type { Endpoint } from 'payload'

import { z } from 'zod'

import { userIsAdmin } from '../../../access'
import { forbidden, json, parseBody, requireUser, routeParam } from '../../../endpoints/http'
import { certificateCredential } from '../services/badge-credentials'
import { certificatePdf, revokeCertificate, verifyCertificate } from '../services/certificates'
import { credentialAnswer } from './badges'
import { idParam } from './courses'

const RevokeBody = z.object({ reason: z.string().trim().min(3).max(2000) }).strict()

export const certificateEndpoints: Endpoint[] = [
  {
    // public: no login
    path: '/verify/:code',
    method: 'get',
    handler: async (req) => {
      const code = routeParam(req, 'code')
      const r = /^[A-Za-z0-9]{4,64}$/.test(code) ? await verifyCertificate(req, code) : { status: 'unknown' as const, code }
      return json(r, r.status === 'unknown' ? 404 : 200)
    },
  },
  {
    path: '/:id/pdf',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      const pdf = await certificatePdf(req, idParam(req))
      return new Response(Buffer.from(pdf.bytes), {
        status: 200,
        headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${pdf.filename}"`, 'cache-control': 'private, no-store' },
      })
    },
  },
  {
    // the certificate as an Open Badges 3.0 credential (holder and admins)
    path: '/:id/open-badge',
    method: 'get',
    handler: async (req) => {
      requireUser(req)
      return credentialAnswer(req, await certificateCredential(req, idParam(req)))
    },
  },
  {
    path: '/:id/revoke',
    method: 'post',
    handler: async (req) => {
      if (!userIsAdmin(requireUser(req))) throw forbidden('Only administrators can revoke a certificate.')
      const body = await parseBody(req, RevokeBody)
      const c = await revokeCertificate(req, idParam(req), body.reason)
      return json({ certificate: { id: c.id, code: c.code, revokedAt: c.revokedAt, revokedReason: c.revokedReason } })
    },
  },
]
