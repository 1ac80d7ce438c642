import { PreferredLanguageField as PreferredLanguageField_9800abbdd0a7a406df5b9dad8bed7078 } from '../../../admin/fields/preferred-language'
import { ReadableJsonField as ReadableJsonField_a937eb8ad01b644ded06fbe8c4599697 } from '../../../admin/fields/readable-json'
import { JsonEditorField as JsonEditorField_0d6e9d4db3f40b659b68ce2e826e5645 } from '../../../admin/fields/json-editor'
import { RefundPanel as RefundPanel_31183f32065ddf516ce5966c5f45d801 } from '../../../plugins/payments/admin/refund-panel'
import { MoneyCell as MoneyCell_0959e4b683a0cb80d442193b93c40da5 } from '../../../admin/fields/money'
import { MoneyField as MoneyField_0959e4b683a0cb80d442193b93c40da5 } from '../../../admin/fields/money'
import { RowTitle as RowTitle_b95fa4b098ae57001762ea27068c72fe } from '../../../admin/fields/row-title'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OpeningHoursField as OpeningHoursField_88593840d9d5813b1c017bdf64c55ac6 } from '../../../admin/fields/opening-hours'
import { PercentCell as PercentCell_0959e4b683a0cb80d442193b93c40da5 } from '../../../admin/fields/money'
import { PercentField as PercentField_0959e4b683a0cb80d442193b93c40da5 } from '../../../admin/fields/money'
import { OptionGroupsField as OptionGroupsField_5ee1b2e2f7d99315c43cfb56219c9eea } from '../../../admin/fields/option-groups'
import { PolygonField as PolygonField_ec36c1648cac9108afdfa5b9e365205b } from '../../../admin/fields/polygon'
import { LearningStatsNavLink as LearningStatsNavLink_b3d9b2a41120390e30d1cffbed014727 } from '../../../plugins/learning/admin/nav-link'
import { InstructorDashboard as InstructorDashboard_d4640114820513352a072d4520211e75 } from '../../../plugins/learning/admin/instructor-dashboard.tsx'
import { ContentCalendar as ContentCalendar_936d320114f2f89eb288a5eea544701f } from '../../../plugins/social-publishing/admin/content-calendar.tsx'
import { ImageStatsView as ImageStatsView_ff25a37e47b9b5a7062c392c148f3eec } from '../../../plugins/ai-images/admin/image-stats-view.tsx'
import { PlatformWidget as PlatformWidget_72407229b37c82ad4460a6f1c95f2d89 } from '../../../admin/dashboard/widgets/platform'
import { NotificationsWidget as NotificationsWidget_b603fe7c8e9ceb1afea173e6942c1c99 } from '../../../plugins/notifications/admin/dashboard-widget'
import { PaymentsWidget as PaymentsWidget_a9fa690a29e311c08dcf79f75adb685e } from '../../../plugins/payments/admin/dashboard-widget'
import { LearningWidget as LearningWidget_fae90b263d8eacc988b57bf071bf2a58 } from '../../../plugins/learning/admin/dashboard-widget'
import { DeliveryWidget as DeliveryWidget_c33cf990275418e2ef485d757d3b6d68 } from '../../../plugins/delivery/admin/dashboard-widget'
import { EventsWidget as EventsWidget_57155a233263fb352b266768a3f87006 } from '../../../plugins/events/admin/dashboard-widget'
import { SubscriptionsWidget as SubscriptionsWidget_e61ba1971034b1fe50c4356d91a81dfa } from '../../../plugins/subscriptions/admin/dashboard-widget'
import { SocialWidget as SocialWidget_b9ddb6749970dfd1aedbab826c5c44af } from '../../../plugins/social-publishing/admin/dashboard-widget'
import { AiImagesWidget as AiImagesWidget_5f842681531bdc9e1b1f1bf1e09f673b } from '../../../plugins/ai-images/admin/dashboard-widget'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/fields/preferred-language#PreferredLanguageField": PreferredLanguageField_9800abbdd0a7a406df5b9dad8bed7078,
  "/admin/fields/readable-json#ReadableJsonField": ReadableJsonField_a937eb8ad01b644ded06fbe8c4599697,
  "/admin/fields/json-editor#JsonEditorField": JsonEditorField_0d6e9d4db3f40b659b68ce2e826e5645,
  "/plugins/payments/admin/refund-panel#RefundPanel": RefundPanel_31183f32065ddf516ce5966c5f45d801,
  "/admin/fields/money#MoneyCell": MoneyCell_0959e4b683a0cb80d442193b93c40da5,
  "/admin/fields/money#MoneyField": MoneyField_0959e4b683a0cb80d442193b93c40da5,
  "/admin/fields/row-title#RowTitle": RowTitle_b95fa4b098ae57001762ea27068c72fe,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/admin/fields/opening-hours#OpeningHoursField": OpeningHoursField_88593840d9d5813b1c017bdf64c55ac6,
  "/admin/fields/money#PercentCell": PercentCell_0959e4b683a0cb80d442193b93c40da5,
  "/admin/fields/money#PercentField": PercentField_0959e4b683a0cb80d442193b93c40da5,
  "/admin/fields/option-groups#OptionGroupsField": OptionGroupsField_5ee1b2e2f7d99315c43cfb56219c9eea,
  "/admin/fields/polygon#PolygonField": PolygonField_ec36c1648cac9108afdfa5b9e365205b,
  "/plugins/learning/admin/nav-link#LearningStatsNavLink": LearningStatsNavLink_b3d9b2a41120390e30d1cffbed014727,
  "/plugins/learning/admin/instructor-dashboard.tsx#InstructorDashboard": InstructorDashboard_d4640114820513352a072d4520211e75,
  "/plugins/social-publishing/admin/content-calendar.tsx#ContentCalendar": ContentCalendar_936d320114f2f89eb288a5eea544701f,
  "/plugins/ai-images/admin/image-stats-view.tsx#ImageStatsView": ImageStatsView_ff25a37e47b9b5a7062c392c148f3eec,
  "/admin/dashboard/widgets/platform#PlatformWidget": PlatformWidget_72407229b37c82ad4460a6f1c95f2d89,
  "/plugins/notifications/admin/dashboard-widget#NotificationsWidget": NotificationsWidget_b603fe7c8e9ceb1afea173e6942c1c99,
  "/plugins/payments/admin/dashboard-widget#PaymentsWidget": PaymentsWidget_a9fa690a29e311c08dcf79f75adb685e,
  "/plugins/learning/admin/dashboard-widget#LearningWidget": LearningWidget_fae90b263d8eacc988b57bf071bf2a58,
  "/plugins/delivery/admin/dashboard-widget#DeliveryWidget": DeliveryWidget_c33cf990275418e2ef485d757d3b6d68,
  "/plugins/events/admin/dashboard-widget#EventsWidget": EventsWidget_57155a233263fb352b266768a3f87006,
  "/plugins/subscriptions/admin/dashboard-widget#SubscriptionsWidget": SubscriptionsWidget_e61ba1971034b1fe50c4356d91a81dfa,
  "/plugins/social-publishing/admin/dashboard-widget#SocialWidget": SocialWidget_b9ddb6749970dfd1aedbab826c5c44af,
  "/plugins/ai-images/admin/dashboard-widget#AiImagesWidget": AiImagesWidget_5f842681531bdc9e1b1f1bf1e09f673b,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
