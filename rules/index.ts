/** Every rule, by name, sorted. A rule not listed here does not run (a test checks the list). */
import type { Rule } from '../src/engine/types.js';
import apiGatewayAlarms from './api-gateway-alarms.js';
import apiGatewayAnyMethod from './api-gateway-any-method.js';
import apiGatewayDeploymentStage from './api-gateway-deployment-stage.js';
import apiGatewayRequestValidation from './api-gateway-request-validation.js';
import apiGatewayStageLogging from './api-gateway-stage-logging.js';
import apiGatewayV2StageLogging from './api-gateway-v2-stage-logging.js';
import dbPasswordFromParameter from './db-password-from-parameter.js';
import iamLogsResourceScope from './iam-logs-resource-scope.js';
import lambdaFunctionAlarms from './lambda-function-alarms.js';
import literalPassword from './literal-password.js';
import parameterCidrPattern from './parameter-cidr-pattern.js';
import parameterConstraints from './parameter-constraints.js';
import parameterDefaultValid from './parameter-default-valid.js';
import parameterGroups from './parameter-groups.js';
import parameterNoechoDefault from './parameter-noecho-default.js';
import rdsBackupRetention from './rds-backup-retention.js';
import rdsEngineVersion from './rds-engine-version.js';
import rdsInstanceAlarms from './rds-instance-alarms.js';
import rdsLogExports from './rds-log-exports.js';
import rdsMaintenanceWindows from './rds-maintenance-windows.js';
import rdsNotPublic from './rds-not-public.js';
import rdsStorageEncrypted from './rds-storage-encrypted.js';
import s3BucketEncryption from './s3-bucket-encryption.js';
import s3BucketHttpsOnly from './s3-bucket-https-only.js';
import s3BucketPublicAccessBlock from './s3-bucket-public-access-block.js';
import s3BucketRetain from './s3-bucket-retain.js';
import s3VersionedBucketLifecycle from './s3-versioned-bucket-lifecycle.js';
import secretFromParameters from './secret-from-parameters.js';

export const RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>(
  (
    [
      apiGatewayAlarms,
      apiGatewayAnyMethod,
      apiGatewayDeploymentStage,
      apiGatewayRequestValidation,
      apiGatewayStageLogging,
      apiGatewayV2StageLogging,
      dbPasswordFromParameter,
      iamLogsResourceScope,
      lambdaFunctionAlarms,
      literalPassword,
      parameterCidrPattern,
      parameterConstraints,
      parameterDefaultValid,
      parameterGroups,
      parameterNoechoDefault,
      rdsBackupRetention,
      rdsEngineVersion,
      rdsInstanceAlarms,
      rdsLogExports,
      rdsMaintenanceWindows,
      rdsNotPublic,
      rdsStorageEncrypted,
      s3BucketEncryption,
      s3BucketHttpsOnly,
      s3BucketPublicAccessBlock,
      s3BucketRetain,
      s3VersionedBucketLifecycle,
      secretFromParameters,
    ] as unknown as Rule[]
  ).map((r) => [r.meta.name, r]),
);
