# P2P: the market of ads, trades, payment methods and the trader profile.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER p2p
  SOURCES
    p2p_ads_model.cpp p2p_ads_model.h p2p_errors.cpp p2p_errors.h p2p_payment_methods_model.cpp
    p2p_payment_methods_model.h p2p_profile.cpp p2p_profile.h p2p_trade_session.cpp
    p2p_trade_session.h p2p_trades_model.cpp p2p_trades_model.h
  QML
    P2pPage.qml P2pWords.qml P2pMarket.qml P2pAdRow.qml P2pTakeDialog.qml P2pTradeView.qml
    P2pTradesList.qml P2pMyAds.qml P2pAdDialog.qml P2pPaymentMethods.qml P2pProfileDialog.qml
  SINGLETONS P2pWords.qml
)
