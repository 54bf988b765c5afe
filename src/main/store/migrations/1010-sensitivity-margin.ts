/**
 * Schema 1010: the robust/fragile verdict of the sensitivity analysis
 * (SCORING.md, "Sensitivity") needs a margin per deal-room. Rooms created at
 * 1000 get the documented default of 5 percentage points.
 */
import type { Migration } from './migration';

export const migration1010: Migration = {
  version: 1010,
  name: 'sensitivity-margin',
  up(db) {
    db.exec(`
      ALTER TABLE deal_room
        ADD COLUMN sensitivity_margin REAL NOT NULL DEFAULT 0.05
        CHECK (sensitivity_margin BETWEEN 0 AND 1);
    `);
  },
};
