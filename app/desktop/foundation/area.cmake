# What every area uses: the app context, the session, the links to the server,
# money display, and the shared QML components (qml/common).
# Included by app/desktop/CMakeLists.txt (same scope as the azc_desktop target).
azc_desktop_area(
  QML_FOLDER common
  SOURCES
    app_context.cpp app_context.h assets_model.cpp assets_model.h clipboard.cpp clipboard.h
    custody_passphrase.cpp custody_passphrase.h document_image_provider.cpp
    document_image_provider.h error_sink.cpp error_sink.h file_transfer.cpp file_transfer.h
    language_manager.cpp language_manager.h money_display.cpp money_display.h qml_entry.h party_name.h
    paged_list_model.cpp paged_list_model.h qr_code.cpp qr_code.h qr_decoder.cpp qr_decoder.h barcode.cpp barcode.h remote_link.cpp remote_link.h remote_list_model.cpp remote_list_model.h
    remote_object.cpp remote_object.h rpc_transport.cpp rpc_transport.h event_hub.cpp event_hub.h session.cpp session.h theme.cpp theme.h token_store.cpp
    token_store.h
  QML
    Card.qml FormField.qml StatusChip.qml Avatar.qml PageHeader.qml EmptyState.qml Toast.qml
    LanguagePicker.qml Labels.qml AppButton.qml AppComboBox.qml AppSwitch.qml PlainLabel.qml
    Markup.qml AppCheckBox.qml PlainToolTip.qml
  SINGLETONS Labels.qml Markup.qml
)
