import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { anyone, isAuthenticated, ownerOrAdmin } from '../access'
import { env } from '../lib/env'
import { setUploadedBy } from '../hooks/set-uploaded-by'

export const MEDIA_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'image/svg+xml',
  'application/pdf',
  'video/mp4',
  'audio/mpeg',
]

const webp = { format: 'webp' as const, options: { quality: 80 } }

export const mediaDir = () => path.resolve(env.str('MEDIA_DIR', 'media') as string)

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', fr: 'Média' }, plural: { en: 'Media', fr: 'Médias' } },
  admin: { group: { en: 'Content', fr: 'Contenu' }, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'uploadedBy'] },
  access: {
    read: anyone,
    create: isAuthenticated,
    update: ownerOrAdmin('uploadedBy'),
    delete: ownerOrAdmin('uploadedBy'),
  },
  hooks: { beforeChange: [setUploadedBy] },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: MEDIA_MIME_TYPES,
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, height: 512, position: 'centre', formatOptions: webp },
      { name: 'hero', width: 1920, withoutEnlargement: true, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { en: 'Alternative text', fr: 'Texte alternatif' },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 500, label: { en: 'Caption', fr: 'Légende' } },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: { update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}
