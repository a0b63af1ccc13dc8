/** RFC 9457 problem details, with the platform's stable `code` as an extension member. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeFor(code: string): string {
  return `urn:eurt:problem:${code.toLowerCase()}`;
}

export function problem(
  code: string,
  status: number,
  title: string,
  detail?: string,
  extensions: Record<string, unknown> = {},
): ProblemDetails {
  return { type: problemTypeFor(code), title, status, ...(detail ? { detail } : {}), code, ...extensions };
}
