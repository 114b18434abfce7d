package org.flinkrest.specextractor;

import org.apache.flink.annotation.docs.Documentation;
import org.apache.flink.runtime.rest.HttpMethodWrapper;
import org.apache.flink.runtime.rest.messages.EmptyRequestBody;
import org.apache.flink.runtime.rest.messages.EmptyResponseBody;
import org.apache.flink.runtime.rest.messages.MessageHeaders;
import org.apache.flink.runtime.rest.messages.MessageParameter;
import org.apache.flink.runtime.rest.messages.MessageParameters;
import org.apache.flink.runtime.rest.messages.MessagePathParameter;
import org.apache.flink.runtime.rest.messages.MessageQueryParameter;
import org.apache.flink.runtime.util.EnvironmentInformation;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the OpenAPI document of the JobManager REST API from the release's message headers.
 *
 * <p>Endpoints that the release marks {@code @Documentation.ExcludeFromDocumentation} (for
 * example {@code POST /jobs} since 2.0) are served by the JobManager all the same, so they are
 * kept and marked {@code x-flink-excluded-from-docs: true}; an SDK can then still call them while
 * a documentation view can hide them.
 */
final class OpenApiBuilder {

    static final String TITLE = "Flink JobManager REST API";
    static final String EXCLUDED_EXTENSION = "x-flink-excluded-from-docs";
    static final String EXCLUDED_REASON_EXTENSION = "x-flink-excluded-from-docs-reason";

    private static final Pattern NETTY_PATH_PARAMETER = Pattern.compile(":(\\w+)");

    private final List<MessageHeaders<?, ?, ?>> specs;
    private final SchemaRegistry schemas = new SchemaRegistry();
    private final Map<String, MessageHeaders<?, ?, ?>> operationIds = new HashMap<>();
    private final Map<MessageHeaders<?, ?, ?>, String> idOf = new IdentityHashMap<>();

    OpenApiBuilder(List<MessageHeaders<?, ?, ?>> specs) {
        this.specs = specs;
    }

    OpenAPI build() {
        final OpenAPI openApi = new OpenAPI();
        openApi.info(
                new Info()
                        .title(TITLE)
                        .version(
                                DispatcherSpecs.API_VERSION.getURLVersionPrefix()
                                        + "/"
                                        + EnvironmentInformation.getVersion())
                        .contact(new Contact().email("user@flink.apache.org"))
                        .license(
                                new License()
                                        .name("Apache 2.0")
                                        .url("https://www.apache.org/licenses/LICENSE-2.0.html")));
        assignOperationIds();
        final Paths paths = new Paths();
        for (MessageHeaders<?, ?, ?> spec : specs) {
            final String path = openApiPath(spec.getTargetRestEndpointURL());
            final PathItem item = paths.computeIfAbsent(path, ignored -> new PathItem());
            final PathItem.HttpMethod method =
                    PathItem.HttpMethod.valueOf(spec.getHttpMethod().name());
            if (item.readOperationsMap().containsKey(method)) {
                throw new IllegalStateException(
                        "two handlers for "
                                + method
                                + " "
                                + path
                                + " (second: "
                                + spec.getClass().getName()
                                + ")");
            }
            item.operation(method, operation(spec));
        }
        openApi.paths(paths);
        // Resolving the variants may define components, so it comes before the snapshot.
        final List<io.swagger.v3.oas.models.media.Schema> asyncVariants =
                FixedSchemas.asyncOperationVariants(specs, schemas);
        openApi.components(new Components().schemas(schemas.components()));
        FixedSchemas.apply(openApi.getComponents(), asyncVariants);
        return openApi;
    }

    /** Netty route syntax ":jobid" to OpenAPI template syntax "{jobid}". */
    static String openApiPath(String nettyPath) {
        final Matcher matcher = NETTY_PATH_PARAMETER.matcher(nettyPath);
        return matcher.replaceAll("{$1}");
    }

    private Operation operation(MessageHeaders<?, ?, ?> spec) {
        final Documentation.ExcludeFromDocumentation excluded =
                spec.getClass().getAnnotation(Documentation.ExcludeFromDocumentation.class);
        final Operation operation = new Operation();
        operation.description(spec.getDescription());
        operation.operationId(idOf.get(spec));
        final List<Parameter> parameters = parameters(spec);
        if (!parameters.isEmpty()) {
            operation.parameters(parameters);
        }
        final RequestBody requestBody = requestBody(spec);
        if (requestBody != null) {
            operation.requestBody(requestBody);
        }
        operation.responses(responses(spec));
        if (excluded != null) {
            operation.addExtension(EXCLUDED_EXTENSION, true);
            if (!excluded.value().isEmpty()) {
                operation.addExtension(EXCLUDED_REASON_EXTENSION, excluded.value());
            }
        }
        return operation;
    }

    /**
     * Assigns operationIds: first the release's own ids of the documented headers, then those of
     * the headers hidden from the docs. A hidden header need not define a usable id (the default
     * only works for GET, and the legacy GET /jars/:jarid/plan reuses its POST twin's id); such a
     * header gets "<method><HeadersClassWithoutSuffix>" instead, e.g. "getJarPlanGet".
     */
    private void assignOperationIds() {
        for (boolean excludedPass : new boolean[] {false, true}) {
            for (MessageHeaders<?, ?, ?> spec : specs) {
                if (isExcluded(spec) != excludedPass) {
                    continue;
                }
                String id = null;
                try {
                    id = spec.operationId();
                } catch (UnsupportedOperationException e) {
                    if (!excludedPass) {
                        throw e;
                    }
                }
                if (excludedPass && (id == null || operationIds.containsKey(id))) {
                    id = spec.getHttpMethod().name().toLowerCase()
                            + spec.getClass().getSimpleName().replaceFirst("Headers$", "");
                }
                final MessageHeaders<?, ?, ?> previous = operationIds.putIfAbsent(id, spec);
                if (previous != null) {
                    throw new IllegalStateException(
                            "operationId '" + id + "' used by both " + previous.getClass().getName()
                                    + " and " + spec.getClass().getName());
                }
                idOf.put(spec, id);
            }
        }
    }

    private static boolean isExcluded(MessageHeaders<?, ?, ?> spec) {
        return spec.getClass().getAnnotation(Documentation.ExcludeFromDocumentation.class) != null;
    }

    private List<Parameter> parameters(MessageHeaders<?, ?, ?> spec) {
        final List<Parameter> parameters = new ArrayList<>();
        final MessageParameters declared = spec.getUnresolvedMessageParameters();
        for (MessagePathParameter<?> p : declared.getPathParameters()) {
            parameters.add(
                    new Parameter()
                            .name(p.getKey())
                            .in("path")
                            .required(p.isMandatory())
                            .description(p.getDescription())
                            .schema(schemas.schemaOf(valueType(p, MessagePathParameter.class))));
        }
        for (MessageQueryParameter<?> p : declared.getQueryParameters()) {
            // A query parameter's Java type is that of one element; Flink joins several with
            // commas (style form, explode false), but the value type is what the docs record.
            parameters.add(
                    new Parameter()
                            .name(p.getKey())
                            .in("query")
                            .required(p.isMandatory())
                            .description(p.getDescription())
                            .schema(schemas.schemaOf(valueType(p, MessageQueryParameter.class)))
                            .style(Parameter.StyleEnum.FORM));
        }
        return parameters;
    }

    /** X in "class FooParameter extends MessagePathParameter<X>", through any subclassing. */
    private static Type valueType(MessageParameter<?> parameter, Class<?> base) {
        Class<?> clazz = parameter.getClass();
        while (clazz.getSuperclass() != null && clazz.getSuperclass() != base) {
            clazz = clazz.getSuperclass();
        }
        final Type generic = clazz.getGenericSuperclass();
        if (!(generic instanceof ParameterizedType)) {
            throw new IllegalStateException(
                    "cannot tell the value type of parameter '" + parameter.getKey() + "' ("
                            + parameter.getClass().getName() + ")");
        }
        return ((ParameterizedType) generic).getActualTypeArguments()[0];
    }

    private RequestBody requestBody(MessageHeaders<?, ?, ?> spec) {
        if (spec.acceptsFileUploads()) {
            final RequestBody upload = FixedSchemas.fileUploadBody(spec, schemas);
            if (upload != null) {
                return upload;
            }
        }
        // A GET with a body (legacy JarPlanGetHeaders) is not expressible in OpenAPI 3.0.
        if (spec.getRequestClass() == EmptyRequestBody.class
                || spec.getHttpMethod() == HttpMethodWrapper.GET) {
            return null;
        }
        return new RequestBody().content(json(schemas.schemaOf(spec.getRequestClass())));
    }

    private ApiResponses responses(MessageHeaders<?, ?, ?> spec) {
        final ApiResponse response = new ApiResponse().description("The request was successful.");
        if (spec.getResponseClass() != EmptyResponseBody.class) {
            response.content(json(schemas.schemaOf(spec.getResponseClass())));
        }
        return new ApiResponses()
                .addApiResponse(Integer.toString(spec.getResponseStatusCode().code()), response);
    }

    static Content json(io.swagger.v3.oas.models.media.Schema<?> schema) {
        return new Content().addMediaType("application/json", new MediaType().schema(schema));
    }
}
