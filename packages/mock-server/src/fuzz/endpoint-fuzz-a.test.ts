import { defineEndpointFuzz } from './define-endpoint-fuzz';

// Half of the routes (see define-endpoint-fuzz.ts); the other half is in endpoint-fuzz-b.test.ts.
defineEndpointFuzz(0, 2);
