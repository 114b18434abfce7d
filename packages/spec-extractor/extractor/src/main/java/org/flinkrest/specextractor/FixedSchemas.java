package org.flinkrest.specextractor;

import org.apache.flink.api.common.JobID;
import org.apache.flink.runtime.clusterframework.types.ResourceID;
import org.apache.flink.runtime.jobgraph.IntermediateDataSetID;
import org.apache.flink.runtime.jobgraph.JobVertexID;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.rest.FileUploadHandler;
import org.apache.flink.runtime.rest.handler.async.AsynchronousOperationResult;
import org.apache.flink.runtime.rest.handler.async.AsynchronousOperationStatusMessageHeaders;
import org.apache.flink.runtime.rest.messages.MessageHeaders;
import org.apache.flink.runtime.rest.messages.TriggerId;
import org.apache.flink.runtime.rest.messages.job.JobSubmitHeaders;
import org.apache.flink.runtime.rest.messages.json.SerializedThrowableSerializer;
import org.apache.flink.runtime.webmonitor.handlers.JarUploadHeaders;
import org.apache.flink.util.SerializedThrowable;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Schemas that reflection over the message classes gets wrong, set by hand. Each one is the
 * choice Flink's documentation makes too, unless its comment says otherwise, so that our specs
 * and the published ones agree wherever the published ones are right.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class FixedSchemas {

    private FixedSchemas() {}

    /**
     * AsynchronousOperationResult&lt;V&gt; is one class for every status endpoint, so its generic
     * "operation" field resolves to a bare object. It becomes a oneOf over every V that the
     * status endpoints use, ordered by name.
     */
    static List<Schema> asyncOperationVariants(
            List<MessageHeaders<?, ?, ?>> specs, SchemaRegistry schemas) {
        final TreeMap<String, Class<?>> valueClasses = new TreeMap<>();
        for (MessageHeaders<?, ?, ?> spec : specs) {
            if (spec instanceof AsynchronousOperationStatusMessageHeaders) {
                final Class<?> value =
                        ((AsynchronousOperationStatusMessageHeaders<?, ?>) spec).getValueClass();
                valueClasses.put(value.getSimpleName(), value);
            }
        }
        final List<Schema> variants = new ArrayList<>();
        for (Class<?> value : valueClasses.values()) {
            variants.add(schemas.schemaOf(value));
        }
        return variants;
    }

    static void apply(Components components, List<Schema> asyncVariants) {
        final Map<String, Schema> all = components.getSchemas();
        final Schema asyncResult = all.get(AsynchronousOperationResult.class.getSimpleName());
        if (asyncResult != null && asyncResult.getProperties() != null) {
            asyncResult
                    .getProperties()
                    .put(
                            AsynchronousOperationResult.FIELD_NAME_OPERATION,
                            new ComposedSchema().oneOf(asyncVariants));
        }

        // ID classes serialise as 32 hex digits, but as Java beans they look like
        // {upperPart, lowerPart, bytes}. ResourceID is in this list because Flink's docs put it
        // there; its real values are free-form strings (see specs/README.md).
        final Class<?>[] ids = {
            JobID.class,
            JobVertexID.class,
            IntermediateDataSetID.class,
            TriggerId.class,
            ResourceID.class
        };
        for (Class<?> id : ids) {
            components.addSchemas(id.getSimpleName(), hexId());
        }
        // OperatorID is another 32-hex-digit ID. Flink's docs never show it (only the hidden
        // coordinator endpoint of 1.x uses it), so it is fixed where it occurs, not added.
        if (all.containsKey(OperatorID.class.getSimpleName())) {
            components.addSchemas(OperatorID.class.getSimpleName(), hexId());
        }

        // SerializedThrowable has a custom serializer; documented as Flink's docs do: the
        // base64 serialised exception only.
        final Map<String, Schema> throwableFields = new TreeMap<>();
        throwableFields.put(
                SerializedThrowableSerializer.FIELD_NAME_SERIALIZED_THROWABLE, binary());
        components.addSchemas(
                SerializedThrowable.class.getSimpleName(),
                new Schema<>().type("object").properties(throwableFields));
    }

    /**
     * Multipart bodies, which have no message class. Returns null for an upload endpoint we do
     * not know, which then keeps its JSON body.
     */
    static RequestBody fileUploadBody(MessageHeaders<?, ?, ?> spec, SchemaRegistry schemas) {
        if (spec instanceof JarUploadHeaders) {
            // Flink's docs say application/x-java-archive, but the handler only takes a
            // multipart/form-data request with one .jar file part (curl -F jarfile=@job.jar):
            // this is one place where we document the wire format instead.
            final Schema form =
                    new Schema<>()
                            .type("object")
                            .addProperty("jarfile", binary())
                            .required(Collections.singletonList("jarfile"));
            // The handler also wants the file part itself typed as a jar (its description says
            // so); OpenAPI states that per part with an encoding.
            final Map<String, Encoding> encoding = new TreeMap<>();
            encoding.put("jarfile", new Encoding().contentType("application/x-java-archive"));
            final MediaType media = new MediaType().schema(form).encoding(encoding);
            return new RequestBody()
                    .required(true)
                    .content(new Content().addMediaType("multipart/form-data", media));
        }
        if (spec instanceof JobSubmitHeaders) {
            // The JSON request travels as the "request" attribute next to the uploaded files.
            final Schema form =
                    new Schema<>()
                            .addProperty(
                                    FileUploadHandler.HTTP_ATTRIBUTE_REQUEST,
                                    schemas.schemaOf(spec.getRequestClass()))
                            .addProperty("filename", new ArraySchema().items(binary()));
            return new RequestBody().required(true).content(multipart(form));
        }
        return null;
    }

    private static Schema hexId() {
        return new Schema().type("string").pattern("[0-9a-f]{32}");
    }

    private static Schema binary() {
        return new Schema().type("string").format("binary");
    }

    private static Content multipart(Schema schema) {
        return new Content().addMediaType("multipart/form-data", new MediaType().schema(schema));
    }

}
