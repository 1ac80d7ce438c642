/** Things to close with a Payload instance (listeners, caches), run by `closePayload` first. */
import type { Payload } from 'payload'

const closers = new WeakMap<Payload, (() => Promise<void>)[]>()

export function onClose(payload: Payload, fn: () => Promise<void>): void {
  closers.set(payload, [...(closers.get(payload) ?? []), fn])
}

export async function runClosers(payload: Payload): Promise<void> {
  const fns = closers.get(payload) ?? []
  closers.delete(payload)
  await Promise.allSettled(fns.map((fn) => fn()))
}
