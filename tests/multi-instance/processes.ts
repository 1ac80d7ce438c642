/**
 * Child processes running the real entry points (`src/server.ts`, `src/worker.ts`) against one
 * test database, on loopback ports: their JSON log lines are kept for the test to read.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

export type LogLine = Record<string, unknown> & { msg?: string }

export type Child = {
  name: string
  proc: ChildProcess
  pid: number
  logs: LogLine[]
  /** Resolves with the exit code (null when ended by a signal) once the process has exited. */
  exited: Promise<null | number>
  url?: string
  /** The last 4000 characters the process wrote to stderr. */
  stderr: () => string
}

/** What a child said last: for a failure message when it does not get where a test waits for it. */
export const lastWords = (child: Child): string =>
  `${child.name} (exit ${child.proc.exitCode ?? child.proc.signalCode ?? 'running'}): ${child.logs
    .slice(-8)
    .map((l) => `${l.level} ${l.msg ?? ''} ${l.err ? JSON.stringify(l.err).slice(0, 300) : ''}`)
    .join(' | ')} stderr: ${child.stderr().slice(-1500)}`

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })

/** The test runner's own variables are not the child's: it runs as a deployment would. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'TEST_DATABASE_URL'))
  return { ...base, NODE_ENV: 'development', ...extra }
}

export function startChild(name: string, entry: 'server' | 'worker', env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', path.resolve(`src/${entry}.ts`)], {
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logs: LogLine[] = []
  let buffer = ''
  proc.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8')
    let idx
    while ((idx = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, idx)
      buffer = buffer.slice(idx + 1)
      try {
        logs.push(JSON.parse(line) as LogLine)
      } catch {
        // not a log line
      }
    }
  })
  let stderr = ''
  proc.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000)
  })
  const exited = new Promise<null | number>((resolve) =>
    proc.on('exit', (code) => {
      if (code && code !== 0) console.error(`[${name}] exited with ${code}: ${stderr}`)
      resolve(code)
    }),
  )
  return { name, proc, pid: proc.pid!, logs, exited, stderr: () => stderr }
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
export async function stopChild(child: Child, graceMs = 8000): Promise<null | number> {
  if (child.proc.exitCode !== null || child.proc.signalCode !== null) return child.proc.exitCode
  child.proc.kill('SIGTERM')
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), graceMs)
  const code = await child.exited
  clearTimeout(timer)
  return code
}

/** Polls `check` every 200 ms until it returns true; throws after `timeoutMs`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}
