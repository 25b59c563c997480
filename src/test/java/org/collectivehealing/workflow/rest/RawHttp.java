package org.collectivehealing.workflow.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends a literal request line, as java.net.http refuses to send paths such as {@code /x/%00}. */
final class RawHttp {

  record Answer(int status, String contentType, String body) {
  }

  private RawHttp() {
  }

  static Answer get(int port, String rawPath) {
    try (Socket socket = new Socket("localhost", port)) {
      socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
      String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
          .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
      return new Answer(Integer.parseInt(head.split(" ")[1]), contentType, answer.substring(head.length() + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
