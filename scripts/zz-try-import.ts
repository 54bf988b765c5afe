import { benchImportTenThousand } from './bench-import';
benchImportTenThousand();
