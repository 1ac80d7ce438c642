import type { Endpoint } from 'payload'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json } from '../../../endpoints/http'
import { startAttempt } from '../services/quiz'
import { idParam } from './courses'

export const quizEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/attempts',
    method: 'post',
    auth: 'user',
    status: 201,
    summary: 'Start an attempt at a quiz (or resume the open one: 200)',
    handler: async (req) => {
      const r = await startAttempt(req, idParam(req))
      return json({ attempt: r.attempt, resumed: r.resumed }, r.resumed ? 200 : 201)
    },
  }),
]
