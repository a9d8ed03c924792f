package dev.snapgate.api.schema;

/**
 * Every NICEPAY body field name snapgate reads or writes, once. The per-service schemas ({@link RequestRules}), the
 * typed records, settlement, the inbound side and the emulator all use these constants, so a name is spelt in one
 * place (SNAP-SERVICES; {@code KnownAnswerBodiesIT} pins the bytes). Nested fields are addressed by
 * {@link #path(String, String)}.
 */
public final class Fields {

    private Fields() {
    }

    /** The dotted path of {@code field} inside {@code parent}, as rules and violations name it. */
    public static String path(String parent, String field) {
        return parent + "." + field;
    }

    /** {@code accountNo}. */
    public static final String ACCOUNT_NO = "accountNo";

    /** {@code additionalInfo}. */
    public static final String ADDITIONAL_INFO = "additionalInfo";

    /** {@code amount}. */
    public static final String AMOUNT = "amount";

    /** {@code appRedirectUrl}. */
    public static final String APP_REDIRECT_URL = "appRedirectUrl";

    /** {@code bankCd}. */
    public static final String BANK_CD = "bankCd";

    /** {@code beneficiaryAccountNo}. */
    public static final String BENEFICIARY_ACCOUNT_NO = "beneficiaryAccountNo";

    /** {@code beneficiaryBankCode}. */
    public static final String BENEFICIARY_BANK_CODE = "beneficiaryBankCode";

    /** {@code beneficiaryCustomerResidence}. */
    public static final String BENEFICIARY_CUSTOMER_RESIDENCE = "beneficiaryCustomerResidence";

    /** {@code beneficiaryCustomerType}. */
    public static final String BENEFICIARY_CUSTOMER_TYPE = "beneficiaryCustomerType";

    /** {@code beneficiaryName}. */
    public static final String BENEFICIARY_NAME = "beneficiaryName";

    /** {@code beneficiaryPhone}. */
    public static final String BENEFICIARY_PHONE = "beneficiaryPhone";

    /** {@code cancelMessage}. */
    public static final String CANCEL_MESSAGE = "cancelMessage";

    /** {@code cancelType}. */
    public static final String CANCEL_TYPE = "cancelType";

    /** {@code cartData}. */
    public static final String CART_DATA = "cartData";

    /** {@code customerNo}. */
    public static final String CUSTOMER_NO = "customerNo";

    /** {@code dbProcessUrl}. */
    public static final String DB_PROCESS_URL = "dbProcessUrl";

    /** {@code expiredDate}. */
    public static final String EXPIRED_DATE = "expiredDate";

    /** {@code externalStoreId}. */
    public static final String EXTERNAL_STORE_ID = "externalStoreId";

    /** {@code goodsNm}. */
    public static final String GOODS_NM = "goodsNm";

    /** {@code inquiryRequestId}. */
    public static final String INQUIRY_REQUEST_ID = "inquiryRequestId";

    /** {@code latestTransactionStatus}. */
    public static final String LATEST_TRANSACTION_STATUS = "latestTransactionStatus";

    /** {@code merchantId}. */
    public static final String MERCHANT_ID = "merchantId";

    /** {@code mitraCd}. */
    public static final String MITRA_CD = "mitraCd";

    /** {@code msFee}. */
    public static final String MS_FEE = "msFee";

    /** {@code msId}. */
    public static final String MS_ID = "msId";

    /** {@code originalPartnerReferenceNo}. */
    public static final String ORIGINAL_PARTNER_REFERENCE_NO = "originalPartnerReferenceNo";

    /** {@code originalReferenceNo}. */
    public static final String ORIGINAL_REFERENCE_NO = "originalReferenceNo";

    /** {@code paidAmount}. */
    public static final String PAID_AMOUNT = "paidAmount";

    /** {@code paidTime}. */
    public static final String PAID_TIME = "paidTime";

    /** {@code partnerReferenceNo}. */
    public static final String PARTNER_REFERENCE_NO = "partnerReferenceNo";

    /** {@code partnerRefundNo}. */
    public static final String PARTNER_REFUND_NO = "partnerRefundNo";

    /** {@code partnerServiceId}. */
    public static final String PARTNER_SERVICE_ID = "partnerServiceId";

    /** {@code paymentRequestId}. */
    public static final String PAYMENT_REQUEST_ID = "paymentRequestId";

    /** {@code payoutMethod}. */
    public static final String PAYOUT_METHOD = "payoutMethod";

    /** {@code externalStoreID}: the QRIS notification's spelling (capital D), unlike the requests' {@code externalStoreId}. */
    public static final String QRIS_NOTIFICATION_EXTERNAL_STORE_ID = "externalStoreID";

    /** {@code qrContent}. */
    public static final String QR_CONTENT = "qrContent";

    /** {@code qrUrl}. */
    public static final String QR_URL = "qrUrl";

    /** {@code reason}. */
    public static final String REASON = "reason";

    /** {@code redirectUrl}. */
    public static final String REDIRECT_URL = "redirectUrl";

    /** {@code referenceNo}. */
    public static final String REFERENCE_NO = "referenceNo";

    /** {@code refundAmount}. */
    public static final String REFUND_AMOUNT = "refundAmount";

    /** {@code refundNo}. */
    public static final String REFUND_NO = "refundNo";

    /** {@code refundTime}. */
    public static final String REFUND_TIME = "refundTime";

    /** {@code reservedDt}. */
    public static final String RESERVED_DT = "reservedDt";

    /** {@code reservedTm}. */
    public static final String RESERVED_TM = "reservedTm";

    /** {@code serviceCode}. */
    public static final String SERVICE_CODE = "serviceCode";

    /** {@code storeId}. */
    public static final String STORE_ID = "storeId";

    /** {@code subMerchantId}. */
    public static final String SUB_MERCHANT_ID = "subMerchantId";

    /** {@code totalAmount}. */
    public static final String TOTAL_AMOUNT = "totalAmount";

    /** {@code transactionDate}. */
    public static final String TRANSACTION_DATE = "transactionDate";

    /** {@code transactionStatusDesc}. */
    public static final String TRANSACTION_STATUS_DESC = "transactionStatusDesc";

    /** {@code trxId}. */
    public static final String TRX_ID = "trxId";

    /** {@code tXidVA}: NICEPAY's transaction ID of a virtual account. */
    public static final String T_XID_VA = "tXidVA";

    /** {@code urlParam}. */
    public static final String URL_PARAM = "urlParam";

    /** {@code vacctValidDt}. */
    public static final String VACCT_VALID_DT = "vacctValidDt";

    /** {@code vacctValidTm}. */
    public static final String VACCT_VALID_TM = "vacctValidTm";

    /** {@code virtualAccountData}. */
    public static final String VIRTUAL_ACCOUNT_DATA = "virtualAccountData";

    /** {@code virtualAccountName}. */
    public static final String VIRTUAL_ACCOUNT_NAME = "virtualAccountName";

    /** {@code virtualAccountNo}. */
    public static final String VIRTUAL_ACCOUNT_NO = "virtualAccountNo";

    /** {@code virtualAccountTrxType}. */
    public static final String VIRTUAL_ACCOUNT_TRX_TYPE = "virtualAccountTrxType";

    /** {@code webRedirectUrl}. */
    public static final String WEB_REDIRECT_URL = "webRedirectUrl";
}
