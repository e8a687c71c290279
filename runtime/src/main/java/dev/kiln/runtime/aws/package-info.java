/** AWS access shared by the amazon plugin's components: credentials and endpoints, one EC2 client per region, AMI filters. */
package dev.kiln.runtime.aws;
