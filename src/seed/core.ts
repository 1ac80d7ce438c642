/** Core demo data: an admin, an editor, a few users of each role, sample media. */
import type { Payload } from 'payload'

import { randomBytes } from 'node:crypto'
import sharp from 'sharp'

import { ROLES, type Role } from '../access/roles'

import { env } from '../lib/env'
import { logger } from '../lib/logger'

export type SeedContext = {
  admin: { id: number | string; email: string }
  usersByRole: Partial<Record<Role, { id: number | string; email: string }[]>>
  mediaIds: (number | string)[]
  /** Password shared by every demo account except the admin. */
  demoPassword: string
}

/** Two demo accounts for every role but the admin and the editor (seeded on their own). */
const DEMO_ROLES: Role[] = ROLES.filter((r) => r !== 'admin' && r !== 'editor')

const NAMES = [
  ['Awa', 'Koné'],
  ['Lucas', 'Martin'],
  ['Fatou', 'Diallo'],
  ['Chloé', 'Bernard'],
  ['Yao', 'Kouassi'],
  ['Inès', 'Moreau'],
]

const generatedPassword = () => randomBytes(12).toString('base64url')

async function sampleImage(label: string, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">
    <rect width="100%" height="100%" fill="hsl(${hue},70%,45%)"/>
    <text x="50%" y="50%" font-size="96" font-family="sans-serif" fill="white" text-anchor="middle">${label}</text></svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

export async function seedCore(payload: Payload): Promise<SeedContext> {
  const adminEmail = env.str('SEED_ADMIN_EMAIL', 'admin@vibe.local') as string
  const adminPassword = env.str('SEED_ADMIN_PASSWORD') ?? generatedPassword()
  const demoPassword = env.str('SEED_DEMO_PASSWORD') ?? generatedPassword()

  const createUser = (email: string, roles: Role[], password: string, i = 0) =>
    payload.create({
      collection: 'users',
      data: {
        email,
        password,
        roles,
        firstName: NAMES[i % NAMES.length][0],
        lastName: NAMES[i % NAMES.length][1],
        preferredLocale: i % 2 ? 'en' : 'fr',
        country: i % 2 ? 'FR' : 'CI',
        active: true,
        _verified: true,
      } as never,
      disableVerificationEmail: true,
      overrideAccess: true,
      context: { skipAudit: true },
    })

  const admin = await createUser(adminEmail, ['admin'], adminPassword)
  const usersByRole: SeedContext['usersByRole'] = {}
  const editor = await createUser('editor@vibe.local', ['editor'], demoPassword, 1)
  usersByRole.editor = [{ id: editor.id, email: editor.email }]
  let i = 2
  for (const role of DEMO_ROLES) {
    usersByRole[role] = []
    for (const n of [1, 2]) {
      const user = await createUser(`${role}${n}@vibe.local`, [role], demoPassword, i++)
      usersByRole[role]!.push({ id: user.id, email: user.email })
    }
  }

  const mediaIds: (number | string)[] = []
  const samples = [
    ['Bachata', 330, 'Couple dancing bachata', 'Couple dansant la bachata'],
    ['Festival', 20, 'Festival stage at night', 'Scène de festival la nuit'],
    ['Cuisine', 45, 'A plate of attiéké with fish', "Une assiette d'attiéké au poisson"],
    ['Cours', 200, 'Online course cover', 'Couverture de cours en ligne'],
  ] as const
  for (const [label, hue, altEn, altFr] of samples) {
    const data = await sampleImage(label, hue)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: altFr, uploadedBy: admin.id } as never,
      file: { data, mimetype: 'image/jpeg', name: `${label.toLowerCase()}.jpg`, size: data.length },
      locale: 'fr',
      overrideAccess: true,
      context: { skipAudit: true },
    })
    await payload.update({ collection: 'media', id: doc.id, data: { alt: altEn }, locale: 'en', overrideAccess: true, context: { skipAudit: true } })
    mediaIds.push(doc.id)
  }

  const lines = [
    'Demo data seeded (shown once).',
    `  admin: ${adminEmail} / ${env.str('SEED_ADMIN_PASSWORD') ? '(SEED_ADMIN_PASSWORD)' : adminPassword}`,
    `  every other demo account (editor@vibe.local, <role>1@vibe.local, <role>2@vibe.local): ${env.str('SEED_DEMO_PASSWORD') ? '(SEED_DEMO_PASSWORD)' : demoPassword}`,
  ]
  if (!env.isTest) process.stdout.write(`\n${lines.join('\n')}\n\n`)
  logger.debug('core seed done')
  return { admin: { id: admin.id, email: admin.email }, usersByRole, mediaIds, demoPassword }
}
