package io.gridcase.api;

import io.gridcase.callback.Callback;
import io.gridcase.callback.CallbackRegistration;
import io.gridcase.callback.CallbackSubscriptions;
import io.gridcase.callback.CallbackUrl;
import io.gridcase.security.CaseAccess;
import io.gridcase.security.GridcaseUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Status callbacks for integrators (ADR 21): a channel system registers a URL and receives its
 * channel's case events there, signed. The channel is the login's, never the body's; another
 * channel's callbacks are not found.
 */
@RestController
@RequestMapping("/api/callbacks")
@Tag(name = "callbacks", description = "状态回调 Status callbacks for channel systems")
public class CallbackController {

  private final CallbackSubscriptions subscriptions;
  private final CaseAccess access;

  public CallbackController(CallbackSubscriptions subscriptions, CaseAccess access) {
    this.subscriptions = subscriptions;
    this.access = access;
  }

  /** @param url where the events are posted: absolute http or https */
  public record CallbackRequest(@NotBlank @Size(max = 2000) @CallbackUrl String url) {}

  /** What a resend put back in the queue. */
  public record Resent(int events) {}

  @PostMapping
  @Operation(
      summary = "登记回调 Register a callback URL for the caller's channel",
      description = "201 with the secret that signs every post (X-Gridcase-Signature); it is shown this once.")
  public ResponseEntity<CallbackRegistration> register(@Valid @RequestBody CallbackRequest request) {
    GridcaseUser caller = integrator();
    CallbackRegistration registered = subscriptions.register(caller.channel(), request.url(), caller.id());
    return ResponseEntity.created(URI.create("/api/callbacks/" + registered.id())).body(registered);
  }

  @GetMapping
  @Operation(summary = "回调列表 The caller's channel's callbacks, with events waiting and given up")
  public List<Callback> list() {
    return subscriptions.of(integrator().channel());
  }

  @GetMapping("/{id}")
  @Operation(summary = "One of the caller's channel's callbacks")
  public Callback get(@PathVariable long id) {
    return subscriptions.find(integrator().channel(), id).orElseThrow(() -> notFound(id));
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "删除回调 Stop a callback: nothing more is queued or posted for it")
  public ResponseEntity<Void> remove(@PathVariable long id) {
    if (!subscriptions.remove(integrator().channel(), id)) {
      throw notFound(id);
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/resend")
  @Operation(summary = "重新推送 Queue the callback's given-up events again, in their order")
  public Resent resend(@PathVariable long id) {
    return subscriptions.resendGivenUp(integrator().channel(), id).map(Resent::new).orElseThrow(() -> notFound(id));
  }

  private GridcaseUser integrator() {
    GridcaseUser caller = access.caller();
    if (!caller.isIntegrator()) {
      throw new AccessDeniedException("Callbacks are an integrator's, for its own channel.");
    }
    return caller;
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有此回调 No callback " + id);
  }
}
