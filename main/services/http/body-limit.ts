/** The one answer to a body over its route's limit, naming the limit so the operator knows what fits. */
import type { FastifyRequest } from 'fastify';
import { formatBytes } from '../net/http-fetch';

/** Bodies of routes that set no limit of their own (fastify's bodyLimit). */
export const DEFAULT_BODY_LIMIT_BYTES = 1024 * 1024;

/** "the request body is larger than the 1 MB allowed", for the limit of the route `request` went to. */
export function bodyTooLargeMessage(request: FastifyRequest): string {
  const limit = request.routeOptions.bodyLimit ?? DEFAULT_BODY_LIMIT_BYTES;
  return `the request body is larger than the ${formatBytes(limit)} allowed`;
}
