import type { PayloadRequest } from 'payload'

import { z } from 'zod'

import { badRequest } from '../../../endpoints/http'

const schema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false', '1', '0']).optional(),
})

/** `?page=&limit=&unread=` with bounds; bad values answer 400. */
export function parsePage(req: PayloadRequest) {
  const q = (req.query ?? {}) as Record<string, unknown>
  const result = schema.safeParse({ page: q.page, limit: q.limit, unread: q.unread })
  if (!result.success) throw badRequest(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '))
  return { page: result.data.page, limit: result.data.limit, unreadOnly: result.data.unread === 'true' || result.data.unread === '1' }
}
