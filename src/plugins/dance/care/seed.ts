/** Demo data (French): a practitioner with two services and weekly availability (Porto-Novo time). */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'

const DAYS_OF_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const

export async function seedCare(payload: Payload, context: SeedContext): Promise<void> {
  const user = context.usersByRole.practitioner?.[0] ?? context.admin
  const practitioner = await payload.create({
    collection: 'care-practitioners',
    data: {
      user: user.id,
      displayName: 'Aïcha Dossou',
      profession: 'Kinésithérapeute du sport',
      bio: 'Kinésithérapeute spécialisée dans les danseurs : prévention des blessures, récupération après les festivals.',
      qualifications: 'Diplôme d’État de masseur-kinésithérapeute ; formation en ostéopathie structurelle.',
      specialties: ['physio', 'massage', 'stretching'],
      city: 'Cotonou',
      address: 'Rue 12.045, Haie Vive',
      phone: '+22997000000',
      photo: context.mediaIds[0],
    } as never,
    overrideAccess: true,
  })
  const hours = (start: string, end: string) => DAYS_OF_WEEK.map((day) => ({ day, startTime: start, endTime: end }))
  await payload.create({
    collection: 'care-services',
    data: {
      title: 'Massage récupération danseur',
      type: 'massage',
      description: 'Massage profond des jambes, du dos et des épaules après les entraînements et les soirées.',
      practitioner: practitioner.id,
      price: 15000,
      currency: 'XOF',
      durationMinutes: 60,
      availability: [...hours('09:00', '12:00'), { day: 'saturday', startTime: '10:00', endTime: '14:00' }],
    } as never,
    overrideAccess: true,
  })
  await payload.create({
    collection: 'care-services',
    data: {
      title: 'Séance de kinésithérapie (cheville, genou)',
      type: 'physio',
      description: 'Bilan et rééducation des entorses et douleurs articulaires fréquentes chez les danseurs.',
      practitioner: practitioner.id,
      price: 20000,
      currency: 'XOF',
      durationMinutes: 45,
      availability: hours('14:00', '18:00'),
    } as never,
    overrideAccess: true,
  })
}
