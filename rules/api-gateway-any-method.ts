import { childPointer, defineRule } from '../src/engine/api.js';
import { whenText } from './lib/apigw-common.js';

export default defineRule({
  meta: {
    name: 'api-gateway-any-method',
    family: 6,
    severity: 'low',
    title: 'API Gateway methods and routes name the HTTP methods they serve',
    description:
      '`HttpMethod: ANY` (or a route key `ANY /path`) sends every HTTP method — DELETE, PUT, PATCH included — to the backend, whether or not it handles them. Declaring one method per verb the backend serves keeps the exposed surface to what is meant, and lets each verb have its own authorization and validation.',
    resourceTypes: ['AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route'],
    fixable: 'never',
  },
  check(ctx) {
    for (const method of ctx.resources('AWS::ApiGateway::Method')) {
      const at = childPointer(method.pointer, 'Properties', 'HttpMethod');
      const any = (ctx.values(method.properties.HttpMethod) ?? []).filter((p) => typeof p.value === 'string' && p.value.toUpperCase() === 'ANY');
      if (any.length === 0) continue;
      ctx.report({
        at,
        message: `Method ${method.id} has HttpMethod ANY${any.map(whenText).join(' or')}, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one method per verb the backend serves.`,
      });
    }
    for (const route of ctx.resources('AWS::ApiGatewayV2::Route')) {
      const at = childPointer(route.pointer, 'Properties', 'RouteKey');
      const any = (ctx.values(route.properties.RouteKey) ?? []).filter((p) => typeof p.value === 'string' && /^ANY\s/i.test(p.value));
      if (any.length === 0) continue;
      ctx.report({
        at,
        message: `Route ${route.id} has RouteKey ${any.map((p) => `${JSON.stringify(p.value)}${whenText(p)}`).join(', ')}, so every HTTP method, DELETE and PUT included, reaches its integration. Declare one route per verb the backend serves.`,
      });
    }
  },
});
