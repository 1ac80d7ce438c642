/**
 * AI images plugin (seed 004): generation through the OpenAI Images API (or the local renderer
 * offline), files stored in `media` with their sizes, tags, review in one transition table,
 * history of every attempt, statistics, cleanup. Collections: generated-images, image-tags,
 * image-generation-history. Queue `ai-images`: `ai-images-generate`, `ai-images-cleanup`.
 *
 * Public API for other plugins (social publishing):
 * - {@link isApprovedImage}(req, id) / {@link approvedImageIds}(req, ids): may it be published?
 * - {@link mediaIdsOfImage}(req, id): the `media` ids of its files (public once approved);
 * - {@link nextApprovedImageWithTag}(req, tagId, exclude): for recurring schedules;
 * - the `generatedImages` field this plugin adds to `scheduled-posts` when that collection exists.
 */
import type { Config, Plugin } from 'payload'

import { addDashboardWidgets } from '../../admin/dashboard'
import { asSystem, forRoles } from '../../admin/visibility'
import { GeneratedImages } from './collections/generated-images'
import { ImageGenerationHistory } from './collections/image-generation-history'
import { ImageTags } from './collections/image-tags'
import { imageEndpoints } from './endpoints/images'
import { cleanupTask, generateTask } from './jobs'
import { addGeneratedImagesToScheduledPosts } from './services/extend-scheduled-posts'
import { limits } from './services/options'

export { approvedImageIds, isApprovedImage, mediaIdsOfImage, nextApprovedImageWithTag } from './services/approved'
export { addGeneratedImagesToScheduledPosts, FIELD_NAME as GENERATED_IMAGES_FIELD, validateApprovedImages } from './services/extend-scheduled-posts'
export { AI_IMAGES_QUEUE, IMAGES as GENERATED_IMAGES, TAGS as IMAGE_TAGS } from './constants'
export { seedAiImages } from './seed'

export const aiImagesPlugin =
  (): Plugin =>
  (config: Config): Config => {
    limits() // a malformed AI_IMAGES_* variable stops the start, not the first request
    const withImages = addGeneratedImagesToScheduledPosts({
      ...config,
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: {
            ...config.admin?.components?.views,
            // charts of the image statistics: /admin/ai-images-stats
            aiImagesStats: { Component: '/plugins/ai-images/admin/image-stats-view.tsx#ImageStatsView', path: '/ai-images-stats' },
          },
        },
      },
      collections: [
        ...(config.collections ?? []),
        ...forRoles([ImageTags, GeneratedImages], ['marketer', 'editor']),
        // every attempt, with its cost: summed in the statistics view; the raw list is for admins
        asSystem(ImageGenerationHistory),
      ],
      endpoints: [...(config.endpoints ?? []), ...imageEndpoints],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), generateTask, cleanupTask] },
    })
    return addDashboardWidgets(withImages, [
      { slug: 'ai-images-overview', Component: '/plugins/ai-images/admin/dashboard-widget#AiImagesWidget', label: { en: 'AI images', fr: 'Images IA' }, roles: ['marketer', 'editor'], order: 55, width: 'medium' },
    ])
  }
