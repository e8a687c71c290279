/**
 * A configuration's files and their model: {@code ConfigFiles} (the one place that knows which
 * files a path stands for), {@code ConfigLoader} (parse, check {@code required_version}, decode
 * every top-level block into a {@code Template}) and the model's records. Nothing is evaluated here.
 */
package dev.kiln.compiler.config;
