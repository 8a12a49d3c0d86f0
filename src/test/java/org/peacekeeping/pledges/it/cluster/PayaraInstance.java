package org.peacekeeping.pledges.it.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Payara Micro process running the real WAR as a member of a data-grid cluster, the way the README tells
 * operators to start one: explicit TCP member list on loopback, never multicast, backups kept on the same host.
 */
final class PayaraInstance {

    private final String name;
    private final int httpPort;
    private final Path log;
    private Process process;
    private List<String> command;
    private Map<String, String> environment;

    private PayaraInstance(String name, int httpPort, Path log) {
        this.name = name;
        this.httpPort = httpPort;
        this.log = log;
    }

    /** Starts the process and returns at once; {@link #awaitReady} waits for the application. */
    static PayaraInstance start(String name, int httpPort, int gridPort, String members, String clusterName,
                                Map<String, String> environment) throws IOException {
        Path work = Path.of("target", "cluster-it", name).toAbsolutePath();
        Files.createDirectories(work);
        PayaraInstance instance = new PayaraInstance(name, httpPort, work.resolve("server.log"));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + work,
                "-jar", required("payara.microJar"),
                "--deploy", required("pledges.it.war"), "--contextroot", "/",
                "--port", String.valueOf(httpPort), "--name", name,
                "--clustermode", "tcpip:" + members, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(gridPort), "--clustername", clusterName, "--nohostaware"));
        instance.command = command;
        instance.environment = environment;
        instance.launch();
        return instance;
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Starts the instance again after {@link #kill}, with the same ports and settings (it rejoins the cluster). */
    void restart() throws IOException, InterruptedException {
        kill();
        launch();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set (pom.xml sets it for "
                    + "failsafe)");
        }
        return value;
    }

    /** Waits until the sign-in page answers; fails with the end of the log when the process ends or time runs out. */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " ended with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url("/login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError(name + " not ready after " + timeout + ":\n" + logTail());
    }

    /** Ends the process at once, as a crash or a pulled plug would: no orderly hand-over to the other members. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    String name() {
        return name;
    }

    /** How the application names this instance in the coordination tables ({@code pid@host}). */
    String instanceName() {
        return process.pid() + "@";
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
