package io.gridcase.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** GreenMail on the test profile's SMTP port, with room to start on a busy machine. */
public final class TestSmtp {

  /** The test profile's SMTP server; the default start-up timeout of 2 s is too short under load. */
  public static final ServerSetup SMTP = smtp();

  private TestSmtp() {}

  private static ServerSetup smtp() {
    ServerSetup smtp = ServerSetupTest.SMTP.createCopy();
    smtp.setServerStartupTimeout(20_000);
    return smtp;
  }

  public static GreenMailExtension server() {
    return new GreenMailExtension(SMTP);
  }
}
