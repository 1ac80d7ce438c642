import { z } from 'zod'

/** `?page=&limit=&unread=` with bounds; bad values answer 400 (through `defineEndpoint`). */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  unread: z.enum(['true', 'false', '1', '0']).optional(),
})

/** The parsed query as the inbox services take it. */
export function pageOptions(q: z.infer<typeof PageQuery>) {
  return { page: q.page, limit: q.limit, unreadOnly: q.unread === 'true' || q.unread === '1' }
}
