import type { Endpoint } from 'payload'

import { json, requireUser } from '../../../endpoints/http'
import { startAttempt } from '../services/quiz'
import { idParam } from './courses'

export const quizEndpoints: Endpoint[] = [
  {
    path: '/:id/attempts',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const r = await startAttempt(req, idParam(req))
      return json({ attempt: r.attempt, resumed: r.resumed }, r.resumed ? 200 : 201)
    },
  },
]
