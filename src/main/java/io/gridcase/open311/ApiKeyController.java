package io.gridcase.open311;

import io.gridcase.intake.Channel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Camunda's admin issues and revokes Open311 api_keys, one channel each ({@code /api} security:
 * HTTP basic, the admin only). The key is in the answer to its issue and nowhere else.
 */
@RestController
@RequestMapping("/api/open311/keys")
@Tag(name = "open311 keys", description = "Open311 api_keys: issue (shown once), list, revoke")
class ApiKeyController {

  private final ApiKeys keys;

  ApiKeyController(ApiKeys keys) {
    this.keys = keys;
  }

  /** What to issue a key for: the channel its requests are filed as, and whom it is for. */
  record KeyRequest(
      @NotNull(message = "must be one of HOTLINE_12345, POLICE_110_NONEMERGENCY, PETITION, GRID_REPORT, SME_PLATFORM, IOT_ALERT, ONLINE_DISPUTE, WALK_IN")
          Channel channel,
      @NotBlank @Size(max = 200) String label) {}

  @PostMapping
  @Operation(summary = "Issue an api_key for a channel; the key is shown in this answer only")
  ResponseEntity<ApiKeys.IssuedKey> issue(@Valid @RequestBody KeyRequest request, Principal admin) {
    var issued = keys.issue(request.channel(), request.label().strip(), admin.getName());
    return ResponseEntity.created(URI.create("/api/open311/keys/" + issued.id())).body(issued);
  }

  @GetMapping
  @Operation(summary = "The keys issued: channel, label, who issued, revoked or not (never the key)")
  List<ApiKeys.ApiKey> list() {
    return keys.all();
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Revoke a key: requests filed with it stay, new ones are refused with 403")
  ResponseEntity<Void> revoke(@PathVariable long id) {
    if (!keys.revoke(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No live key " + id);
    }
    return ResponseEntity.noContent().build();
  }
}
