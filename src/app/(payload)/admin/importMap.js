import { RefundPanel as RefundPanel_31183f32065ddf516ce5966c5f45d801 } from '../../../plugins/payments/admin/refund-panel'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/plugins/payments/admin/refund-panel#RefundPanel": RefundPanel_31183f32065ddf516ce5966c5f45d801,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
