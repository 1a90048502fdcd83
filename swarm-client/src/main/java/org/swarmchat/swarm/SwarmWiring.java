package org.swarmchat.swarm;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.swarmchat.crypto.onion.OnionRequestBuilder;
import org.swarmchat.swarm.api.GetServiceNodesRequest;
import org.swarmchat.swarm.api.GetSwarmRequest;
import org.swarmchat.swarm.api.SwarmException;
import org.swarmchat.swarm.directory.SeedClient;
import org.swarmchat.swarm.directory.SnodePool;
import org.swarmchat.swarm.directory.SwarmDirectory;
import org.swarmchat.swarm.exec.DirectExecutor;
import org.swarmchat.swarm.exec.DirectGuardTester;
import org.swarmchat.swarm.exec.OnionExecutor;
import org.swarmchat.swarm.exec.RequestExecutor;
import org.swarmchat.swarm.exec.RequestPipeline;
import org.swarmchat.swarm.exec.Sleeper;
import org.swarmchat.swarm.exec.SnodeCall;
import org.swarmchat.swarm.exec.SnodeReply;
import org.swarmchat.swarm.exec.Target;
import org.swarmchat.swarm.onion.PathManager;
import org.swarmchat.swarm.poll.SwarmPoller;
import org.swarmchat.swarm.transport.HttpTransport;
import org.swarmchat.swarm.transport.OkHttpTransport;

/**
 * The swarm client's composition root: every part built here, by hand, in dependency order. The pool and the
 * swarm directory ask the network through the pipeline that is built after them, so they get it late, through
 * {@link #pipelineRef}.
 *
 * @param threads the IO executor's thread factory: virtual threads
 */
record SwarmWiring(ThreadFactory threads, SnodePool pool, SwarmDirectory directory, PathManager paths,
        RequestPipeline pipeline, SwarmPoller.Wiring pollerWiring) {

    static SwarmWiring build(SwarmClientConfig config) {
        ThreadFactory threads = Thread.ofVirtual().name("swarm-io-", 0).factory();
        HttpTransport transport = config.transport()
                .orElseGet(() -> OkHttpTransport.forSnodes(config.random(), config.connectTimeout()));
        AtomicReference<RequestPipeline> pipelineRef = new AtomicReference<>();

        SnodePool pool = new SnodePool(config.pool(), config.snodePoolStore(),
                new SeedClient(transport, config.pool().seedTimeout()),
                (node, deadline) -> late(pipelineRef).callOnce(new Target.Node(node, null),
                        new GetServiceNodesRequest(), deadline),
                config.random(), config.wallClock(), r -> threads.newThread(r).start(), config.bundledPool());
        SwarmDirectory directory = new SwarmDirectory(config.swarmCacheStore(), pool,
                (pubkey, deadline) -> late(pipelineRef).callOnce(new Target.AnyNode(), new GetSwarmRequest(pubkey),
                        deadline),
                config.wallClock(), config.swarmRefetchPause());

        DirectExecutor direct = new DirectExecutor(transport, config.retry().attemptTimeout());
        PathManager paths = new PathManager(pool, new DirectGuardTester(direct, config.networkClock()),
                config.paths(), config.random(), r -> threads.newThread(r).start());
        RequestExecutor<SnodeCall, SnodeReply> carrier = config.onion()
                ? new OnionExecutor(transport, paths, pool, new OnionRequestBuilder(config.random()),
                        config.retry().attemptTimeout())
                : direct;
        RequestPipeline pipeline = RequestPipeline.build(carrier, directory, pool, config.networkClock(),
                config.retry(), config.random(), threads, Sleeper.SYSTEM);
        pipelineRef.set(pipeline);

        return new SwarmWiring(threads, pool, directory, paths, pipeline, new SwarmPoller.Wiring(directory, pool,
                pipeline, config.pollStateStore(), config.networkClock(), config.random(), threads));
    }

    private static RequestPipeline late(AtomicReference<RequestPipeline> ref) throws SwarmException {
        RequestPipeline pipeline = ref.get();
        if (pipeline == null) {
            throw new SwarmException("the request pipeline is not built yet");
        }
        return pipeline;
    }
}
