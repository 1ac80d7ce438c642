/** GET /api/dancers/:id — a dancer's public profile (root endpoint). */
import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { json, routeParam } from '../../../../endpoints/http'
import { publicDancer, publicDancerSchema } from '../services/dancers'
import { positiveId } from '../fields'

export const dancerEndpoint = defineEndpoint({
  path: '/dancers/:id',
  method: 'get',
  auth: 'public',
  summary: "A dancer's public profile: name, avatar, bio, dance level, styles, experience, links (never private fields)",
  params: z.object({ id: z.number().int().positive() }),
  response: publicDancerSchema,
  handler: async (req) => json(await publicDancer(req, positiveId(routeParam(req, 'id')))),
})
