/** POST /api/trainings/:id/join and /leave — places through the bookings engine, status mirrored. */
import { z } from 'zod'

import { defineEndpoint } from '../../../../endpoints/define-endpoint'
import { json } from '../../../../endpoints/http'
import { paymentChoice } from '../../../bookings'
import { joinTraining, leaveTraining } from '../services/trainings'
import { idParam } from './classes'

export const trainingEndpoints = [
  defineEndpoint({
    path: '/:id/join',
    method: 'post',
    auth: 'user',
    summary: 'Join a training (waitlisted when full); the training is confirmed once its minimum is reached',
    params: z.object({ id: z.string() }),
    body: z.object({ waitlist: z.boolean().optional(), ...paymentChoice }).strict(),
    status: 201,
    handler: async (req, { body }) => json(await joinTraining(req, idParam(req), body), 201),
  }),
  defineEndpoint({
    path: '/:id/leave',
    method: 'post',
    auth: 'user',
    summary: 'Leave a training you joined',
    params: z.object({ id: z.string() }),
    body: z.object({ reason: z.string().trim().max(500).optional() }).strict(),
    handler: async (req, { body }) => json(await leaveTraining(req, idParam(req), body.reason)),
  }),
]
