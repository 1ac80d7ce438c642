import * as migration_20261121_160642_initial from './20261121_160642_initial';
import * as migration_20261121_160643_extensions from './20261121_160643_extensions';
import * as migration_20261121_171140_learning from './20261121_171140_learning';

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
    up: migration_20261121_171140_learning.up,
    down: migration_20261121_171140_learning.down,
    name: '20261121_171140_learning'
  },
];
