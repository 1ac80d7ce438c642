import type { Endpoint } from 'payload'

import { z } from 'zod'

import { defineEndpoint } from '../../../endpoints/define-endpoint'
import { json } from '../../../endpoints/http'
import { recordLessonProgress } from '../services/progress'
import { idParam } from './courses'

const ProgressBody = z.object({
  status: z.enum(['in_progress', 'completed']).optional(),
  percentage: z.number().min(0).max(100).optional(),
  timeSpentSeconds: z.number().int().min(0).max(86_400).optional(),
}).strict()

export const lessonEndpoints: Endpoint[] = [
  defineEndpoint({
    path: '/:id/progress',
    method: 'post',
    auth: 'user',
    summary: "Record the learner's progress on a lesson",
    body: ProgressBody,
    handler: async (req, { body }) => json(await recordLessonProgress(req, idParam(req), body)),
  }),
]
