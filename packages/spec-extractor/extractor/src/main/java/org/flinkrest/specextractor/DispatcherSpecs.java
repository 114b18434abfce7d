package org.flinkrest.specextractor;

import org.apache.flink.runtime.rest.messages.MessageHeaders;
import org.apache.flink.runtime.rest.util.DocumentingDispatcherRestEndpoint;
import org.apache.flink.runtime.rest.versioning.RuntimeRestAPIVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * The REST message headers that the release's JobManager (dispatcher) endpoint registers.
 *
 * <p>DocumentingDispatcherRestEndpoint (flink-runtime test-jar) is the dispatcher endpoint wired
 * with no-op gateways: it builds every handler, including the web-submission /jars/* ones when
 * flink-runtime-web is on the classpath, without binding a port. Flink's documentation generator
 * reads its handler list the same way.
 */
final class DispatcherSpecs {

    /** The only stable runtime API version; V0 exists for Flink's own tests. */
    static final RuntimeRestAPIVersion API_VERSION = RuntimeRestAPIVersion.V1;

    private DispatcherSpecs() {}

    static List<MessageHeaders<?, ?, ?>> load() throws Exception {
        final DocumentingDispatcherRestEndpoint endpoint = new DocumentingDispatcherRestEndpoint();
        final List<MessageHeaders<?, ?, ?>> specs = new ArrayList<>();
        for (MessageHeaders<?, ?, ?> spec : endpoint.getSpecs()) {
            if (spec.getSupportedAPIVersions().contains(API_VERSION)) {
                specs.add(spec);
            }
        }
        if (specs.isEmpty()) {
            throw new IllegalStateException("the dispatcher endpoint registered no v1 handlers");
        }
        return specs;
    }
}
