/**
 * The decision service: the re-integratieverordeningen as a REST API for municipal case-management systems, which
 * under Common Ground integrate over HTTP rather than by embedding a Java library.
 *
 * <p>{@link nl.reintegratie.server.BeslisService} serves under {@code /api/v1}: {@code POST /beslissingen} (a case in,
 * the decision out), {@code POST /vergelijkingen} (one case under several gemeenten), {@code POST /batches} (JSON
 * Lines in and out, streamed), {@code GET /regelingen[/{versie}[/regels|/schema]]}, {@code GET /schema},
 * {@code GET /openapi.json} and {@code GET /health}. The OpenAPI document in {@code src/main/resources/openapi.json}
 * is the contract, served as it is and checked against the running server by the tests. The API follows the NL API
 * Design Rules: problem details for every error, the major version in the path and the full version in an
 * {@code API-Version} header, ISO 8601 dates, Dutch resource names and texts, the security headers, no trailing
 * slashes.
 *
 * <h2>Why Javalin</h2>
 * The service is built on <a href="https://javalin.io">Javalin</a> 7 (Apache 2.0), a thin layer over Jetty 12:
 * <ul>
 *   <li>It is small and explicit: routes, exception mapping and server settings are plain Java in one place
 *       ({@code BeslisService}'s constructor); no annotations, no dependency injection, no classpath scanning, no code
 *       generation. An auditor can read the whole HTTP surface in one file.</li>
 *   <li>It runs on Java 17, the project's release: Javalin 7 is compiled for Java 17, Jetty 12 needs 17.</li>
 *   <li>Jetty supplies the production habits the service needs and would otherwise have to build: a graceful stop
 *       that drains the requests in flight ({@code GracefulHandler}), idle timeouts for clients that stall, a bounded
 *       thread pool, a hardened HTTP parser with header limits, and an error handler that can be made to speak
 *       problem details.</li>
 *   <li>It keeps the project's packaging: a thin jar with {@code lib/} on its manifest class path, and rule packages
 *       as separate jars in {@code regels/} loaded by their own class loader. Frameworks that want a fat jar or their
 *       own class-loading model (Spring Boot, Quarkus, Micronaut) fight exactly that, and bring far more than a
 *       dozen endpoints need.</li>
 *   <li>It is well kept: regular releases, a large user base, and a test suite that starts a real server for each
 *       of its integration tests.</li>
 * </ul>
 * Considered and not chosen: the JDK's {@code com.sun.net.httpserver} (no graceful drain, little hardening),
 * Helidon SE 4 (needs Java 21), Vert.x (an asynchronous model for work that is blocking CPU work in Drools), Spark
 * Java (no longer maintained).
 */
package nl.reintegratie.server;
