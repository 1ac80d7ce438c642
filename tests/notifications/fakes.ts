/**
 * Local fakes for the notification providers: an SMTP server (smtp-server), Google's OAuth token
 * endpoint + FCM HTTP v1, and an HTTP SMS gateway. Each records what it received and can be told
 * to fail.
 */
import type { AddressInfo } from 'node:net'

import { generateKeyPairSync } from 'node:crypto'
import http from 'node:http'
import { importSPKI, jwtVerify } from 'jose'
import { SMTPServer } from 'smtp-server'

export type Mail = { from: string; to: string[]; raw: string; subject: string; text: string }

/** Decodes the bits of MIME nodemailer produces for short messages (encoded-word headers, quoted-printable, base64). */
export function decodeMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const subjectLine = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? ''
  const subject = subjectLine.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_, enc: string, data: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : qp(data.replace(/_/g, ' ')),
  )
  const body = rest.join('\n\n')
  const text = /quoted-printable/i.test(raw) ? qp(body.replace(/=\r?\n/g, '')) : body
  return { subject: subject.trim(), text }
}
const qp = (s: string) => Buffer.from(s.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))), 'latin1').toString('utf8')

export async function startSmtp() {
  const mails: Mail[] = []
  /** SMTP reply codes to answer to the next DATA commands (e.g. [451] = one temporary failure). */
  const failures: number[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const code = failures.shift()
        if (code) {
          const err = Object.assign(new Error(code >= 500 ? 'Mailbox unavailable' : 'Try again later'), { responseCode: code })
          return callback(err)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, ...decodeMail(raw) })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const port = (server.server.address() as AddressInfo).port
  return { port, mails, failures, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

type Recorded = { body: any; headers: http.IncomingHttpHeaders; path: string; status: number }

function listen(handler: (req: http.IncomingMessage, body: string) => Promise<{ body: unknown; status: number }>) {
  const requests: Recorded[] = []
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', async () => {
      const answer = await handler(req, body).catch((e: Error) => ({ status: 500, body: { error: e.message } }))
      let parsed: unknown = body
      try {
        parsed = JSON.parse(body)
      } catch {
        /* form body */
      }
      requests.push({ path: req.url ?? '', headers: req.headers, body: parsed, status: answer.status })
      res.writeHead(answer.status, { 'content-type': 'application/json' })
      res.end(JSON.stringify(answer.body))
    })
  })
  return new Promise<{ close: () => Promise<void>; requests: Recorded[]; url: string }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections()
            server.close(() => r())
          }),
      }),
    ),
  )
}

/** Google's token endpoint and FCM v1 in one server. Device tokens steer the answer. */
export async function startFcm() {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  })
  const clientEmail = 'vibe-push@vibe-test.iam.gserviceaccount.com'
  const projectId = 'vibe-test'
  const key = await importSPKI(publicKey, 'RS256')
  const issued = new Set<string>()
  /** tokens → HTTP statuses to answer before succeeding (e.g. [500]). */
  const failuresByToken = new Map<string, number[]>()
  let tokenUrl = ''
  let counter = 0
  const fake = await listen(async (req, body) => {
    if (req.method === 'POST' && req.url === '/token') {
      const form = new URLSearchParams(body)
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return { status: 400, body: { error: 'unsupported_grant_type' } }
      try {
        const { payload } = await jwtVerify(form.get('assertion') ?? '', key, { issuer: clientEmail, audience: tokenUrl })
        if (payload.scope !== 'https://www.googleapis.com/auth/firebase.messaging') return { status: 400, body: { error: 'invalid_scope' } }
      } catch (e) {
        return { status: 400, body: { error: 'invalid_grant', error_description: (e as Error).message } }
      }
      const accessToken = `ya29.fake-${++counter}`
      issued.add(accessToken)
      return { status: 200, body: { access_token: accessToken, expires_in: 3599, token_type: 'Bearer' } }
    }
    if (req.method === 'POST' && req.url === `/v1/projects/${projectId}/messages:send`) {
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
      if (!bearer || !issued.has(bearer)) return { status: 401, body: { error: { code: 401, status: 'UNAUTHENTICATED', message: 'Request had invalid authentication credentials.' } } }
      const token = JSON.parse(body).message?.token as string
      if (token.startsWith('gone-')) {
        return {
          status: 404,
          body: {
            error: {
              code: 404,
              message: 'Requested entity was not found.',
              status: 'NOT_FOUND',
              details: [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'UNREGISTERED' }],
            },
          },
        }
      }
      if (token.startsWith('malformed-')) {
        return {
          status: 400,
          body: {
            error: {
              code: 400,
              message: 'The registration token is not a valid FCM registration token',
              status: 'INVALID_ARGUMENT',
              details: [
                { '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'INVALID_ARGUMENT' },
                { '@type': 'type.googleapis.com/google.rpc.BadRequest', fieldViolations: [{ field: 'message.token', description: 'Invalid registration token' }] },
              ],
            },
          },
        }
      }
      const failures = failuresByToken.get(token)
      const status = failures?.shift()
      if (status) return { status, body: { error: { code: status, status: 'INTERNAL', message: 'Internal error encountered.' } } }
      return { status: 200, body: { name: `projects/${projectId}/messages/${++counter}` } }
    }
    return { status: 404, body: { error: 'not found' } }
  })
  tokenUrl = `${fake.url}/token`
  /** Successful sends, per device token. */
  const delivered = (token: string) =>
    fake.requests.filter((r) => r.path.endsWith('messages:send') && r.status === 200 && r.body?.message?.token === token).map((r) => r.body.message)
  return {
    ...fake,
    failuresByToken,
    delivered,
    env: { FCM_PROJECT_ID: projectId, FCM_CLIENT_EMAIL: clientEmail, FCM_PRIVATE_KEY: privateKey, FCM_TOKEN_URL: tokenUrl, FCM_API_URL: fake.url },
  }
}

/** A JSON SMS gateway: POST /messages with Bearer key. */
export async function startSms() {
  const apiKey = 'sms-test-key'
  const failures: number[] = []
  let counter = 0
  const fake = await listen(async (req) => {
    if (req.method !== 'POST' || req.url !== '/messages') return { status: 404, body: { error: 'not found' } }
    if (req.headers.authorization !== `Bearer ${apiKey}`) return { status: 401, body: { error: 'bad key' } }
    const status = failures.shift()
    if (status) return { status, body: { error: 'gateway error' } }
    return { status: 201, body: { id: `sms-${++counter}`, status: 'accepted' } }
  })
  const delivered = (to: string) => fake.requests.filter((r) => r.status === 201 && r.body?.to === to).map((r) => r.body)
  return { ...fake, failures, delivered, env: { SMS_API_URL: `${fake.url}/messages`, SMS_API_KEY: apiKey, SMS_SENDER: 'VIBE' } }
}
