import type { Endpoint } from 'payload'

import { z } from 'zod'

import { json, parseBody, requireUser } from '../../../endpoints/http'
import { submitAttempt } from '../services/quiz'
import { idParam } from './courses'

const SubmitBody = z.object({
  // questionId → option id(s) for multiple choice, boolean for true/false, text for short answer
  answers: z.record(z.string(), z.union([z.string().max(2000), z.boolean(), z.array(z.string().max(200)).max(50)])),
}).strict()

export const quizAttemptEndpoints: Endpoint[] = [
  {
    path: '/:id/submit',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, SubmitBody)
      return json(await submitAttempt(req, idParam(req), body.answers))
    },
  },
]
