/**
 * The conformance script as a Worker: a POST of `{ baseUrl, expect }` runs it and answers the
 * results as JSON.
 */
import { type Expectations, runConformance } from './conformance.ts';

export default {
  async fetch(request: Request): Promise<Response> {
    const { baseUrl, expect } = (await request.json()) as {
      baseUrl: string;
      expect: Expectations;
    };
    return Response.json(await runConformance(baseUrl, 'workerd', expect));
  },
};
