import type { CollectionConfig, Config, PayloadRequest } from 'payload'

import { describe, expect, it } from 'vitest'

import { addGeneratedImagesToScheduledPosts, FIELD_NAME, validateApprovedImages } from './extend-scheduled-posts'

const posts: CollectionConfig = { slug: 'scheduled-posts', fields: [{ name: 'caption', type: 'text' }] }
const other: CollectionConfig = { slug: 'media', fields: [{ name: 'alt', type: 'text' }] }

/** A request whose Local API knows generated images 1 (approved), 2 (generated) and 3 (rejected). */
function fakeReq(): PayloadRequest & { queries: unknown[] } {
  const statuses: Record<number, string> = { 1: 'approved', 2: 'generated', 3: 'rejected' }
  const queries: unknown[] = []
  const payload = {
    collections: { 'generated-images': {} },
    find: async ({ where }: { where: { and: [{ id: { in: number[] } }, { status: { equals: string } }] } }) => {
      queries.push(where)
      const ids = where.and[0].id.in
      return { docs: ids.filter((id) => statuses[id] === where.and[1].status.equals).map((id) => ({ id })) }
    },
  }
  return { payload, queries } as never
}

describe('generatedImages on scheduled-posts', () => {
  it('is added only to scheduled-posts, only when it exists, once', () => {
    const config = { collections: [other, posts] } as Config
    const out = addGeneratedImagesToScheduledPosts(config)
    const outPosts = out.collections!.find((c) => c.slug === 'scheduled-posts')!
    expect(outPosts.fields.map((f) => ('name' in f ? f.name : ''))).toEqual(['caption', FIELD_NAME])
    const field = outPosts.fields[1] as { type: string; relationTo: string; hasMany: boolean; filterOptions: unknown }
    expect(field).toMatchObject({ type: 'relationship', relationTo: 'generated-images', hasMany: true, filterOptions: { status: { equals: 'approved' } } })
    expect(out.collections!.find((c) => c.slug === 'media')).toBe(other)
    expect(posts.fields).toHaveLength(1) // the other plugin's config is not mutated
    expect(addGeneratedImagesToScheduledPosts(out)).toBe(out) // applied twice: one field

    const without = { collections: [other] } as Config
    expect(addGeneratedImagesToScheduledPosts(without)).toBe(without)
    const none = {} as Config
    expect(addGeneratedImagesToScheduledPosts(none)).toBe(none)
  })

  it('accepts approved images only, with a message naming the others', async () => {
    const req = fakeReq()
    expect(await validateApprovedImages([1], { req })).toBe(true)
    expect(await validateApprovedImages([{ id: 1 }], { req })).toBe(true)
    expect(await validateApprovedImages([], { req })).toBe(true)
    expect(await validateApprovedImages(null, { req })).toBe(true)
    expect(await validateApprovedImages([1, 2, 3, 99], { req })).toBe('Only approved generated images can be scheduled; not approved (or unknown): 2, 3, 99.')
    expect(await validateApprovedImages(['1; drop table'], { req })).toMatch(/given by id/)
    // the lookup asks for approved ones among the given ids
    expect(req.queries[0]).toEqual({ and: [{ id: { in: [1] } }, { status: { equals: 'approved' } }] })
  })

  it('refuses everything when the ai-images collection is absent from the instance', async () => {
    const req = fakeReq()
    ;(req.payload as unknown as { collections: object }).collections = {}
    expect(await validateApprovedImages([1], { req })).toMatch(/not approved \(or unknown\): 1/)
  })
})
