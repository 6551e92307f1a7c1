package dev.camelwhatsapp.examples.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelwhatsapp.cloud.flows.endpoint.FlowDataRequest;
import dev.camelwhatsapp.cloud.flows.endpoint.FlowDataResponse;
import dev.camelwhatsapp.cloud.flows.endpoint.InvalidFlowTokenException;

/**
 * The business side of the appointment-booking Flow (src/main/resources/flows/appointment-booking.json): which
 * departments, dates and times are offered, which slots are taken, and the bookings made. One instance answers every
 * request of the Flow's data endpoint; the flow token ties the requests of one user's booking together.
 */
public class AppointmentBooking {

    static final Map<String, String> DEPARTMENTS = Map.of("dental", "Dental care", "eyes", "Eye exam", "skin",
            "Dermatology");
    static final List<String> TIMES = List.of("09:00", "10:30", "14:00", "15:30");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.ENGLISH);

    private final Clock clock;
    private final Map<String, String> takenSlots = new ConcurrentHashMap<>();
    private final Map<String, Booking> bookingsByToken = new ConcurrentHashMap<>();
    private final AtomicInteger nextBooking = new AtomicInteger(1);

    /** A confirmed appointment. */
    public record Booking(String id, String department, String date, String time, String name, String email) {
    }

    public AppointmentBooking(Clock clock) {
        this.clock = clock;
    }

    /** Answers one request of the Flow's data endpoint. */
    public FlowDataResponse answer(FlowDataRequest request) {
        if (request.flowToken() != null && bookingsByToken.containsKey(request.flowToken())) {
            throw new InvalidFlowTokenException("This appointment is already booked");
        }
        return switch (request.action()) {
            case INIT, BACK -> appointmentScreen(null);
            case DATA_EXCHANGE -> switch (String.valueOf(request.screen())) {
                case "APPOINTMENT" -> chooseSlot(request);
                case "DETAILS" -> summary(request);
                case "SUMMARY" -> book(request);
                default -> throw new IllegalArgumentException("The Flow has no screen " + request.screen());
            };
            case PING -> throw new IllegalStateException("pings are answered by the endpoint");
        };
    }

    /** @return the bookings made */
    public List<Booking> bookings() {
        return List.copyOf(bookingsByToken.values());
    }

    private FlowDataResponse chooseSlot(FlowDataRequest request) {
        String slot = slot(request);
        if (takenSlots.containsKey(slot)) {
            return appointmentScreen("This time was just taken, please pick another one");
        }
        return FlowDataResponse.screen("DETAILS").data("department", request.dataText("department"))
                .data("date", request.dataText("date")).data("time", request.dataText("time")).build();
    }

    private FlowDataResponse summary(FlowDataRequest request) {
        String summary = DEPARTMENTS.getOrDefault(request.dataText("department"), request.dataText("department"))
                + ", " + LocalDate.parse(request.dataText("date")).format(DAY) + " at "
                + request.dataText("time") + " for " + request.dataText("name");
        FlowDataResponse.Builder screen = FlowDataResponse.screen("SUMMARY").data("summary", summary);
        for (String field : List.of("department", "date", "time", "name", "email")) {
            screen.data(field, request.dataText(field));
        }
        return screen.build();
    }

    private FlowDataResponse book(FlowDataRequest request) {
        String slot = slot(request);
        if (takenSlots.putIfAbsent(slot, request.flowToken()) != null) {
            return appointmentScreen("This time was just taken, please pick another one");
        }
        Booking booking = new Booking(
                "A-" + nextBooking.getAndIncrement(), request.dataText("department"),
                request.dataText("date"), request.dataText("time"), request.dataText("name"),
                request.dataText("email"));
        bookingsByToken.put(request.flowToken(), booking);
        return FlowDataResponse.close(request.flowToken()).param("appointment_id", booking.id())
                .param("date", booking.date()).param("time", booking.time()).build();
    }

    private FlowDataResponse appointmentScreen(String error) {
        List<Map<String, String>> departments = new ArrayList<>();
        DEPARTMENTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(d -> departments.add(option(d.getKey(), d.getValue())));
        List<Map<String, String>> dates = new ArrayList<>();
        LocalDate day = LocalDate.now(clock);
        while (dates.size() < 5) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                dates.add(option(day.toString(), day.format(DAY)));
            }
        }
        List<Map<String, String>> times = TIMES.stream().map(time -> option(time, time)).toList();
        FlowDataResponse.Builder screen = FlowDataResponse.screen("APPOINTMENT").data("department", departments)
                .data("date", dates).data("time", times);
        return error == null ? screen.build() : screen.errorMessage(error).build();
    }

    private static String slot(FlowDataRequest request) {
        return request.dataText("department") + "|" + request.dataText("date") + "|" + request.dataText("time");
    }

    private static Map<String, String> option(String id, String title) {
        return Map.of("id", id, "title", title);
    }
}
