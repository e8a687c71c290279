/**
 * The runtime's side of the compiler's Plan: {@link dev.kiln.runtime.plan.PlanJobs} turns planned
 * builds into engine jobs whose provisioners and post-processors re-evaluate their Plan
 * configuration with the real {@code build.*} values right before they run, and
 * {@link dev.kiln.runtime.plan.SensitiveValues} lists the secrets the UI masks.
 */
package dev.kiln.runtime.plan;
