import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json } from '../../../endpoints/http'
import { submitAttempt } from '../services/quiz'
import { idParam } from './courses'

const SubmitBody = z.object({
  // questionId → option id(s) for multiple choice, boolean for true/false, text for short answer
  answers: z.record(z.string(), z.union([z.string().max(2000), z.boolean(), z.array(z.string().max(200)).max(50)])),
}).strict()

export const quizAttemptEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/submit',
    method: 'post',
    auth: 'user',
    summary: 'Submit a quiz attempt: graded by the server',
    description: 'answers: question id → option id(s) for multiple choice, a boolean for true/false, text for a short answer.',
    body: SubmitBody,
    handler: async (req, { body }) => json(await submitAttempt(req, idParam(req), body.answers)),
  }),
]
