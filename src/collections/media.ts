import type { CollectionConfig } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import { isAuthenticated, ownerOrAdmin } from '../access'
import { env } from '../lib/env'
import { setUploadedBy } from '../hooks/set-uploaded-by'
import { readMedia } from './media-access'

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

/**
 * Payload answers a file missing from the local disk with a 500 (it logs the path); an unknown
 * file name is a 404 here. Not with S3 storage, whose own handler answers.
 */
const missingFileIsNotFound = async (_req: unknown, { params }: { params: { filename: string } }): Promise<void | Response> => {
  if (env.str('S3_BUCKET')) return
  const dir = mediaDir()
  const file = path.resolve(dir, params.filename)
  if (!file.startsWith(dir + path.sep)) return
  const exists = await fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )
  if (!exists) return Response.json({ errors: [{ message: 'File not found.' }] }, { status: 404 })
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Media', fr: 'Média' }, plural: { en: 'Media', fr: 'Médias' } },
  admin: { group: { en: 'Content', fr: 'Contenu' }, defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'uploadedBy'] },
  access: {
    // public media for everyone; private ones (paid lesson attachments…) to staff, uploader, grant holders
    read: readMedia,
    create: isAuthenticated,
    update: ownerOrAdmin('uploadedBy'),
    delete: ownerOrAdmin('uploadedBy'),
  },
  hooks: { beforeChange: [setUploadedBy] },
  upload: {
    staticDir: mediaDir(),
    handlers: [missingFileIsNotFound as never],
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
    // set by the owning document's hook (see media-access.ts), never by API clients
    {
      name: 'visibility',
      type: 'select',
      defaultValue: 'public',
      index: true,
      options: [
        { value: 'public', label: { en: 'Public', fr: 'Public' } },
        { value: 'private', label: { en: 'Private (owning document grants access)', fr: 'Privé (accès accordé par le document)' } },
      ],
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: { en: 'Visibility', fr: 'Visibilité' },
    },
    {
      name: 'accessGrant',
      type: 'text',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
      label: { en: 'Access granted by', fr: 'Accès accordé par' },
    },
  ],
}
