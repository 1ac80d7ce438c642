import { slugify as slugifyTitle } from '../../../lib/slugify'

export const slugify = (s: string): string => slugifyTitle(s, 'course')
