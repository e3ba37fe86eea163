# The wallet: balances, history, sends and receipts, deposits and withdrawals,
# proof of reserves.
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER wallet
  SOURCES
    custody_address_book_model.cpp custody_address_book_model.h custody_deposit_address.cpp
    custody_deposit_address.h custody_deposits_model.cpp custody_deposits_model.h
    custody_errors.cpp custody_errors.h custody_networks_model.cpp custody_networks_model.h
    custody_withdrawal_request.cpp custody_withdrawal_request.h custody_withdrawals_model.cpp
    custody_withdrawals_model.h reserve_proof_model.cpp reserve_proof_model.h
    wallet_balances_model.cpp wallet_balances_model.h wallet_history_model.cpp
    wallet_history_model.h wallet_transfer.cpp wallet_transfer.h
  QML
    WalletWords.qml
    WalletPage.qml BalanceCard.qml HistoryRow.qml SendDialog.qml ReceiptView.qml ReceiptDialog.qml
    VerifyBalanceView.qml DepositDialog.qml DepositRow.qml WithdrawDialog.qml WithdrawalRow.qml
    AddressBookRow.qml PayDialog.qml
  SINGLETONS WalletWords.qml
)
