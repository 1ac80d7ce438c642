import { describe, expect, it } from 'vitest'

import { type QuestionKey, buildPaper, gradeAttempt, gradeQuestion, isLate, normalizeAnswer } from './grading'

const mcq: QuestionKey = { id: 1, type: 'multiple_choice', text: 'even?', points: 2, options: [{ id: 'a', text: '2', correct: true }, { id: 'b', text: '3', correct: false }, { id: 'c', text: '4', correct: true }] }
const single: QuestionKey = { id: 2, type: 'multiple_choice', text: '2+2', points: 1, options: [{ id: 'x', text: '4', correct: true }, { id: 'y', text: '5', correct: false }] }
const tf: QuestionKey = { id: 3, type: 'true_false', text: 'sky green', points: 1, correctBoolean: false }
const sa: QuestionKey = { id: 4, type: 'short_answer', text: 'capital', points: 1, acceptedAnswers: [{ value: 'Dakar' }, { value: 'Ndakaaru' }], explanation: 'Dakar is the capital.' }

describe('grading', () => {
  it('multiple choice with several answers is all-or-nothing, order and duplicates ignored', () => {
    expect(gradeQuestion(mcq, ['c', 'a']).correct).toBe(true)
    expect(gradeQuestion(mcq, ['a', 'a', 'c']).correct).toBe(true)
    expect(gradeQuestion(mcq, ['a']).correct).toBe(false)
    expect(gradeQuestion(mcq, ['a', 'b', 'c']).correct).toBe(false)
    expect(gradeQuestion(mcq, null).correct).toBe(false)
    expect(gradeQuestion(single, 'x').correct).toBe(true)
  })
  it('true/false accepts booleans and "true"/"false"', () => {
    expect(gradeQuestion(tf, false).correct).toBe(true)
    expect(gradeQuestion(tf, 'false').correct).toBe(true)
    expect(gradeQuestion(tf, true).correct).toBe(false)
    expect(gradeQuestion(tf, 'maybe').correct).toBe(false)
  })
  it('short answers ignore case, accents and spaces', () => {
    expect(normalizeAnswer('  Le   Sénégal ')).toBe('le senegal')
    expect(gradeQuestion(sa, ' dakar ').correct).toBe(true)
    expect(gradeQuestion(sa, 'NDAKAARU').correct).toBe(true)
    expect(gradeQuestion(sa, 'Abidjan').correct).toBe(false)
    expect(gradeQuestion(sa, ['Dakar'] as never).correct).toBe(false)
  })
  it('scores the paper: points, percentage, passed, perfect; unanswered is wrong', () => {
    const keys = [mcq, tf, sa]
    const paper = buildPaper(keys, {})
    const all = gradeAttempt(keys, paper, { 1: ['a', 'c'], 3: false, 4: 'dakar' }, 70)
    expect(all).toMatchObject({ score: 4, totalPoints: 4, percentage: 100, passed: true, perfect: true })
    const some = gradeAttempt(keys, paper, { 1: ['a', 'c'], 3: true }, 70)
    expect(some).toMatchObject({ score: 2, totalPoints: 4, percentage: 50, passed: false, perfect: false })
    expect(some.results.find((r) => r.question === 4)).toMatchObject({ correct: false, given: null, expected: 'Dakar', explanation: 'Dakar is the capital.' })
    expect(gradeAttempt(keys, paper, { 1: ['a', 'c'], 3: true }, 50).passed).toBe(true)
  })
  it('the paper never carries the answer key', () => {
    const paper = buildPaper([mcq, tf, sa], { shuffleOptions: true, shuffleQuestions: true })
    expect(JSON.stringify(paper)).not.toMatch(/correct|accepted|Dakar|explanation/)
    expect(paper.find((p) => p.id === 1)?.multipleAnswers).toBe(true)
    expect(paper.map((p) => p.id).sort()).toEqual([1, 3, 4])
  })
  it('late means after the deadline plus 10 seconds of grace', () => {
    const deadline = new Date('2026-01-01T10:00:00Z')
    expect(isLate(null, new Date())).toBe(false)
    expect(isLate(deadline, new Date('2026-01-01T10:00:09Z'))).toBe(false)
    expect(isLate(deadline, new Date('2026-01-01T10:00:11Z'))).toBe(true)
  })
})
