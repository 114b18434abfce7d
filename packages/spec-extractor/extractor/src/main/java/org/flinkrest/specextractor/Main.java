package org.flinkrest.specextractor;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Command line entry point: {@code java -cp <extractor jar>:<release classpath> ... Main --output
 * <file.json>}.
 *
 * <p>Writes the OpenAPI document of the release on the classpath as JSON. Key order and YAML
 * layout are left to the TypeScript wrapper, which owns the committed format; this program only
 * turns the release's REST message headers into an OpenAPI model.
 *
 * <p>Exit codes: 0 written, 2 bad arguments, 1 extraction failed. Failures print exactly one line
 * starting with "spec-extractor:" on stderr, so the wrapper can relay it verbatim.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        final PrintStream err = System.err;
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            if ("--output".equals(args[i]) && i + 1 < args.length) {
                output = Paths.get(args[++i]);
            } else {
                err.println(
                        "spec-extractor: unknown argument '"
                                + args[i]
                                + "' (usage: --output <file.json>)");
                System.exit(2);
            }
        }
        if (output == null) {
            err.println("spec-extractor: missing --output <file.json>");
            System.exit(2);
        }
        try {
            final OpenAPI openApi = new OpenApiBuilder(DispatcherSpecs.load()).build();
            final String json =
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(openApi);
            Files.write(output, json.getBytes(StandardCharsets.UTF_8));
            // The dispatcher endpoint starts executor threads that are not daemons, so the JVM
            // would not end by itself.
            System.exit(0);
        } catch (Throwable t) {
            err.println("spec-extractor: " + describe(t));
            if (System.getenv("SPEC_EXTRACTOR_DEBUG") != null) {
                t.printStackTrace(err);
            }
            System.exit(1);
        }
    }

    /** One line: the innermost cause usually names the class or member that broke. */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        final String outer = t.getClass().getSimpleName() + ": " + t.getMessage();
        if (root == t) {
            return outer.replace('\n', ' ');
        }
        return (outer + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")")
                .replace('\n', ' ');
    }
}
