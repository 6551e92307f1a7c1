package dev.camelwhatsapp.emulator.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.camelwhatsapp.emulator.BusinessNumber;
import dev.camelwhatsapp.emulator.graph.GraphApiException;
import dev.camelwhatsapp.emulator.graph.GraphError;

/**
 * The WABA's business numbers and their mutable state.
 */
public final class PhoneNumberRegistry {

    private final Map<String, PhoneNumberState> numbers = new LinkedHashMap<>();

    public PhoneNumberRegistry(List<BusinessNumber> businessNumbers) {
        reset(businessNumbers);
    }

    public synchronized void reset(List<BusinessNumber> businessNumbers) {
        numbers.clear();
        businessNumbers.forEach(n -> numbers.put(n.phoneNumberId(), new PhoneNumberState(n)));
    }

    public synchronized Optional<PhoneNumberState> find(String phoneNumberId) {
        return Optional.ofNullable(numbers.get(phoneNumberId));
    }

    /** The number, or Graph API's unknown-object error (100, subcode 33). */
    public PhoneNumberState require(String method, String phoneNumberId) throws GraphApiException {
        Optional<PhoneNumberState> number = find(phoneNumberId);
        if (number.isEmpty()) {
            throw new GraphApiException(GraphError.unknownObject(method, phoneNumberId));
        }
        return number.get();
    }

    public synchronized List<PhoneNumberState> all() {
        return new ArrayList<>(numbers.values());
    }

    /** The business number a recipient number designates, if it is one of ours. */
    public synchronized Optional<BusinessNumber> byDigits(String digits) {
        return numbers.values().stream().map(PhoneNumberState::number).filter(n -> n.digits().equals(digits))
                .findFirst();
    }
}
