/**
 * Demo data (French): three published dance classes with weekly schedules, and a training one
 * participant short of its minimum (two joined through the bookings engine, three needed).
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../../seed/core'

import { logger } from '../../../lib/logger'
import { joinTraining } from './services/trainings'

const DAY = 86_400_000
const dateIn = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10)

async function styleId(payload: Payload, slug: string, name: string) {
  const found = await payload.find({ collection: 'dance-styles', where: { slug: { equals: slug } }, limit: 1, depth: 0, overrideAccess: true })
  if (found.docs[0]) return found.docs[0].id
  return (await payload.create({ collection: 'dance-styles', data: { name, slug } as never, overrideAccess: true })).id
}

export async function seedClasses(payload: Payload, context: SeedContext): Promise<void> {
  const instructors = context.usersByRole.instructor ?? []
  const instructor = instructors[0] ?? context.admin
  const other = instructors[1] ?? instructor
  const [bachata, salsa, kizomba] = [await styleId(payload, 'bachata', 'Bachata'), await styleId(payload, 'salsa', 'Salsa'), await styleId(payload, 'kizomba', 'Kizomba')]
  const create = (data: Record<string, unknown>) => payload.create({ collection: 'dance-classes', data: { status: 'published', currency: 'XOF', timezone: 'Africa/Porto-Novo', ...data } as never, overrideAccess: true, context: { skipAudit: true } })
  await create({
    title: 'Bachata sensuelle — débutants',
    shortDescription: 'Les bases de la bachata sensuelle : pas, guidage, premières ondulations.',
    description: 'Un trimestre pour apprendre les fondamentaux de la bachata sensuelle en couple, dans une ambiance bienveillante.',
    level: 'beginner',
    style: bachata,
    instructor: instructor.id,
    schedule: [
      { day: 'monday', startTime: '19:00', endTime: '20:30' },
      { day: 'thursday', startTime: '19:00', endTime: '20:30' },
    ],
    startDate: dateIn(7),
    endDate: dateIn(97),
    venue: { name: 'Studio Vibe', address: 'Boulevard de la Marina', city: 'Cotonou' },
    price: 45000,
    capacity: 24,
    minParticipants: 6,
    coverImage: context.mediaIds[0],
  })
  await create({
    title: 'Salsa cubaine — intermédiaire',
    shortDescription: 'Rueda de casino et figures en couple.',
    description: 'Pour les danseurs qui maîtrisent le pas de base : tours, enchaînements et rueda.',
    level: 'intermediate',
    style: salsa,
    instructor: other.id,
    schedule: [{ day: 'wednesday', startTime: '20:00', endTime: '21:30' }],
    startDate: dateIn(3),
    endDate: dateIn(90),
    venue: { name: 'Institut français', address: 'Route de l’aéroport', city: 'Cotonou' },
    price: 35000,
    capacity: 30,
    minParticipants: 8,
  })
  await create({
    title: 'Kizomba — tous niveaux',
    shortDescription: 'Connexion, marche et saidas.',
    description: 'Cours ouvert à tous, le samedi après-midi ; premier cours d’essai offert.',
    level: 'all_levels',
    style: kizomba,
    instructor: instructor.id,
    schedule: [{ day: 'saturday', startTime: '15:00', endTime: '17:00' }],
    startDate: dateIn(5),
    endDate: dateIn(60),
    venue: { name: 'Espace Tchif', address: 'Quartier Haie Vive', city: 'Cotonou' },
    price: 0,
    capacity: 40,
    minParticipants: 1,
  })

  // a practice one participant short of its minimum (3): two members joined
  const members = [...(context.usersByRole.participant ?? []), ...(context.usersByRole.student ?? [])]
  const organizer = members[0] ?? context.admin
  const start = new Date(Date.now() + 10 * DAY)
  start.setUTCHours(17, 0, 0, 0)
  const training = await payload.create({
    collection: 'trainings',
    data: {
      title: 'Pratique bachata du dimanche',
      description: 'On révise les figures du trimestre ensemble ; venez avec de l’eau et de bonnes chaussures.',
      type: 'practice',
      style: bachata,
      organizer: organizer.id,
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
      venue: { name: 'Plage de Fidjrossè', city: 'Cotonou' },
      minParticipants: 3,
      maxParticipants: 12,
      price: 0,
    } as never,
    overrideAccess: true,
  })
  let joined = 0
  for (const m of members.slice(1, 3)) {
    const req = await createLocalReq({ user: (await payload.findByID({ collection: 'users', id: m.id, depth: 0 })) as never }, payload)
    await joinTraining(req, Number(training.id), {})
      .then(() => joined++)
      .catch((err) => logger.warn({ err }, 'dance classes seed: join skipped'))
  }
  logger.info(`dance classes: 3 published classes, 1 training (${joined} of 3 participants needed)`)
}
