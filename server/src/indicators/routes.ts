import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../http/context.js';
import { draftPlanRoutes } from './drafts/drafts.routes.js';
import { indicatorRoutes } from './indicators.routes.js';
import { recommendationRoutes } from './recommendations.routes.js';

/** Monitoring and evaluation: the indicator framework and its assessments, recommendations, drafts of the next plan. */
export function monitoringRoutes(app: FastifyInstance, ctx: AppContext) {
  indicatorRoutes(app, ctx);
  recommendationRoutes(app, ctx);
  draftPlanRoutes(app, ctx);
}
