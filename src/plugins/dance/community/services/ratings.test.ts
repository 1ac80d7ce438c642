/**
 * Control for the rating recompute: a naive read-modify-write (read the artist's average and
 * count, add the new review, write both back) interleaved like concurrent requests loses updates;
 * recomputing from the reviews while holding the artist's lock (what services/ratings.ts does in
 * SQL) does not. The real concurrent-HTTP proof is in tests/dance/community.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { overallOf } from './ratings'

type Artist = { average: number; count: number }
const tick = () => new Promise((r) => setTimeout(r, 0))

async function naive(artist: Artist, rating: number) {
  const { average, count } = artist // read
  await tick() // another request runs here
  artist.count = count + 1 // write back what this request saw
  artist.average = (average * count + rating) / (count + 1)
}

function locked(lock: { chain: Promise<void> }, artist: Artist, reviews: number[], rating: number) {
  const run = lock.chain.then(async () => {
    reviews.push(rating)
    await tick()
    artist.count = reviews.length
    artist.average = reviews.reduce((a, b) => a + b, 0) / reviews.length
  })
  lock.chain = run
  return run
}

describe('artist rating under concurrency', () => {
  const ratings = Array.from({ length: 20 }, (_, i) => (i % 5) + 1)

  it('naive read-modify-write loses reviews', async () => {
    const artist = { average: 0, count: 0 }
    await Promise.all(ratings.map((r) => naive(artist, r)))
    expect(artist.count).toBeLessThan(20)
  })

  it('recompute under the artist lock counts every review', async () => {
    const artist = { average: 0, count: 0 }
    const reviews: number[] = []
    const lock = { chain: Promise.resolve() }
    await Promise.all(ratings.map((r) => locked(lock, artist, reviews, r)))
    expect(artist).toEqual({ count: 20, average: 3 })
  })

  it('overall rating is the mean of the three ratings, 2 decimals', () => {
    expect(overallOf({ teachingRating: 5, professionalismRating: 4, communicationRating: 3 })).toBe(4)
    expect(overallOf({ teachingRating: 5, professionalismRating: 5, communicationRating: 4 })).toBe(4.67)
  })
})
