# AZPay on the desktop: paying a merchant from the wallet (PaymentCheckout,
# used by the wallet's Pay dialog) and the merchant console for organisation
# members (invoices with QR codes and barcodes, links, payouts, the dashboard,
# API keys and webhooks).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER merchant
  SOURCES
    payment_checkout.cpp payment_checkout.h merchant_console.cpp merchant_console.h
    merchant_invoices_model.cpp merchant_invoices_model.h merchant_developers.cpp merchant_developers.h
  QML
    MerchantWords.qml MerchantPage.qml MerchantSetup.qml MerchantOverview.qml InvoicesView.qml InvoiceDialog.qml
    NewInvoiceDialog.qml LinksView.qml DevelopersView.qml BarChart.qml
  SINGLETONS MerchantWords.qml
)
