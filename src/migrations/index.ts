import * as migration_20261121_160642_initial from './20261121_160642_initial';
import * as migration_20261121_160643_extensions from './20261121_160643_extensions';
import * as migration_20261121_165544_delivery from './20261121_165544_delivery';

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
    up: migration_20261121_165544_delivery.up,
    down: migration_20261121_165544_delivery.down,
    name: '20261121_165544_delivery'
  },
];
