import { describe, expect, it } from 'vitest'

import { placeholdersOf, renderString, renderTemplate } from './render'

describe('renderString', () => {
  it('replaces simple and dotted placeholders, with or without spaces', () => {
    expect(renderString('Bonjour {{name}}, commande {{ order.number }} : {{order.total}}', { name: 'Awa', order: { number: 'A-12', total: 5000 } }).text).toBe(
      'Bonjour Awa, commande A-12 : 5000',
    )
  })
  it('lists missing values and leaves them empty', () => {
    const r = renderString('Hi {{name}} {{a.b}}', {})
    expect(r.text).toBe('Hi  ')
    expect(r.missing).toEqual(['name', 'a.b'])
  })
  it('does not evaluate anything else', () => {
    expect(renderString('{{constructor}} {{ __proto__ }} {{1+1}}', {}).text).toBe('  {{1+1}}')
  })
})

describe('renderTemplate', () => {
  it('escapes data in the HTML but not in the text and links the action URL', () => {
    const r = renderTemplate({ subject: 'Re: {{x}}', body: 'a {{x}}\n\nb', actionUrl: '/o/{{id}}' }, { x: '<b>&', id: 7 })
    expect(r.body).toBe('a <b>&\n\nb')
    expect(r.html).toBe('<p>a &lt;b&gt;&amp;</p><p>b</p><p><a href="/o/7">/o/7</a></p>')
    expect(r.title).toBe('Re: <b>&')
    expect(r.actionUrl).toBe('/o/7')
  })
  it('lists the placeholders of a template', () => {
    expect(placeholdersOf('{{a}} {{ b.c }} {{a}}')).toEqual(['a', 'b.c'])
  })
})
