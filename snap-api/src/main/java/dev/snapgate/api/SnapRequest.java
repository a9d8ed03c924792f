package dev.snapgate.api;

import dev.snapgate.domain.service.SnapService;
import java.util.Map;

/**
 * A typed NICEPAY request: which service it calls and the body it becomes (NICEPAY's field names, insertion order
 * kept, amounts as {@code {"value":"10000.00","currency":"IDR"}}, {@code additionalInfo} always an object).
 */
public interface SnapRequest {

    SnapService service();

    /** The JSON body as an ordered map of strings, maps and lists; a new map on every call. */
    Map<String, Object> toBody();
}
