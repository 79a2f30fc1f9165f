// The one entry point to zod for the whole extension.
// jitless: zod otherwise probes `new Function`, which the MV3 content security policy blocks.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
