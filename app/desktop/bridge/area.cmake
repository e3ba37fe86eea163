# Bridge and Market: partners' loyalty points backed by reserves, swapped
# against their coin under a policy (quote, countdown, confirm), partners'
# requests, the market of partners' products and the buyers' orders; the
# partner console (points, reserves, policies, products, orders, dashboard);
# and the staff's screens, which are tabs of the admin's Treasury console and
# of the support console (the second and third calls name them there).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER bridge
  SOURCES
    bridge_amounts.cpp bridge_amounts.h bridge_errors.cpp bridge_errors.h
    bridge_quote_flow.cpp bridge_quote_flow.h bridge_swap.cpp bridge_swap.h bridge_consent.cpp bridge_consent.h
    bridge_points_model.cpp bridge_points_model.h bridge_swaps_model.cpp bridge_swaps_model.h
    bridge_history_model.cpp bridge_history_model.h bridge_consents_model.cpp bridge_consents_model.h
    market_products_model.cpp market_products_model.h market_purchase.cpp market_purchase.h
    market_orders_model.cpp market_orders_model.h market_org_products_model.cpp market_org_products_model.h
    market_product_editor.cpp market_product_editor.h file_thumbnail.cpp file_thumbnail.h
    partner_membership.cpp partner_membership.h partner_console.cpp partner_console.h
    policy_proposals_model.cpp policy_proposals_model.h bridge_dashboard.cpp bridge_dashboard.h
    dashboard_bars_model.cpp dashboard_bars_model.h bridge_overview.cpp bridge_overview.h
  QML
    BridgeWords.qml PointsPage.qml PointRow.qml PointIcon.qml PointView.qml SwapPanel.qml SwapRow.qml
    ConsentsView.qml ConsentDialog.qml MarketPage.qml ProductTile.qml ProductDialog.qml MarketOrderRow.qml
    PartnerPage.qml PartnerPointsView.qml PointActionDialog.qml CreatePointDialog.qml PartnerPoliciesView.qml
    PolicyFormDialog.qml PartnerProductsView.qml ProductEditorDialog.qml PartnerOrdersView.qml
    TextPromptDialog.qml PartnerDashboardView.qml
  SINGLETONS BridgeWords.qml
)
azc_desktop_area(QML_FOLDER admin QML BridgeAdminView.qml)
azc_desktop_area(QML_FOLDER support QML MarketDisputesView.qml)
