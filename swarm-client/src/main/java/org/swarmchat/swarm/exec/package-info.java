/**
 * The request pipeline (STYLE rule 8), assembled in {@link org.swarmchat.swarm.exec.RequestPipeline}: one
 * concern per {@link org.swarmchat.swarm.exec.RequestExecutor} layer, each classifying its failures into a
 * {@link org.swarmchat.swarm.exec.FailureDecision} (see {@link org.swarmchat.swarm.exec.Failures}).
 */
package org.swarmchat.swarm.exec;
