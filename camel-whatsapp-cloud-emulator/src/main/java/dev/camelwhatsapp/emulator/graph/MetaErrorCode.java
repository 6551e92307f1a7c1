package dev.camelwhatsapp.emulator.graph;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Meta error codes the emulator answers, with the HTTP status and title Meta uses for each. Titles are what
 * Meta puts in {@code message} (as {@code (#code) title}) and in the {@code title} of asynchronous status errors.
 */
public enum MetaErrorCode {
    API_UNKNOWN(1, 500, "An unknown error occurred"),
    API_SERVICE(2, 503, "Service temporarily unavailable"),
    API_PERMISSION(3, 403, "Application does not have the capability to make this API call."),
    APP_RATE_LIMIT(4, 429, "Application request limit reached"),
    PERMISSION_DENIED(10, 403, "Application does not have permission for this action"),
    USER_RATE_LIMIT(17, 429, "User request limit reached"),
    INVALID_PARAMETER(100, 400, "Invalid parameter"),
    ACCESS_TOKEN_REQUIRED(104, 401, "An access token is required to request this resource."),
    INVALID_ACCESS_TOKEN(190, 401, "Invalid OAuth access token - Cannot parse access token"),
    PERMISSIONS_ERROR(200, 403, "Permissions error"),
    POLICY_BLOCKED(368, 400, "Temporarily blocked for policies violations"),
    RATE_LIMIT_ISSUES(80007, 429, "Rate limit issues"),
    BLOCKED_BY_BUSINESS(130403, 400, "Unable to deliver the message"),
    THROUGHPUT_LIMIT(130429, 429, "Rate limit hit"),
    EXPERIMENT(130472, 400, "User's number is part of an experiment"),
    COUNTRY_RESTRICTED(130497, 400, "Business account is restricted from messaging users in this country"),
    SOMETHING_WENT_WRONG(131000, 500, "Something went wrong"),
    ACCESS_DENIED(131005, 403, "Access denied"),
    MISSING_PARAMETER(131008, 400, "Required parameter is missing"),
    INVALID_PARAMETER_VALUE(131009, 400, "Parameter value is not valid"),
    SERVICE_UNAVAILABLE(131016, 503, "Service unavailable"),
    SENDER_IS_RECIPIENT(131021, 400, "Recipient cannot be sender"),
    UNDELIVERABLE(131026, 400, "Message undeliverable"),
    ACCOUNT_LOCKED(131031, 400, "Business Account locked"),
    REENGAGEMENT(131047, 400, "Re-engagement message"),
    SPAM_RATE_LIMIT(131048, 400, "Spam rate limit hit"),
    ECOSYSTEM_ENGAGEMENT(131049, 400,
            "This message was not delivered to maintain healthy ecosystem engagement."),
    MARKETING_STOPPED(131050, 400, "User has stopped marketing messages"),
    UNSUPPORTED_MESSAGE_TYPE(131051, 400, "Unsupported message type"),
    MEDIA_DOWNLOAD_ERROR(131052, 400, "Media download error"),
    MEDIA_UPLOAD_ERROR(131053, 400, "Media upload error"),
    PAIR_RATE_LIMIT(131056, 400, "(Business Account, Consumer Account) pair rate limit hit"),
    MAINTENANCE(131057, 503, "Account in maintenance mode"),
    BSUID_NOT_SUPPORTED(131062, 400, "Business-scoped user ID recipient not supported for this message"),
    TEMPLATE_PARAM_COUNT(132000, 400, "Number of parameters does not match the expected number of params"),
    TEMPLATE_NOT_FOUND(132001, 404, "Template name does not exist in the translation"),
    TEMPLATE_TEXT_TOO_LONG(132005, 400, "Translated text too long"),
    TEMPLATE_FORMAT_POLICY(132007, 400, "Template format character policy violated"),
    TEMPLATE_PARAM_FORMAT(132012, 400, "Parameter format does not match format in the created template"),
    TEMPLATE_PAUSED(132015, 400, "Template is paused"),
    TEMPLATE_DISABLED(132016, 400, "Template is disabled"),
    PIN_MISMATCH(133005, 400, "Two step verification PIN Mismatch"),
    NOT_REGISTERED(133010, 400, "Account not registered");

    private static final Map<Integer, MetaErrorCode> BY_CODE = Arrays.stream(values()).collect(Collectors.toMap(
            MetaErrorCode::code, Function.identity()));

    private final int code;
    private final int httpStatus;
    private final String title;

    MetaErrorCode(int code, int httpStatus, String title) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.title = title;
    }

    public int code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String title() {
        return title;
    }

    public static Optional<MetaErrorCode> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
