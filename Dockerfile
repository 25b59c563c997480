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
USER chw
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
