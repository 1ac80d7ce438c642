import type { PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { describe, expect, it } from 'vitest'

import { refusePath, selectPaths, sortPaths, wherePaths } from './query-access'

describe('paths of a query', () => {
  it('collects where keys through nested and/or, sort entries and select leaves', () => {
    expect(wherePaths({ a: { equals: 1 }, or: [{ 'b.c': { like: 'x' } }, { AND: [{ d: { exists: true } }] }] })).toEqual(['a', 'b.c', 'd'])
    expect(sortPaths('-owner.email, title')).toEqual(['owner.email', 'title'])
    expect(sortPaths(['+a', '', 'b'])).toEqual(['a', 'b'])
    expect(selectPaths({ title: true, owner: { email: true } })).toEqual(['title', 'owner.email'])
  })
})

describe('refusePath', () => {
  const users = {
    slug: 'users',
    auth: {},
    access: { read: ({ req }: { req: PayloadRequest }) => ((req.user as { admin?: boolean } | null)?.admin ? true : { id: { equals: 1 } }) },
    flattenedFields: [
      { name: 'email', type: 'email' },
      { name: 'apiKey', type: 'text' },
      { name: 'secret', type: 'text', access: { read: () => false } },
    ],
  }
  const tags = { slug: 'tags', access: { read: () => true }, flattenedFields: [{ name: 'name', type: 'text' }] }
  const comments = { slug: 'comments', access: { read: () => true }, flattenedFields: [{ name: 'author', type: 'relationship', relationTo: 'users' }] }
  const posts = {
    slug: 'posts',
    access: { read: () => true },
    flattenedFields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'owner', type: 'relationship', relationTo: 'users' },
      { name: 'tag', type: 'relationship', relationTo: 'tags' },
      { name: 'meta', type: 'group', flattenedFields: [{ name: 'editor', type: 'relationship', relationTo: 'users' }] },
      { name: 'hiddenNote', type: 'text', hidden: true },
      { name: 'comments', type: 'join', collection: 'comments', on: 'post' },
      { name: 'body', type: 'blocks', blocks: [{ slug: 'quote', flattenedFields: [{ name: 'by', type: 'relationship', relationTo: 'users' }] }] },
    ],
  }
  const reqFor = (user: unknown) =>
    ({
      user,
      payload: {
        config: { localization: { localeCodes: ['fr', 'en'] } },
        collections: { users: { config: users }, tags: { config: tags }, posts: { config: posts }, comments: { config: comments } },
        blocks: {},
      },
    }) as unknown as PayloadRequest
  const root = { collection: posts as unknown as SanitizedCollectionConfig, fields: posts.flattenedFields as never }
  const check = (user: unknown, path: string) => refusePath(reqFor(user), root, path)

  it('lets own fields, related ids and fully readable collections through', async () => {
    for (const path of ['title', 'title.fr', 'owner', 'owner.id', 'tag.name', 'meta.editor', 'unknown.path', 'version.title']) {
      expect(await check({ id: 2 }, path), path).toBeNull()
    }
  })

  it('refuses a crossing into a collection the caller reads only in part', async () => {
    expect(await check({ id: 2 }, 'owner.email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'meta.editor.email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'meta__editor__email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'version.owner.email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'comments.author.email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'body.by.email')).toMatch(/leads into users/)
    expect(await check({ id: 2 }, 'comments.author')).toBeNull()
    expect(await check({ id: 2, admin: true }, 'owner.email')).toBeNull()
  })

  it('refuses secrets and fields the caller may not read, to admins too', async () => {
    expect(await check({ id: 2, admin: true }, 'owner.apiKey')).toMatch(/cannot be queried/)
    expect(await check({ id: 2, admin: true }, 'owner.secret')).toMatch(/may not read/)
    expect(await check({ id: 2, admin: true }, 'hiddenNote')).toMatch(/cannot be queried/)
    // a select only may not cross
    const select = (user: unknown, path: string) => refusePath(reqFor(user), root, path, { crossingOnly: true })
    expect(await select({ id: 2 }, 'hiddenNote')).toBeNull()
    expect(await select({ id: 2 }, 'owner.email')).toMatch(/leads into users/)
  })
})
