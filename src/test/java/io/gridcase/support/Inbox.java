package io.gridcase.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A real SMTP server (GreenMail on the port of {@link TestSmtp}) that a test can stop and start,
 * read by recipient and by a word of the subject, since other tests' mails may arrive too.
 */
public final class Inbox {

  private GreenMail server;

  public void start() {
    server = new GreenMail(TestSmtp.SMTP);
    server.start();
  }

  public void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /** What was delivered to this address (its own mailbox) with this text in the subject. */
  public List<MimeMessage> to(String address, String subjectContains) {
    GreenMailUser user = server.getUserManager().getUserByEmail(address);
    if (user == null) {
      return List.of();
    }
    try {
      // GreenMail hands out a view of a synchronized list that SMTP threads append to: copy it
      // through toArray (synchronized) before streaming, or a mail arriving meanwhile breaks the read
      List<StoredMessage> delivered =
          List.copyOf(server.getManagers().getImapHostManager().getInbox(user).getMessages());
      return delivered.stream()
          .map(StoredMessage::getMimeMessage)
          .filter(m -> subject(m).contains(subjectContains))
          .toList();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until such a mail arrived, then returns all such mails (so a second copy shows). */
  public List<MimeMessage> awaitTo(String address, String subjectContains) {
    await().atMost(Duration.ofSeconds(10)).until(() -> !to(address, subjectContains).isEmpty());
    return to(address, subjectContains);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String body(MimeMessage message) {
    try {
      return (String) message.getContent();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
