package io.gridcase.signals;

import io.gridcase.notification.CaseMails;
import io.gridcase.notification.MailKind;
import io.gridcase.notification.MailTemplate;
import io.gridcase.notification.Recipients;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The mail of a weak-signal alert: 弱信号预警, to the town center. */
@Service
public class WeakSignalMails {

  private final CaseMails mails;
  private final Recipients recipients;
  private final MailTemplate alert = MailTemplate.load("weak-signal");

  public WeakSignalMails(CaseMails mails, Recipients recipients) {
    this.mails = mails;
    this.recipients = recipients;
  }

  /**
   * 弱信号预警: a spike of one category in one place. Not about one case: the values name the
   * place and the cases; once per alert.
   */
  public void weakSignal(long alertId, String townCenterGroup, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.put("group", townCenterGroup);
    all.put("tasklistLink", mails.tasklistUrl());
    mails.queue("weak-signal:" + alertId, null, MailKind.WEAK_SIGNAL, recipients.group(townCenterGroup), alert, all);
  }
}
