/** Field validators shared by every plugin. Each returns `true` or a message (Payload's convention). */
import countries from 'i18n-iso-countries'
import { isValidPhoneNumber } from 'libphonenumber-js'

const E164 = /^\+[1-9]\d{6,14}$/

export const validatePhoneE164 = (value: null | string | undefined): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !E164.test(value) || !isValidPhoneNumber(value)) {
    return 'Phone must be a valid number in E.164 format, e.g. +22507080910'
  }
  return true
}

export const validateCountryCode = (value: null | string | undefined): string | true => {
  if (value === null || value === undefined || value === '') return true
  if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value) || !countries.isValid(value)) {
    return 'Country must be an ISO 3166-1 alpha-2 code, e.g. FR or CI'
  }
  return true
}

export const validateLatitude = (value: null | number | undefined): string | true =>
  value === null || value === undefined || (typeof value === 'number' && value >= -90 && value <= 90)
    ? true
    : 'Latitude must be a number between -90 and 90'

export const validateLongitude = (value: null | number | undefined): string | true =>
  value === null || value === undefined || (typeof value === 'number' && value >= -180 && value <= 180)
    ? true
    : 'Longitude must be a number between -180 and 180'
