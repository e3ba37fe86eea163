# Trade: markets, the order book, chart, tape, orders and quick swaps.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER trade
  SOURCES
    swap_session.cpp swap_session.h trade_candles.cpp trade_candles.h trade_errors.cpp
    trade_errors.h trade_markets_model.cpp trade_markets_model.h trade_order_book.cpp
    trade_order_book.h trade_order_entry.cpp trade_order_entry.h trade_orders_model.cpp
    trade_orders_model.h trade_tape_model.cpp trade_tape_model.h
  QML
    TradePage.qml OrderWords.qml MarketStrip.qml OrderBookLadder.qml TradeTape.qml CandleChart.qml
    OrderForm.qml OrdersPanel.qml OrderRow.qml SwapDialog.qml
  SINGLETONS OrderWords.qml
)
