/**
 * Demo competitions (French): a bachata championship judged by three artists with couples in two
 * categories, scores and published results (ranked by the same service as in production), and a
 * kizomba open whose registrations are open.
 */
import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SeedContext } from '../../../seed/core'

import { publishResults } from './services/competitions'

const day = 86_400_000
const at = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * day)
  d.setUTCHours(hour, 0, 0, 0)
  return d.toISOString()
}

type Demo = { artistIds: number[]; styles: Map<string, number>; dancers: { id: number | string }[] }

export async function seedCompetitionDemo(payload: Payload, context: SeedContext, { artistIds, styles, dancers }: Demo): Promise<void> {
  if (artistIds.length < 3 || dancers.length < 4) return
  const organizer = context.usersByRole.organizer?.[0] ?? context.admin
  const create = <T = { id: number }>(collection: 'competition-categories' | 'competition-entries' | 'competition-scores' | 'competitions', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true, context: { skipAudit: true } }) as Promise<T>

  const championship = await create('competitions', {
    name: 'Championnat de bachata de Cotonou',
    status: 'judging',
    organizer: organizer.id,
    style: styles.get('bachata'),
    description: 'Le rendez-vous annuel des danseurs de bachata du Bénin et de la sous-région.',
    rules: 'Trois juges notent chaque couple de 0 à 10. Musique imposée, 2 minutes par passage. Tenue correcte exigée.',
    registrationOpensAt: at(-30),
    registrationClosesAt: at(-3),
    date: at(-1, 18),
    venue: 'Palais des congrès',
    city: 'Cotonou',
    judges: artistIds.slice(0, 3),
    prizes: [
      { rank: 1, prize: '150 000 XOF et un trophée' },
      { rank: 2, prize: '75 000 XOF' },
      { rank: 3, prize: 'Pass complet pour le prochain festival' },
    ],
  })
  const jackAndJill = await create('competition-categories', { competition: championship.id, name: 'Jack & Jill intermédiaire', kind: 'jack-and-jill', level: 'intermediate' })
  const strictly = await create('competition-categories', { competition: championship.id, name: 'Strictly avancé', kind: 'strictly', level: 'advanced' })

  const couples: [number, number, number][] = [
    [jackAndJill.id, 0, 1],
    [jackAndJill.id, 2, 3],
    [strictly.id, 1, 0],
    [strictly.id, 3, 2],
  ]
  if (dancers.length >= 6) couples.push([jackAndJill.id, 4, 5])
  const marks = [
    [8.5, 9, 7.5],
    [7, 8, 8],
    [9, 9.5, 9],
    [6.5, 7, 8],
    [8, 8, 8],
  ]
  for (const [i, [category, leader, follower]] of couples.entries()) {
    const entry = await create('competition-entries', { category, leader: dancers[leader].id, follower: dancers[follower].id, status: 'confirmed', confirmedAt: at(-10) })
    for (const [j, judge] of artistIds.slice(0, 3).entries()) await create('competition-scores', { entry: entry.id, judge, round: 'final', score: marks[i][j] })
  }
  const admin = await payload.findByID({ collection: 'users', id: context.admin.id, depth: 0, overrideAccess: true })
  await publishResults(await createLocalReq({ user: admin as never }, payload), Number(championship.id))

  const open = await create('competitions', {
    name: 'Open de kizomba d’Abidjan',
    status: 'open',
    organizer: organizer.id,
    style: styles.get('kizomba'),
    description: 'Compétition ouverte à tous les niveaux, inscriptions en couple.',
    rules: 'Le leader inscrit le couple, le follower confirme. Une seule inscription par personne et par catégorie.',
    registrationOpensAt: at(-2),
    registrationClosesAt: at(20),
    date: at(25, 18),
    venue: 'Institut français',
    city: 'Abidjan',
    judges: artistIds.slice(1, 4),
    prizes: [{ rank: 1, prize: 'Stage offert avec Mélodie Kiz' }],
  })
  await create('competition-categories', { competition: open.id, name: 'Showcase', kind: 'showcase', level: 'open' })
  await create('competition-categories', { competition: open.id, name: 'Jack & Jill débutant', kind: 'jack-and-jill', level: 'beginner' })
}
