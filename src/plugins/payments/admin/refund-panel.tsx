'use client'
/**
 * Admin-only refund panel on a payment's edit view: full or partial refund through
 * POST /api/payments/:id/refund (the same endpoint and rules as the API).
 */
import { Button, toast, useAuth, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useState } from 'react'

export function RefundPanel() {
  const { id } = useDocumentInfo()
  const { user } = useAuth<{ roles?: string[] }>()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const amount = useFormFields(([fields]) => fields.amount?.value as number | undefined) ?? 0
  const refunded = useFormFields(([fields]) => fields.refundedAmount?.value as number | undefined) ?? 0
  const currency = useFormFields(([fields]) => fields.currency?.value as string | undefined) ?? ''
  const [value, setValue] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)

  if (!id || !user?.roles?.includes('admin')) return null
  const left = amount - refunded
  const refundable = (status === 'paid' || status === 'partially_refunded') && left > 0

  const submit = async () => {
    const body: Record<string, unknown> = {}
    if (value.trim() !== '') {
      const n = Number(value)
      if (!Number.isInteger(n) || n <= 0) {
        toast.error('Enter a whole amount in minor units / Saisissez un montant entier en unités mineures')
        return
      }
      body.amount = n
    }
    if (reason.trim()) body.reason = reason.trim()
    setBusy(true)
    try {
      const res = await fetch(`/api/payments/${id}/refund`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = await res.json().catch(() => ({}))
      if (!res.ok) toast.error(json?.errors?.[0]?.message ?? `Refund failed (${res.status})`)
      else {
        toast.success(`Refunded / Remboursé : ${json.refundedAmount} ${json.currency} (${json.status})`)
        window.location.reload()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ border: '1px solid var(--theme-elevation-150)', padding: '1rem', marginBottom: '1.5rem', borderRadius: 4 }}>
      <h4 style={{ marginTop: 0 }}>Refund / Remboursement</h4>
      {refundable ? (
        <>
          <p>
            {left} {currency} left to refund (minor units). Leave the amount empty to refund everything left. /{' '}
            {left} {currency} remboursables (unités mineures). Laissez vide pour tout rembourser.
          </p>
          <div style={{ display: 'flex', gap: '0.5rem', flexWrap: 'wrap', alignItems: 'center' }}>
            <input aria-label="amount" inputMode="numeric" placeholder={String(left)} value={value} onChange={(e) => setValue(e.target.value)} />
            <input aria-label="reason" placeholder="Reason / Motif" value={reason} onChange={(e) => setReason(e.target.value)} />
            <Button buttonStyle="secondary" disabled={busy} onClick={submit} size="small">
              {busy ? '…' : 'Refund / Rembourser'}
            </Button>
          </div>
        </>
      ) : (
        <p>
          Only paid payments with an amount left can be refunded (status: {status}). / Seuls les paiements payés avec un
          reste à rembourser peuvent l’être.
        </p>
      )}
    </div>
  )
}
