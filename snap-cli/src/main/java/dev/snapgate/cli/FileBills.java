package dev.snapgate.cli;

import static dev.snapgate.api.schema.Fields.TOTAL_AMOUNT;
import static dev.snapgate.api.schema.Fields.VIRTUAL_ACCOUNT_NAME;
import static dev.snapgate.api.schema.Fields.VIRTUAL_ACCOUNT_NO;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.error.SnapConfigurationException;
import dev.snapgate.domain.inbound.Bill;
import dev.snapgate.inbound.internal.InMemoryBills;
import java.util.List;
import java.util.Map;

/** {@code snapgate serve --bills FILE}: a JSON list of open bills, loaded into an {@link InMemoryBills}. */
final class FileBills {

    private FileBills() {
    }

    static InMemoryBills load(List<Map<String, Object>> entries, String source) {
        InMemoryBills bills = new InMemoryBills();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> e = entries.get(i);
            String where = source + " entry " + (i + 1);
            String va = text(e, VIRTUAL_ACCOUNT_NO, where).strip();
            Object amount = e.get(TOTAL_AMOUNT);
            Amount total;
            try {
                total = amount instanceof String s ? Amount.idr(s) : Amount.fromWire(amount).orElseThrow(() ->
                        new IllegalArgumentException("not an amount"));
            } catch (IllegalArgumentException bad) {
                throw new SnapConfigurationException(where + ": totalAmount must be \"50000.00\" or"
                        + " {\"value\":\"50000.00\",\"currency\":\"IDR\"}");
            }
            try {
                bills.open(new Bill(va, text(e, VIRTUAL_ACCOUNT_NAME, where), total));
            } catch (IllegalArgumentException twice) {
                throw new SnapConfigurationException(where + ": virtualAccountNo " + va + " is listed twice");
            }
        }
        return bills;
    }

    private static String text(Map<String, Object> e, String field, String where) {
        if (!(e.get(field) instanceof String s) || s.isBlank()) {
            throw new SnapConfigurationException(where + ": " + field + " is missing; each bill needs"
                    + " virtualAccountNo, virtualAccountName and totalAmount");
        }
        return s;
    }
}
