/** Media on S3-compatible storage when S3_BUCKET is set; local disk under media/ otherwise. */
import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import { env } from '../lib/env'

export const buildStoragePlugins = (): Plugin[] => {
  const bucket = env.str('S3_BUCKET')
  if (!bucket) return []
  return [
    s3Storage({
      bucket,
      collections: { media: true },
      config: {
        endpoint: env.str('S3_ENDPOINT'),
        region: env.str('S3_REGION', 'us-east-1'),
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', Boolean(env.str('S3_ENDPOINT'))),
        credentials: {
          accessKeyId: env.str('S3_ACCESS_KEY_ID', '') as string,
          secretAccessKey: env.str('S3_SECRET_ACCESS_KEY', '') as string,
        },
      },
    }),
  ]
}
