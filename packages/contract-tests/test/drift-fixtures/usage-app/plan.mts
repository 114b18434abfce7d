// Not a client call: a template with a substitution, and a method named like one on a non-path.
const cache = new Map<string, string>();
export const lookup = (id: string) => cache.get(`/jobs/${id}`);
export const header = (h: Headers) => h.get('/jobs/{jobid}');
