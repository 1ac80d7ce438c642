/**
 * Which providers are on, from the environment (read on each call so tests and restarts see changes).
 * A provider is enabled only when all its variables are set; `sandbox` is on by default outside production.
 */
import type { PaymentProvider, ProviderName } from './types'

import { env } from '../../../lib/env'
import { moovMoneyProvider } from './moov-money'
import { mtnMomoProvider } from './mtn-momo'
import { orangeMoneyProvider } from './orange-money'
import { sandboxProvider } from './sandbox'
import { stripeProvider } from './stripe'

const all = (...names: string[]) => names.every((n) => env.str(n) !== undefined)

export function getProvider(name: ProviderName): null | PaymentProvider {
  switch (name) {
    case 'stripe':
      if (!all('STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET')) return null
      return stripeProvider({
        secretKey: env.str('STRIPE_SECRET_KEY')!,
        webhookSecret: env.str('STRIPE_WEBHOOK_SECRET')!,
        publishableKey: env.str('STRIPE_PUBLISHABLE_KEY'),
        host: env.str('STRIPE_API_HOST'),
        port: env.str('STRIPE_API_PORT') ? env.int('STRIPE_API_PORT', 443) : undefined,
        protocol: env.str('STRIPE_API_PROTOCOL') as 'http' | 'https' | undefined,
      })
    case 'orange-money':
      if (!all('ORANGE_MONEY_CLIENT_ID', 'ORANGE_MONEY_CLIENT_SECRET', 'ORANGE_MONEY_MERCHANT_KEY')) return null
      return orangeMoneyProvider({
        baseUrl: env.str('ORANGE_MONEY_BASE_URL', 'https://api.orange.com')!,
        clientId: env.str('ORANGE_MONEY_CLIENT_ID')!,
        clientSecret: env.str('ORANGE_MONEY_CLIENT_SECRET')!,
        merchantKey: env.str('ORANGE_MONEY_MERCHANT_KEY')!,
        country: env.str('ORANGE_MONEY_COUNTRY', 'dev')!,
        currency: env.str('ORANGE_MONEY_CURRENCY'),
      })
    case 'mtn-momo':
      if (!all('MTN_MOMO_SUBSCRIPTION_KEY', 'MTN_MOMO_API_USER', 'MTN_MOMO_API_KEY')) return null
      return mtnMomoProvider({
        baseUrl: env.str('MTN_MOMO_BASE_URL', 'https://sandbox.momodeveloper.mtn.com')!,
        subscriptionKey: env.str('MTN_MOMO_SUBSCRIPTION_KEY')!,
        apiUser: env.str('MTN_MOMO_API_USER')!,
        apiKey: env.str('MTN_MOMO_API_KEY')!,
        targetEnvironment: env.str('MTN_MOMO_TARGET_ENVIRONMENT', 'sandbox')!,
        disbursement: all('MTN_MOMO_DISBURSEMENT_SUBSCRIPTION_KEY', 'MTN_MOMO_DISBURSEMENT_API_USER', 'MTN_MOMO_DISBURSEMENT_API_KEY')
          ? {
              subscriptionKey: env.str('MTN_MOMO_DISBURSEMENT_SUBSCRIPTION_KEY')!,
              apiUser: env.str('MTN_MOMO_DISBURSEMENT_API_USER')!,
              apiKey: env.str('MTN_MOMO_DISBURSEMENT_API_KEY')!,
            }
          : undefined,
      })
    case 'moov-money':
      if (!all('MOOV_MONEY_BASE_URL', 'MOOV_MONEY_CLIENT_ID', 'MOOV_MONEY_CLIENT_SECRET')) return null
      return moovMoneyProvider({
        baseUrl: env.str('MOOV_MONEY_BASE_URL')!,
        clientId: env.str('MOOV_MONEY_CLIENT_ID')!,
        clientSecret: env.str('MOOV_MONEY_CLIENT_SECRET')!,
      })
    case 'sandbox':
      return env.bool('PAYMENTS_SANDBOX', !env.isProduction) ? sandboxProvider() : null
    default:
      return null
  }
}

export function enabledProviders(): ProviderName[] {
  return (['stripe', 'orange-money', 'mtn-momo', 'moov-money', 'sandbox'] as const).filter((n) => getProvider(n) !== null)
}

export * from './types'
