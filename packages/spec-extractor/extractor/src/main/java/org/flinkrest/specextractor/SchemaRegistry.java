package org.flinkrest.specextractor;

import org.apache.flink.annotation.docs.FlinkJsonSchema;
import org.apache.flink.util.jackson.JacksonMapperFactory;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.Type;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns Java message classes into JSON schemas, collecting every named model as a component.
 *
 * <p>swagger-core's ModelResolver introspects classes through a Jackson ObjectMapper. Flink's
 * message classes are annotated with Flink's shaded Jackson, so the mapper has to be Flink's own
 * (JacksonMapperFactory), and swagger-core the build in flink-shaded-swagger that links against
 * the same shaded Jackson.
 */
final class SchemaRegistry {

    private final ModelConverterContext context;

    SchemaRegistry() {
        // Enums become named components rather than inline string enums, so that a client
        // generator emits one type per Java enum.
        ModelResolver.enumsAsRef = true;
        this.context =
                new ModelConverterContextImpl(
                        Collections.singletonList(
                                new ModelResolver(
                                        JacksonMapperFactory.createObjectMapper(),
                                        new ClashDetectingNames())));
    }

    /** The schema of a type: a $ref for named models, inline for scalars and containers. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    Schema<?> schemaOf(Type type) {
        final Schema<?> schema = context.resolve(new AnnotatedType(type).resolveAsRef(true));
        if (type instanceof Class<?>) {
            final Class<?> clazz = (Class<?>) type;
            final FlinkJsonSchema.AdditionalFields extra =
                    clazz.getAnnotation(FlinkJsonSchema.AdditionalFields.class);
            if (extra != null) {
                // Classes such as JobConfigInfo.ExecutionConfigInfo serialise a map of dynamic
                // keys next to their fields; the annotation names the value type.
                final Schema component = context.getDefinedModels().get(clazz.getSimpleName());
                if (component == null) {
                    throw new IllegalStateException(
                            "no component '" + clazz.getSimpleName() + "' for " + clazz.getName());
                }
                component.setAdditionalProperties(schemaOf(extra.type()));
            }
        }
        return schema;
    }

    /** Every named model resolved so far, by component name. */
    @SuppressWarnings("rawtypes")
    Map<String, Schema> components() {
        return new TreeMap<>(context.getDefinedModels());
    }

    /**
     * Component names are simple class names; two classes with the same simple name would
     * silently overwrite each other's schema (FLINK-31733), so a clash stops the extraction.
     */
    private static final class ClashDetectingNames extends TypeNameResolver {
        private final Map<String, String> classByName = new HashMap<>();

        @Override
        protected String getNameOfClass(Class<?> cls) {
            final String name = super.getNameOfClass(cls);
            final String previous = classByName.putIfAbsent(name, cls.getName());
            if (previous != null && !previous.equals(cls.getName())) {
                throw new IllegalStateException(
                        "schema name '"
                                + name
                                + "' used by both "
                                + previous
                                + " and "
                                + cls.getName());
            }
            return name;
        }
    }
}
