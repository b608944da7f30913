# tradebot as a container: JRE 17, a non-root user, the fat jar, a health check on /healthz.
#   docker build -t tradebot .
#   docker run -e TELEGRAM_BOT_TOKEN=… -p 8080:8080 tradebot
# deploy/compose.yaml runs two instances on PostgreSQL behind a reverse proxy; docs/operations.md.

# the Maven the wrapper pins (3.8.7), on the same JDK; dependencies first, so code changes reuse that layer
FROM maven:3.8.7-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src src
COPY data data
COPY config config
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN groupadd --system --gid 10001 tradebot \
 && useradd --system --uid 10001 --gid tradebot --home-dir /var/lib/tradebot --create-home tradebot
COPY --from=build /src/target/tradebot.jar /opt/tradebot/tradebot.jar
USER tradebot:tradebot
WORKDIR /var/lib/tradebot
# The heap follows the container's memory limit (75 % of it); give the container 512 MB or more
# (docs/operations.md). Logs as JSON lines on stderr for the log shipper.
ENV TRADEBOT_HOME=/var/lib/tradebot \
    TRADEBOT_HTTP_PORT=8080 \
    TRADEBOT_LOG_FORMAT=json \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# health and metrics; Telegram webhook; Slack HTTP mode
EXPOSE 8080 8443 3000
# No curl in the image: bash's /dev/tcp asks GET /healthz and wants a 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${TRADEBOT_HTTP_PORT:-8080} && printf 'GET /healthz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "-jar", "/opt/tradebot/tradebot.jar"]
CMD ["serve"]
