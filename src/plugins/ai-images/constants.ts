/** Names shared by the ai-images plugin's files. */
export const GROUP = { en: 'AI images', fr: 'Images IA' }

export const IMAGES = 'generated-images'
export const TAGS = 'image-tags'
export const HISTORY = 'image-generation-history'

export const AI_IMAGES_QUEUE = 'ai-images'
export const GENERATE_TASK = 'ai-images-generate'
export const CLEANUP_TASK = 'ai-images-cleanup'

/** Media of a generated image are private to its requester and staff until it is approved. */
export const MEDIA_GRANT = 'ai-images.image'

/** Local API context flag: a write made by the plugin's services (status moves, stored results). */
export const SYSTEM = 'aiImagesSystem'
