import type { NextConfig } from 'next'

import { withPayload } from '@payloadcms/next/withPayload'

/** Hosts the admin may be opened from in development (Next blocks its dev assets for others). */
const devOrigins = ['localhost', '127.0.0.1', ...(process.env.PUBLIC_URL ? [new URL(process.env.PUBLIC_URL).hostname] : [])]

const nextConfig: NextConfig = {
  // express serves /api; Next only renders the admin.
  poweredByHeader: false,
  allowedDevOrigins: [...new Set(devOrigins)],
  typescript: { ignoreBuildErrors: true },
  // under vitest (the browser test), Next writes straight to stdout: its request lines would fill the report
  ...(process.env.VITEST ? { logging: { incomingRequests: false, serverFunctions: false } } : {}),
  // the logger's terminal formatter is loaded by Node, not bundled (like pino itself)
  serverExternalPackages: ['pino-pretty'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
