package dev.snapgate.api;

import static dev.snapgate.api.schema.Fields.*;

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
        Optional<TransactionState> state, Optional<String> transactionStatusDesc, ServiceResponse response) {

    public VirtualAccount {
        Objects.requireNonNull(partnerServiceId, PARTNER_SERVICE_ID);
        Objects.requireNonNull(customerNo, CUSTOMER_NO);
        Objects.requireNonNull(virtualAccountNo, VIRTUAL_ACCOUNT_NO);
        Objects.requireNonNull(virtualAccountName, VIRTUAL_ACCOUNT_NAME);
        Objects.requireNonNull(trxId, TRX_ID);
        Objects.requireNonNull(totalAmount, TOTAL_AMOUNT);
        Objects.requireNonNull(bankCd, BANK_CD);
        Objects.requireNonNull(tXidVA, T_XID_VA);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionStatusDesc, TRANSACTION_STATUS_DESC);
        Objects.requireNonNull(response, "response");
    }

    /** Reads {@code virtualAccountData} (or, leniently, the top level when NICEPAY sends the fields there). */
    public static VirtualAccount from(ServiceResponse response) {
        Map<String, Object> top = response.body();
        Map<String, Object> data = top.get(VIRTUAL_ACCOUNT_DATA) instanceof Map ? Body.obj(top, VIRTUAL_ACCOUNT_DATA)
                : top;
        Map<String, Object> info = Body.obj(data, ADDITIONAL_INFO);
        Optional<Amount> amount = Body.amount(data, TOTAL_AMOUNT).or(() -> Body.amount(info, TOTAL_AMOUNT));
        Optional<String> state = States.find(top, data, info);
        return new VirtualAccount(Body.str(data, PARTNER_SERVICE_ID), Body.str(data, CUSTOMER_NO),
                Body.str(data, VIRTUAL_ACCOUNT_NO), Body.str(data, VIRTUAL_ACCOUNT_NAME),
                Body.opt(data, TRX_ID).orElse(Body.str(info, TRX_ID)), amount, Body.str(info, BANK_CD),
                Body.str(info, T_XID_VA), state.map(TransactionState.Family.VIRTUAL_ACCOUNT::state),
                States.description(top, data, info), response);
    }

    /** NICEPAY's {@code additionalInfo} of the account, as sent. */
    public Map<String, Object> additionalInfo() {
        Map<String, Object> top = response.body();
        Map<String, Object> data = top.get(VIRTUAL_ACCOUNT_DATA) instanceof Map ? Body.obj(top, VIRTUAL_ACCOUNT_DATA)
                : top;
        return Body.obj(data, ADDITIONAL_INFO);
    }
}
