import com.amazonaws.services.dynamodbv2.local.main.CommandLineInput;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.monitoring.TelemetryUtil;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.File;
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Starts DynamoDB Local (same command line as its own ServerRunner) with its embedded Jetty bound
 * to 127.0.0.1 only: DynamoDB Local has no bind option and listens on every interface otherwise.
 * Fails closed: when the library's server cannot be bound to loopback, nothing starts.
 */
public final class LoopbackDynamoDbLocal {
  private static final String LOOPBACK = "127.0.0.1";

  public static void main(String[] args) throws Exception {
    // The same telemetry set-up as ServerRunner.main, which this launcher replaces; -disableTelemetry is required.
    CommandLineInput input = new CommandLineInput(args);
    if (!input.init()) fail("the command line was not understood");
    if (!input.isDisableTelemetry()) fail("-disableTelemetry is required");
    ServerRunner.setUpTelemetry(TelemetryUtil.getSetupType(new File("/.dockerenv"), new File("pom.xml")), TelemetryUtil.getSetupMode(input));
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Server jetty = jettyOf(proxy);
    Connector[] connectors = jetty.getConnectors();
    if (connectors.length == 0) fail("DynamoDB Local's Jetty server has no connector to bind");
    for (Connector connector : connectors) {
      if (!(connector instanceof ServerConnector)) fail("unexpected connector " + connector.getClass().getName());
      ((ServerConnector) connector).setHost(LOOPBACK);
    }
    proxy.start();
    for (Connector connector : connectors) {
      if (!LOOPBACK.equals(((ServerConnector) connector).getHost())) {
        proxy.stop();
        fail("a connector is not bound to " + LOOPBACK);
      }
    }
    System.out.println("DynamoDB Local listening on " + LOOPBACK + " only");
    proxy.join();
  }

  /** The Jetty server inside DynamoDBProxyServer, found by its type rather than by a field name. */
  private static Server jettyOf(DynamoDBProxyServer proxy) throws IllegalAccessException {
    for (Field field : DynamoDBProxyServer.class.getDeclaredFields()) {
      if (Server.class.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        Server server = (Server) field.get(proxy);
        if (server != null) return server;
      }
    }
    fail("DynamoDBProxyServer holds no Jetty server (has the DynamoDB Local version changed?)");
    return null;
  }

  private static void fail(String message) {
    System.err.println("Refusing to start DynamoDB Local: " + message);
    System.exit(2);
  }
}
