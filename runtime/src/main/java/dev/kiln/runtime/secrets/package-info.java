/**
 * Where {@code aws_secretsmanager}, {@code vault} and {@code consul_key} read secrets during a
 * build: {@link dev.kiln.runtime.secrets.RemoteSecretSource} implements the standard library's
 * {@link dev.kiln.stdlib.functions.SecretSource} with the AWS SDK and {@code java.net.http}.
 * Every failure becomes a one-line cause; nothing here throws into the evaluator.
 */
package dev.kiln.runtime.secrets;
