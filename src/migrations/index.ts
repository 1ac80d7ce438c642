import * as migration_20261121_160642_initial from './20261121_160642_initial';
import * as migration_20261121_160643_extensions from './20261121_160643_extensions';
import * as migration_20261121_174455_plugins from './20261121_174455_plugins';
import * as migration_20261121_174919_learning from './20261121_174919_learning';
import * as migration_20261121_180041_delivery from './20261121_180041_delivery';
import * as migration_20261121_201840_stripe_customers from './20261121_201840_stripe_customers';
import * as migration_20261121_214424_message_course_audience from './20261121_214424_message_course_audience';
import * as migration_20261202_210407_paid_content_private_media from './20261202_210407_paid_content_private_media';
import * as migration_20261202_210408_private_lesson_media from './20261202_210408_private_lesson_media';
import * as migration_20261202_225310_delivery_offers from './20261202_225310_delivery_offers';
import * as migration_20261202_233640_bookings_events from './20261202_233640_bookings_events';
import * as migration_20261202_233641_bookings_constraints from './20261202_233641_bookings_constraints';
import * as migration_20261203_051241_join_indexes from './20261203_051241_join_indexes';
import * as migration_20261203_051311_jobs_probe from './20261203_051311_jobs_probe';
import * as migration_20261203_051312_multi_instance from './20261203_051312_multi_instance';
import * as migration_20261203_051522_subscriptions from './20261203_051522_subscriptions';
import * as migration_20261203_051523_subscriptions_one_live from './20261203_051523_subscriptions_one_live';
import * as migration_20261203_053156_social_publishing from './20261203_053156_social_publishing';
import * as migration_20261203_053602_ai_images from './20261203_053602_ai_images';
import * as migration_20261203_062013_dance from './20261203_062013_dance';
import * as migration_20261203_062014_dance_community_constraints from './20261203_062014_dance_community_constraints';
import * as migration_20261203_062015_dance_formations_constraints from './20261203_062015_dance_formations_constraints';
import * as migration_20261203_062016_dance_care_constraints from './20261203_062016_dance_care_constraints';

export const migrations = [
  {
    up: migration_20261121_160642_initial.up,
    down: migration_20261121_160642_initial.down,
    name: '20261121_160642_initial',
  },
  {
    up: migration_20261121_160643_extensions.up,
    down: migration_20261121_160643_extensions.down,
    name: '20261121_160643_extensions',
  },
  {
    up: migration_20261121_174455_plugins.up,
    down: migration_20261121_174455_plugins.down,
    name: '20261121_174455_plugins',
  },
  {
    up: migration_20261121_174919_learning.up,
    down: migration_20261121_174919_learning.down,
    name: '20261121_174919_learning',
  },
  {
    up: migration_20261121_180041_delivery.up,
    down: migration_20261121_180041_delivery.down,
    name: '20261121_180041_delivery',
  },
  {
    up: migration_20261121_201840_stripe_customers.up,
    down: migration_20261121_201840_stripe_customers.down,
    name: '20261121_201840_stripe_customers',
  },
  {
    up: migration_20261121_214424_message_course_audience.up,
    down: migration_20261121_214424_message_course_audience.down,
    name: '20261121_214424_message_course_audience',
  },
  {
    up: migration_20261202_210407_paid_content_private_media.up,
    down: migration_20261202_210407_paid_content_private_media.down,
    name: '20261202_210407_paid_content_private_media',
  },
  {
    up: migration_20261202_210408_private_lesson_media.up,
    down: migration_20261202_210408_private_lesson_media.down,
    name: '20261202_210408_private_lesson_media',
  },
  {
    up: migration_20261202_225310_delivery_offers.up,
    down: migration_20261202_225310_delivery_offers.down,
    name: '20261202_225310_delivery_offers',
  },
  {
    up: migration_20261202_233640_bookings_events.up,
    down: migration_20261202_233640_bookings_events.down,
    name: '20261202_233640_bookings_events',
  },
  {
    up: migration_20261202_233641_bookings_constraints.up,
    down: migration_20261202_233641_bookings_constraints.down,
    name: '20261202_233641_bookings_constraints',
  },
  {
    up: migration_20261203_051241_join_indexes.up,
    down: migration_20261203_051241_join_indexes.down,
    name: '20261203_051241_join_indexes',
  },
  {
    up: migration_20261203_051311_jobs_probe.up,
    down: migration_20261203_051311_jobs_probe.down,
    name: '20261203_051311_jobs_probe',
  },
  {
    up: migration_20261203_051312_multi_instance.up,
    down: migration_20261203_051312_multi_instance.down,
    name: '20261203_051312_multi_instance',
  },
  {
    up: migration_20261203_051522_subscriptions.up,
    down: migration_20261203_051522_subscriptions.down,
    name: '20261203_051522_subscriptions',
  },
  {
    up: migration_20261203_051523_subscriptions_one_live.up,
    down: migration_20261203_051523_subscriptions_one_live.down,
    name: '20261203_051523_subscriptions_one_live',
  },
  {
    up: migration_20261203_053156_social_publishing.up,
    down: migration_20261203_053156_social_publishing.down,
    name: '20261203_053156_social_publishing',
  },
  {
    up: migration_20261203_053602_ai_images.up,
    down: migration_20261203_053602_ai_images.down,
    name: '20261203_053602_ai_images',
  },
  {
    up: migration_20261203_062013_dance.up,
    down: migration_20261203_062013_dance.down,
    name: '20261203_062013_dance'
  },
  {
    up: migration_20261203_062014_dance_community_constraints.up,
    down: migration_20261203_062014_dance_community_constraints.down,
    name: '20261203_062014_dance_community_constraints',
  },
  {
    up: migration_20261203_062015_dance_formations_constraints.up,
    down: migration_20261203_062015_dance_formations_constraints.down,
    name: '20261203_062015_dance_formations_constraints',
  },
  {
    up: migration_20261203_062016_dance_care_constraints.up,
    down: migration_20261203_062016_dance_care_constraints.down,
    name: '20261203_062016_dance_care_constraints',
  },
];
