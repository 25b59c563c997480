# Multi-stage build of the application image; docker-compose.yml runs it on the postgres profile.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY processes processes
COPY forms forms
COPY src/main src/main
RUN mvn -B -q -DskipTests package && cp target/collective-healing-workflow-*.jar /build/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home chw
WORKDIR /app
COPY --from=build /build/app.jar app.jar
# One node's JVM, as measured by the benchmark (README, "Benchmark"), which reads these settings from here.
# A list of 1,000 victims is one engine command holding ~130 MiB until it commits: 192 MiB of heap with a
# small young generation keeps that in the old one without collecting it over and over. The serial collector,
# the client compiler alone (on two cores C2 competed with the work and did not make it faster), two malloc
# arenas and native memory trimmed every 2 s keep the rest small. A larger site raises -Xmx.
ENV MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-Xmx192m -Xmn40m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=2000"
# Class data sharing: the classes the application loads at start-up, archived once here by a training start on
# an in-memory database, load from the archive at every start (about a third faster).
RUN java -Djarmode=tools -jar app.jar extract --destination /app/extracted \
    && java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/extracted/app.jar \
       --spring.profiles.active=demo --spring.datasource.url=jdbc:h2:mem:training \
    && rm app.jar
USER chw
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/app.jsa", "-jar", "/app/extracted/app.jar"]
