# Earn: staking products and the user's stakes with rewards ticking exactly on
# the client, the launchpad's token sales, and the admin's products, reward
# pools and listings (its screen is a tab of the admin's Treasury console, so
# it lives in qml/admin; the second call below names it there).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER earn
  SOURCES
    earn_amounts.cpp earn_amounts.h earn_errors.cpp earn_errors.h server_clock.cpp server_clock.h
    staking_products_model.cpp staking_products_model.h staking_positions_model.cpp staking_positions_model.h
    staking_admin_model.cpp staking_admin_model.h launchpad_sales_model.cpp launchpad_sales_model.h
    launchpad_sale.cpp launchpad_sale.h launchpad_admin_model.cpp launchpad_admin_model.h
  QML
    EarnWords.qml EarnPage.qml StakingView.qml StakingProductTile.qml StakePositionRow.qml StakeDialog.qml
    UnstakeDialog.qml LaunchpadView.qml LaunchpadSaleRow.qml SaleDialog.qml ProgressLine.qml
    StakingProductForm.qml SaleListingForm.qml
  SINGLETONS EarnWords.qml
)
azc_desktop_area(QML_FOLDER admin QML EarnAdminView.qml)
