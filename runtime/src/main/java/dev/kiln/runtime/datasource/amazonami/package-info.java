/** The {@code amazon-ami} data source: one {@code DescribeImages} call and Packer's choice of image. */
package dev.kiln.runtime.datasource.amazonami;
