package dev.camelwhatsapp.cloud.management;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelwhatsapp.cloud.api.WhatsAppCloudApiException;

/**
 * Meta's error 139100 on {@code blockUsers} or {@code unblockUsers}: some users were not blocked (or unblocked). Meta
 * still applied the request to the others, so the exception says both which users it did block (or unblock) and
 * which failed with which error; {@link #getCode()} is 139100 as for any other Graph API error.
 */
public class BlockUsersPartiallyFailedException extends WhatsAppCloudApiException {

    /** Meta's code of a block or unblock request that failed for some users. */
    public static final int CODE = 139100;

    private final transient List<BlockedUser> succeeded;
    private final transient List<BlockUserFailure> failed;

    BlockUsersPartiallyFailedException(WhatsAppCloudApiException error, List<BlockedUser> succeeded,
                                       List<BlockUserFailure> failed) {
        super(error.getError());
        this.succeeded = List.copyOf(succeeded);
        this.failed = List.copyOf(failed);
        initCause(error);
    }

    /**
     * Reads the per-user results of a 139100 answer.
     *
     * @param  error     the 139100 error with its response body
     * @param  doneKey   {@code added_users} (block) or {@code removed_users} (unblock)
     * @return           the exception, or the error itself when it is not a 139100 answer with per-user results
     */
    static WhatsAppCloudApiException of(WhatsAppCloudApiException error, String doneKey) {
        JsonNode results = error.getResponseBody().map(body -> body.path("block_users")).orElse(null);
        if (error.getCode() != CODE || results == null || !results.isObject()) {
            return error;
        }
        List<BlockedUser> done = new ArrayList<>();
        results.path(doneKey).forEach(item -> done.add(BlockedUser.fromGraphJson(item)));
        List<BlockUserFailure> failures = new ArrayList<>();
        results.path("failed_users").forEach(item -> failures.add(BlockUserFailure.fromGraphJson(item)));
        return new BlockUsersPartiallyFailedException(error, done, failures);
    }

    /** @return the users Meta did block (for {@code blockUsers}) or unblock (for {@code unblockUsers}) */
    public List<BlockedUser> getSucceededUsers() {
        return succeeded;
    }

    /** @return the users Meta did not block or unblock, each with Meta's error */
    public List<BlockUserFailure> getFailedUsers() {
        return failed;
    }

    @Override
    public String getMessage() {
        return super.getMessage() + " (" + succeeded.size() + " succeeded, " + failed.size() + " failed: "
                + failed.stream().map(user -> user.input() + " " + user.code()).toList() + ")";
    }
}
