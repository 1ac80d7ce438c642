import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { routeParam } from '../../../endpoints/http'

const page = (title: string, text: string) =>
  `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body style="font-family:sans-serif;max-width:32rem;margin:4rem auto"><h1>${title}</h1><p>${text}</p>` +
  `<p><a href="/admin/login">Se connecter / Log in</a></p></body></html>`

/**
 * GET /api/users/verify/:token — the link in the verification e-mail. Payload's own
 * `POST /api/users/verify/:token` stays for apps; this one answers a browser with a page
 * (or JSON when asked for it).
 */
export const verifyLinkEndpoint = defineEndpoint({
  path: '/verify/:token',
  method: 'get',
  auth: 'public',
  summary: 'The link in the verification e-mail: verifies the address (a page, or JSON when asked with Accept)',
  produces: 'text/html',
  handler: async (req) => {
    const token = routeParam(req, 'token')
    const wantsJson = (req.headers.get('accept') ?? '').includes('application/json')
    try {
      await req.payload.verifyEmail({ collection: 'users', token })
    } catch {
      const message = 'This verification link is invalid or has already been used.'
      return wantsJson
        ? Response.json({ errors: [{ message }] }, { status: 400 })
        : new Response(page('Lien invalide / Invalid link', message), { status: 400, headers: { 'content-type': 'text/html; charset=utf-8' } })
    }
    const message = 'Your e-mail address is verified. You can now log in.'
    return wantsJson
      ? Response.json({ message })
      : new Response(page('Adresse vérifiée / Address verified', message), { headers: { 'content-type': 'text/html; charset=utf-8' } })
  },
})
