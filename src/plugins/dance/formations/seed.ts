/** Demo formations in French: categories nested on two levels, five published articles and a draft. */
import type { Payload } from 'payload'

import type { SeedContext } from '../../../seed/core'

import { logger } from '../../../lib/logger'
import { slugify } from '../../../lib/slugify'

/** A Lexical document of plain paragraphs (also used by the theory seed). */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    format: '' as const,
    indent: 0,
    version: 1,
    direction: 'ltr' as const,
    children: paragraphs.map((p) => ({
      type: 'paragraph',
      format: '' as const,
      indent: 0,
      version: 1,
      direction: 'ltr' as const,
      textFormat: 0,
      children: [{ type: 'text', text: p, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
    })),
  },
})

type Article = { title: string; category: string; difficulty: 'advanced' | 'beginner' | 'intermediate'; excerpt: string; body: string[]; featured?: boolean; videoUrl?: string; draft?: boolean }

const ARTICLES: Article[] = [
  {
    title: 'Le pas de base de la bachata',
    category: 'fondamentaux',
    difficulty: 'beginner',
    featured: true,
    excerpt: 'Huit temps, trois pas et un tap : tout commence ici.',
    body: ['La bachata se danse sur huit temps : trois pas puis un tap, de chaque côté.', 'Gardez les genoux souples et laissez les hanches suivre le transfert du poids.'],
    videoUrl: 'https://www.youtube.com/watch?v=bachata-base',
  },
  {
    title: 'Théorie du guidage : le cadre et la connexion',
    category: 'guidage',
    difficulty: 'intermediate',
    excerpt: 'Un bon guidage passe par le cadre, pas par les bras.',
    body: ['Le cadre relie les deux partenaires : épaules basses, coudes devant le corps.', 'La connexion se sent dans la paume : une pression légère suffit pour proposer un mouvement.'],
  },
  {
    title: 'Danser en décalé sans perdre la musique',
    category: 'musicalite',
    difficulty: 'advanced',
    excerpt: 'Le décalé joue avec les temps forts : apprenez à revenir sur le 1.',
    body: ['Le pas décalé déplace l’accent sur le temps 2 ou le temps 6.', 'Comptez à voix haute, puis écoutez la guitare requinto pour retrouver le 1.'],
  },
  {
    title: 'Écouter la guira et le bongo',
    category: 'musicalite',
    difficulty: 'beginner',
    excerpt: 'Les percussions donnent le rythme : reconnaissez-les.',
    body: ['La güira marque chaque temps ; le bongo fait le martillo et annonce les changements.', 'Quand la musique passe en majao, les pas deviennent plus appuyés.'],
  },
  {
    title: 'Tours guidés : préparation et sortie',
    category: 'guidage',
    difficulty: 'intermediate',
    excerpt: 'Un tour se prépare un temps avant : la préparation fait tout.',
    body: ['Préparez le tour sur le temps 4 par une légère ouverture du cadre.', 'Accompagnez la sortie du tour sans tirer : la partenaire reprend son axe seule.'],
  },
  {
    title: 'Styling des bras (brouillon)',
    category: 'technique',
    difficulty: 'advanced',
    excerpt: 'Un article en cours de rédaction.',
    body: ['Les bras prolongent le mouvement du corps.'],
    draft: true,
  },
]

export async function seedFormationArticles(payload: Payload, context: SeedContext): Promise<void> {
  if (!Object.hasOwn(payload.collections, 'formations')) return
  const opts = { overrideAccess: true, context: { skipAudit: true } } as const
  const cat = async (name: string, slug: string, order: number, icon: string, description: string, parent?: number) =>
    (await payload.create({ collection: 'formation-categories', data: { name, slug, order, icon, description, parent }, ...opts })).id
  const technique = await cat('Technique', 'technique', 1, 'footprints', 'Les pas, le cadre et le guidage.')
  const musicalite = await cat('Musicalité', 'musicalite', 2, 'music', 'Écouter et interpréter la musique.')
  const categories: Record<string, number> = {
    technique,
    musicalite,
    fondamentaux: await cat('Fondamentaux', 'fondamentaux', 1, 'star', 'Les bases pour commencer.', technique),
    guidage: await cat('Guidage', 'guidage', 2, 'hand', 'Guider et suivre.', technique),
  }
  const authors = [...(context.usersByRole.instructor ?? []), ...(context.usersByRole.artist ?? [])]
  for (const [i, a] of ARTICLES.entries()) {
    const author = authors[i % Math.max(1, authors.length)]?.id ?? context.admin.id
    await payload.create({
      collection: 'formations',
      data: {
        title: a.title,
        slug: slugify(a.title, 'formation'),
        category: categories[a.category],
        difficulty: a.difficulty,
        excerpt: a.excerpt,
        content: richText(...a.body),
        metaDescription: a.excerpt.slice(0, 160),
        videoUrl: a.videoUrl,
        featured: a.featured ?? false,
        featuredImage: context.mediaIds[i % Math.max(1, context.mediaIds.length)] as number | undefined,
        author: Number(author),
        _status: a.draft ? 'draft' : 'published',
      },
      ...opts,
    })
  }
  logger.info(`formations seed: 4 categories on two levels, ${ARTICLES.filter((a) => !a.draft).length} published formations and a draft`)
}
