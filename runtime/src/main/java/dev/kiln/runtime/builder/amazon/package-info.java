/** The {@code amazon-ebs} builder: its schema (every option of Packer's plugin); validate-only until its steps exist. */
package dev.kiln.runtime.builder.amazon;
