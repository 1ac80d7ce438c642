import type { Response } from 'express'

/** The JSON error answer of every refusal made before Payload: `{ errors: [{ message }] }`, Payload's own shape. */
export function sendError(res: Response, status: number, message: string): void {
  if (!res.headersSent) res.status(status).json({ errors: [{ message }] })
  else res.end()
}
