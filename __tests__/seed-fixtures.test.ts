import { describe, expect, it } from 'vitest';
import { cli } from './helpers.js';
import type { JsonReport } from '../src/report/json.js';

/**
 * The seed analysis' broken snippets, assembled into one template (JSON, and a YAML twin with
 * comments and short tags): every family is found, each on the line of the offending key or
 * resource.
 */
const EXPECTED: Record<'json' | 'yaml', [string, number, number][]> = {
  json: [
    ['parameter-groups', 4, 3], // "Parameters": {
    ['parameter-constraints', 5, 5], // "ProjectName": {
    ['parameter-constraints', 10, 5], // "DBUsername": {
    ['parameter-constraints', 15, 5], // "DBPassword": {
    ['s3-bucket-encryption', 22, 5], // "AppS3Bucket": {
    ['s3-bucket-https-only', 22, 5],
    ['s3-bucket-public-access-block', 22, 5],
    ['s3-bucket-retain', 22, 5],
    ['s3-versioned-bucket-lifecycle', 22, 5],
    ['iam-logs-resource-scope', 69, 19], // "Resource": "*"
    ['lambda-function-alarms', 77, 5], // "LambdaFunction": {
    ['api-gateway-alarms', 106, 5], // "ApiGateway": {
    ['api-gateway-request-validation', 114, 5], // "ApiGatewayRootMethod": {
    ['api-gateway-any-method', 123, 9], // "HttpMethod": "ANY",
    ['api-gateway-stage-logging', 143, 5], // "ApiGatewayStage": { (no access log)
    ['api-gateway-stage-logging', 143, 5], // (no method settings)
    ['secret-from-parameters', 162, 9], // "SecretString": {
    ['rds-backup-retention', 180, 5], // "RDSInstance": {
    ['rds-instance-alarms', 180, 5],
    ['rds-log-exports', 180, 5],
    ['rds-maintenance-windows', 180, 5],
    ['rds-not-public', 180, 5],
    ['rds-storage-encrypted', 180, 5],
    ['rds-engine-version', 187, 9], // "EngineVersion": "13.7",
    ['db-password-from-parameter', 193, 9], // "MasterUserPassword": {
  ],
  yaml: [
    ['parameter-groups', 5, 1], // Parameters:
    ['parameter-constraints', 6, 3], // ProjectName:
    ['parameter-constraints', 10, 3], // DBUsername:
    ['parameter-constraints', 14, 3], // DBPassword:
    ['s3-bucket-encryption', 21, 3], // AppS3Bucket:
    ['s3-bucket-https-only', 21, 3],
    ['s3-bucket-public-access-block', 21, 3],
    ['s3-bucket-retain', 21, 3],
    ['s3-versioned-bucket-lifecycle', 21, 3],
    ['iam-logs-resource-scope', 51, 17], // Resource: '*' # any log group in the account
    ['lambda-function-alarms', 53, 3], // LambdaFunction:
    ['api-gateway-alarms', 73, 3], // ApiGateway:
    ['api-gateway-request-validation', 78, 3], // ApiGatewayRootMethod:
    ['api-gateway-any-method', 83, 7], // HttpMethod: ANY
    ['api-gateway-stage-logging', 96, 3], // ApiGatewayStage:
    ['api-gateway-stage-logging', 96, 3],
    ['secret-from-parameters', 109, 7], // SecretString: !Sub ...
    ['rds-backup-retention', 111, 3], // RDSInstance:
    ['rds-instance-alarms', 111, 3],
    ['rds-log-exports', 111, 3],
    ['rds-maintenance-windows', 111, 3],
    ['rds-not-public', 111, 3],
    ['rds-storage-encrypted', 111, 3],
    ['rds-engine-version', 116, 7], // EngineVersion: '13.7'
    ['db-password-from-parameter', 120, 7], // MasterUserPassword: !Ref DBPassword
  ],
};

describe.each(['json', 'yaml'] as const)('the seed model template (%s)', (format) => {
  const { code, stdout } = cli(['check', '--format', 'json', `__fixtures__/templates/seed/model.${format}`], process.cwd());
  const report = JSON.parse(stdout) as JsonReport;

  it('yields exactly the expected findings, on the offending key or resource', () => {
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(EXPECTED[format]);
  });

  it('covers all ten failure families', () => {
    expect([...new Set(report.findings.map((f) => f.family))].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
