import type { Endpoint } from 'payload'

import { z } from 'zod'

import { json, parseBody, requireUser } from '../../../endpoints/http'
import { recordLessonProgress } from '../services/progress'
import { idParam } from './courses'

const ProgressBody = z.object({
  status: z.enum(['in_progress', 'completed']).optional(),
  percentage: z.number().min(0).max(100).optional(),
  timeSpentSeconds: z.number().int().min(0).max(86_400).optional(),
}).strict()

export const lessonEndpoints: Endpoint[] = [
  {
    path: '/:id/progress',
    method: 'post',
    handler: async (req) => {
      requireUser(req)
      const body = await parseBody(req, ProgressBody)
      return json(await recordLessonProgress(req, idParam(req), body))
    },
  },
]
