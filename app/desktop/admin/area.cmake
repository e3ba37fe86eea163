# The admin consoles: users, the master wallet (treasury), fees and limits,
# networks, reconciliation, exchange markets.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER admin
  SOURCES
    custody_reconcile_model.cpp custody_reconcile_model.h exchange_admin_models.cpp
    exchange_admin_models.h treasury_adjustments_model.cpp treasury_adjustments_model.h
    treasury_fees_model.cpp treasury_fees_model.h treasury_limits_model.cpp treasury_limits_model.h
    treasury_overview_model.cpp treasury_overview_model.h treasury_revenue_model.cpp
    treasury_revenue_model.h users_model.cpp users_model.h
  QML
    TreasuryWords.qml
    UsersPage.qml FreezeDialog.qml TreasuryPage.qml MasterWalletView.qml RevenueChart.qml
    FeesLimitsView.qml AdjustmentsView.qml AmountCell.qml NetworksView.qml ReconciliationView.qml
    ExchangeView.qml ExchangeMarketForm.qml
  SINGLETONS TreasuryWords.qml
)
