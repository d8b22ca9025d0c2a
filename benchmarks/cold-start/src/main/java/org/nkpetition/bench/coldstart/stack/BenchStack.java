package org.nkpetition.bench.coldstart.stack;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.nkpetition.devserver.DevServer;
import org.nkpetition.localstack.LocalFunctions;
import org.nkpetition.localstack.ProjectFiles;
import org.nkpetition.localstack.RunningDevServer;
import org.nkpetition.localstack.SamTemplate;

/**
 * The benchmark's local stack, started by bin/bench-cold-start: what bin/dev starts (a serialized
 * moto with the template's tables, queues, buckets and secrets; the demo petition, LIST and
 * missions seeded), in a directory of its own so a developer's bin/dev is left alone. Then writes
 * {@code env-<FunctionId>.properties} per measured function (the variables template.yaml gives it,
 * pointed at this moto, as tools/local-stack LocalFunctions hands them to tests and bin/dev) and
 * {@code ready}, and runs until the process is stopped (SIGTERM stops moto with it).
 *
 * <p>Usage: {@code BenchStack <directory>}.
 */
public final class BenchStack {
    /** The HTTP functions the benchmark measures, as template.yaml names them. */
    static final List<String> FUNCTIONS = List.of("SignFunction", "CountAndPagesFunction", "ListLookupFunction");

    private BenchStack() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BenchStack <directory>");
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path root = ProjectFiles.root();
        DevServer server = DevServer.start(root, dir, 0, 0);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        URI moto = RunningDevServer.find(dir).orElseThrow(() -> new IllegalStateException("the stack did not publish itself"))
                .awsEndpoint();
        LocalFunctions functions = new LocalFunctions(SamTemplate.read(root.resolve("template.yaml")),
                LocalFunctions.defaults(moto.toString()));
        for (String id : FUNCTIONS) {
            write(dir.resolve("env-" + id + ".properties"), functions.environment(functions.function(id)));
        }
        Files.writeString(dir.resolve("ready"), moto + "\n", StandardCharsets.UTF_8);
        System.out.println("bench stack ready: moto at " + moto);
        Thread.currentThread().join();
    }

    private static void write(Path file, Map<String, String> variables) throws IOException {
        Properties properties = new Properties();
        properties.putAll(variables);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "template.yaml's environment for the function, pointed at the benchmark's moto");
        }
    }
}
