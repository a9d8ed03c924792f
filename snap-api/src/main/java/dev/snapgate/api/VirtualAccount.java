package dev.snapgate.api;

import dev.snapgate.domain.Amount;
import dev.snapgate.domain.service.ServiceResponse;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A virtual account as NICEPAY answered it (create 27, status 26, delete 31): {@code virtualAccountData}'s fields,
 * NICEPAY's transaction id {@code tXidVA}, the state when the answer carries one, and the whole answer
 * ({@link #response()}) for every field this record does not model.
 */
public record VirtualAccount(String partnerServiceId, String customerNo, String virtualAccountNo,
        String virtualAccountName, String trxId, Optional<Amount> totalAmount, String bankCd, String tXidVA,
        Optional<VaState> state, Optional<String> transactionStatusDesc, ServiceResponse response) {

    public VirtualAccount {
        Objects.requireNonNull(partnerServiceId, "partnerServiceId");
        Objects.requireNonNull(customerNo, "customerNo");
        Objects.requireNonNull(virtualAccountNo, "virtualAccountNo");
        Objects.requireNonNull(virtualAccountName, "virtualAccountName");
        Objects.requireNonNull(trxId, "trxId");
        Objects.requireNonNull(totalAmount, "totalAmount");
        Objects.requireNonNull(bankCd, "bankCd");
        Objects.requireNonNull(tXidVA, "tXidVA");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, "transactionStatusDesc");
        Objects.requireNonNull(response, "response");
    }

    /** Reads {@code virtualAccountData} (or, leniently, the top level when NICEPAY sends the fields there). */
    public static VirtualAccount from(ServiceResponse response) {
        Map<String, Object> top = response.body();
        Map<String, Object> data = top.get("virtualAccountData") instanceof Map ? Body.obj(top, "virtualAccountData")
                : top;
        Map<String, Object> info = Body.obj(data, "additionalInfo");
        Optional<Amount> amount = Body.amount(data, "totalAmount").or(() -> Body.amount(info, "totalAmount"));
        Optional<String> state = States.find(top, data, info);
        return new VirtualAccount(Body.str(data, "partnerServiceId"), Body.str(data, "customerNo"),
                Body.str(data, "virtualAccountNo"), Body.str(data, "virtualAccountName"),
                Body.opt(data, "trxId").orElse(Body.str(info, "trxId")), amount, Body.str(info, "bankCd"),
                Body.str(info, "tXidVA"), state.map(VaState::of),
                States.description(top, data, info), response);
    }

    /** NICEPAY's {@code additionalInfo} of the account, as sent. */
    public Map<String, Object> additionalInfo() {
        Map<String, Object> top = response.body();
        Map<String, Object> data = top.get("virtualAccountData") instanceof Map ? Body.obj(top, "virtualAccountData")
                : top;
        return Body.obj(data, "additionalInfo");
    }
}
