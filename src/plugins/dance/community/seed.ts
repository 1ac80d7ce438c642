/**
 * Demo data (French) for the community part: dance styles when none exist, dancer fields on a few
 * demo users, four artists with reviews (the ratings recomputed by the same hooks as in
 * production), and a competition with couples, judges' scores and published results.
 */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'

import { seedCompetitionDemo } from './seed-competitions'

const STYLES = [
  { name: 'Bachata', slug: 'bachata', description: 'Danse de couple née en République dominicaine.' },
  { name: 'Salsa', slug: 'salsa', description: 'Salsa cubaine et portoricaine, en ligne ou en rueda.' },
  { name: 'Kizomba', slug: 'kizomba', description: 'Danse de couple angolaise, lente et connectée.' },
  { name: 'Zouk', slug: 'zouk', description: 'Zouk brésilien, tout en fluidité.' },
  { name: 'Semba', slug: 'semba', description: 'L’ancêtre festif de la kizomba.' },
  { name: 'Afrobeat', slug: 'afrobeat', description: 'Chorégraphies sur les rythmes ouest-africains.' },
]

const ARTISTS = [
  { stageName: 'Carlos & Ana', baseCity: 'Cotonou', styles: ['bachata', 'salsa'], bio: 'Couple de professeurs de bachata sensuelle, champions régionaux.', teaching: true, performance: true, workshops: true, hourly: 25000, workshop: 150000 },
  { stageName: 'Mélodie Kiz', baseCity: 'Abidjan', styles: ['kizomba', 'semba'], bio: 'Professeure de kizomba et de semba depuis dix ans.', teaching: true, performance: false, workshops: true, hourly: 20000, workshop: 120000 },
  { stageName: 'DJ Zouk Léo', baseCity: 'Lomé', styles: ['zouk'], bio: 'Danseur de zouk brésilien et animateur de soirées.', teaching: false, performance: true, workshops: true, hourly: 30000, workshop: 200000 },
  { stageName: 'Awa Afro', baseCity: 'Cotonou', styles: ['afrobeat', 'salsa'], bio: 'Chorégraphe afrobeat, spectacles et stages.', teaching: true, performance: true, workshops: false, hourly: 15000, workshop: 90000 },
]

const COMMENTS = ['Super pédagogue, très à l’écoute.', 'Un stage inoubliable, je recommande !', 'Très professionnel, ponctuel et clair.', 'Bonne énergie, mais un peu rapide pour les débutants.']

export async function seedCommunity(payload: Payload, context: SeedContext): Promise<void> {
  const existing = await payload.find({ collection: 'dance-styles', limit: 100, depth: 0 })
  const styles = new Map<string, number>(existing.docs.map((s) => [String((s as { slug: string }).slug), Number(s.id)]))
  if (existing.totalDocs === 0) {
    for (const s of STYLES) {
      const doc = await payload.create({ collection: 'dance-styles', data: s as never, locale: 'fr', overrideAccess: true, context: { skipAudit: true } })
      styles.set(s.slug, Number(doc.id))
    }
  }
  const styleIds = (slugs: string[]) => slugs.map((s) => styles.get(s)).filter((v): v is number => v !== undefined)

  const dancers = [...(context.usersByRole.participant ?? []), ...(context.usersByRole.student ?? []), ...(context.usersByRole.customer ?? [])]
  const levels = ['beginner', 'intermediate', 'advanced', 'intermediate', 'beginner', 'advanced']
  for (const [i, u] of dancers.slice(0, 6).entries()) {
    await payload.update({
      collection: 'users',
      id: u.id,
      data: { danceLevel: levels[i], yearsExperience: i + 1, danceStyles: styleIds(i % 2 ? ['kizomba', 'semba'] : ['bachata', 'salsa']), instagramUrl: `https://instagram.com/danseur${i + 1}` } as never,
      overrideAccess: true,
      context: { skipAudit: true },
    })
  }

  const owners = [...(context.usersByRole.artist ?? []), ...(context.usersByRole.instructor ?? [])].slice(0, ARTISTS.length)
  const artistIds: number[] = []
  for (const [i, owner] of owners.entries()) {
    const a = ARTISTS[i]
    await payload.update({ collection: 'users', id: owner.id, data: { danceLevel: 'professional', yearsExperience: 8 + i, danceStyles: styleIds(a.styles), website: `https://example.com/${a.styles[0]}` } as never, overrideAccess: true, context: { skipAudit: true } })
    const artist = await payload.create({
      collection: 'artists',
      data: {
        user: owner.id,
        stageName: a.stageName,
        bio: a.bio,
        specialties: styleIds(a.styles),
        baseCity: a.baseCity,
        travelRadiusKm: 300 + i * 100,
        willingToTravel: true,
        availableForTeaching: a.teaching,
        availableForPerformance: a.performance,
        availableForWorkshops: a.workshops,
        hourlyRate: a.hourly,
        workshopRate: a.workshop,
        currency: 'XOF',
        achievements: [{ title: `Finaliste du championnat ouest-africain de ${a.styles[0]}`, year: 2024 - i }],
        certifications: [{ name: 'Diplôme de professeur de danse', issuer: 'Fédération des danses latines', year: 2019 }],
        demoVideos: [{ url: `https://www.youtube.com/watch?v=demo${i + 1}`, title: 'Démonstration' }],
        portfolioImages: context.mediaIds.slice(0, 1),
      } as never,
      overrideAccess: true,
      context: { skipAudit: true },
    })
    artistIds.push(Number(artist.id))
    for (const [j, reviewer] of dancers.slice(0, 3 + (i % 2)).entries()) {
      await payload.create({
        collection: 'artist-reviews',
        data: { artist: artist.id, reviewer: reviewer.id, teachingRating: 5 - ((i + j) % 2), professionalismRating: 5 - (j % 3), communicationRating: 4 + (j % 2), comment: COMMENTS[(i + j) % COMMENTS.length] } as never,
        overrideAccess: true,
        context: { skipAudit: true },
      })
    }
  }
  await seedCompetitionDemo(payload, context, { artistIds, styles, dancers })
}
