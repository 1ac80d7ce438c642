/** Certificates: issue on completion, verify publicly by code, revoke, render the PDF. */
import type { PayloadRequest } from 'payload'

import { randomBytes } from 'node:crypto'
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import QRCode from 'qrcode'

import { userIsAdmin } from '../../../access'
import { conflict, forbidden, notFound } from '../../../endpoints/http'
import { publicUrl } from '../../../lib/public-url'
import { idOf } from './db'

type Id = number | string

/** Unambiguous alphabet (no 0/O, 1/I): codes are read aloud and typed. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
export function certificateCode(length = 12): string {
  const bytes = randomBytes(length)
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')
}

export const verificationUrl = (code: string) => `${publicUrl()}/api/certificates/verify/${code}`

const fullName = (u: { firstName?: null | string; lastName?: null | string; email?: string }) =>
  [u.firstName, u.lastName].filter(Boolean).join(' ').trim() || u.email || 'Learner'

/** Issues the certificate of a completed enrollment once (unique per enrollment). */
export async function issueCertificate(req: PayloadRequest, enrollmentId: Id) {
  const e = await req.payload.findByID({ collection: 'enrollments', id: enrollmentId, depth: 0, req, overrideAccess: true })
  const existing = await req.payload.find({ collection: 'certificates', where: { enrollment: { equals: e.id } }, limit: 1, depth: 0, req, overrideAccess: true })
  if (existing.docs.length) return existing.docs[0]
  const [user, course] = await Promise.all([
    req.payload.findByID({ collection: 'users', id: idOf(e.user), depth: 0, req, overrideAccess: true }),
    req.payload.findByID({ collection: 'courses', id: idOf(e.course), depth: 0, req, overrideAccess: true }),
  ])
  const issuedAt = new Date()
  const expiresAt = course.certificateValidityMonths ? new Date(new Date(issuedAt).setMonth(issuedAt.getMonth() + course.certificateValidityMonths)) : null
  try {
    return await req.payload.create({
      collection: 'certificates',
      data: {
        code: certificateCode(),
        number: `VIBE-${issuedAt.getUTCFullYear()}-${String(e.id).padStart(6, '0')}`,
        user: idOf(e.user),
        course: course.id,
        enrollment: e.id,
        learnerName: fullName(user),
        courseTitle: String(course.title),
        issuedAt: issuedAt.toISOString(),
        expiresAt: expiresAt?.toISOString(),
      },
      req,
      overrideAccess: true,
    })
  } catch {
    // a concurrent completion issued it first (unique enrollment)
    const again = await req.payload.find({ collection: 'certificates', where: { enrollment: { equals: e.id } }, limit: 1, depth: 0, req, overrideAccess: true })
    return again.docs[0] ?? null
  }
}

export type VerificationStatus = 'expired' | 'revoked' | 'unknown' | 'valid'

export async function verifyCertificate(req: PayloadRequest, code: string, now = new Date()) {
  const found = await req.payload.find({ collection: 'certificates', where: { code: { equals: code.trim().toUpperCase() } }, limit: 1, depth: 0, req, overrideAccess: true })
  const c = found.docs[0]
  if (!c) return { status: 'unknown' as VerificationStatus, code }
  const status: VerificationStatus = c.revokedAt ? 'revoked' : c.expiresAt && new Date(c.expiresAt) < now ? 'expired' : 'valid'
  return {
    status,
    code: c.code,
    certificate: {
      number: c.number,
      learnerName: c.learnerName,
      courseTitle: c.courseTitle,
      issuedAt: c.issuedAt,
      expiresAt: c.expiresAt ?? null,
      ...(c.revokedAt ? { revokedAt: c.revokedAt, revokedReason: c.revokedReason } : {}),
    },
  }
}

export async function revokeCertificate(req: PayloadRequest, id: Id, reason: string) {
  if (!userIsAdmin(req.user)) throw forbidden('Only administrators can revoke a certificate.')
  const c = await req.payload.findByID({ collection: 'certificates', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!c) throw notFound('Certificate not found.')
  if (c.revokedAt) throw conflict(`This certificate was already revoked on ${c.revokedAt}.`)
  return req.payload.update({ collection: 'certificates', id: c.id, data: { revokedAt: new Date().toISOString(), revokedReason: reason }, req, overrideAccess: true })
}

/** Helvetica (WinAnsi) cannot draw every character: keep Latin-1 letters, replace the rest. */
const printable = (s: string) => s.normalize('NFC').replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '?')

/** The certificate PDF; readable by its owner and admins only. */
export async function certificatePdf(req: PayloadRequest, id: Id): Promise<{ bytes: Uint8Array; filename: string }> {
  const user = req.user!
  const c = await req.payload.findByID({ collection: 'certificates', id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!c) throw notFound('Certificate not found.')
  if (!userIsAdmin(user) && idOf(c.user) !== idOf(user.id)) {
    throw forbidden('Only the certificate holder and administrators can download it.')
  }
  const doc = await PDFDocument.create()
  doc.setTitle(`Certificate ${c.number}`)
  doc.setAuthor('Vibe Platform')
  const page = doc.addPage([842, 595]) // A4 landscape
  const bold = await doc.embedFont(StandardFonts.HelveticaBold)
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const center = (text: string, y: number, size: number, font = regular) => {
    const t = printable(text)
    page.drawText(t, { x: (842 - font.widthOfTextAtSize(t, size)) / 2, y, size, font, color: rgb(0.1, 0.1, 0.2) })
  }
  page.drawRectangle({ x: 20, y: 20, width: 802, height: 555, borderColor: rgb(0.2, 0.3, 0.6), borderWidth: 3 })
  center('CERTIFICAT DE RÉUSSITE / CERTIFICATE OF COMPLETION', 490, 22, bold)
  center('décerné à / awarded to', 440, 14)
  center(c.learnerName, 395, 32, bold)
  center('pour avoir terminé le cours / for completing the course', 350, 14)
  center(c.courseTitle, 310, 22, bold)
  center(`Délivré le / Issued on ${new Date(c.issuedAt).toISOString().slice(0, 10)}`, 260, 13)
  center(`N° ${c.number} — code ${c.code}`, 238, 11)
  if (c.revokedAt) center(`RÉVOQUÉ / REVOKED ${String(c.revokedAt).slice(0, 10)}`, 200, 18, bold)
  const url = verificationUrl(c.code)
  const qr = await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 240, errorCorrectionLevel: 'M' })
  const png = await doc.embedPng(qr)
  page.drawImage(png, { x: 842 - 40 - 120, y: 40, width: 120, height: 120 })
  page.drawText(printable(`Vérifier / Verify: ${url}`), { x: 40, y: 45, size: 9, font: regular, color: rgb(0.3, 0.3, 0.3) })
  return { bytes: await doc.save(), filename: `certificate-${c.number}.pdf` }
}
