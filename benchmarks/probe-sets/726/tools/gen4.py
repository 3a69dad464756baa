"""p726-4: ministry site (Cục An toàn lao động, Bộ LĐTBXH), national inspection results 2023."""
from lib import F, P, I, CH, emit

TEXT = """BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI
Cục An toàn lao động
Trang chủ > Tin tức > Kiểm định kỹ thuật an toàn lao động
Ngày đăng: 22/01/2024 | Lượt xem: 1.574

Năm 2023, kiểm định hơn 612 nghìn máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động

Theo báo cáo tổng hợp của Cục An toàn lao động, tính đến ngày 31/12/2023, cả nước có 142 tổ chức được cấp Giấy chứng nhận đủ điều kiện hoạt động dịch vụ kiểm định kỹ thuật an toàn lao động theo Nghị định số 44/2016/NĐ-CP, trong đó 19 tổ chức thuộc các bộ, ngành và 123 tổ chức là doanh nghiệp; tổng số kiểm định viên là 2.386 người.

Trong năm 2023, các tổ chức đã kiểm định hơn 612 nghìn máy, thiết bị, tăng 8,4% so với năm 2022. Thiết bị nâng chiếm tỷ trọng lớn nhất với 41,2%, tiếp đến là bình chịu áp lực 33,5%, thang máy 11,8% và nồi hơi 3,1%. Các địa phương có số thiết bị được kiểm định nhiều nhất là TP Hồ Chí Minh, Bình Dương và Hà Nội, lần lượt 96.850, 71.420 và 64.300 thiết bị.

Cũng trong năm 2023, cả nước xảy ra 31 vụ tai nạn lao động liên quan đến máy, thiết bị có yêu cầu nghiêm ngặt, làm chết 24 người, giảm 6 người so với năm 2022; trong đó 13 vụ do sử dụng thiết bị không được kiểm định, chiếm gần 42%.

Năm 2024, Cục đặt mục tiêu giảm ít nhất 5% số vụ tai nạn lao động liên quan đến các thiết bị này; phấn đấu đến năm 2025 có 100% tổ chức kiểm định kết nối dữ liệu với phần mềm quản lý của Bộ.

Địa chỉ: Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội | ĐT: 024.3826.9534
"""

ASOF = P("tính đến ngày 31/12/2023", None, "2023-12-31")
Y23 = P("Trong năm 2023", "2023-01-01", "2023-12-31")
SHARE = "tỷ trọng trong số máy, thiết bị được kiểm định"

FIGS = [
    F("kiểm định hơn 612 nghìn máy, thiết bị có", "612", 612000, "count", "máy, thiết bị",
      "máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động được kiểm định",
      P("Năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("có 142 tổ chức", "142", 142, "count", "tổ chức",
      "tổ chức được cấp Giấy chứng nhận đủ điều kiện hoạt động dịch vụ kiểm định kỹ thuật an toàn lao động", ASOF),
    F("đó 19 tổ chức", "19", 19, "count", "tổ chức", "tổ chức kiểm định thuộc các bộ, ngành", ASOF, total=142),
    F("và 123 tổ chức", "123", 123, "count", "tổ chức", "tổ chức kiểm định là doanh nghiệp", ASOF, total=142),
    F("là 2.386 người", "2.386", 2386, "count", "người", "tổng số kiểm định viên", ASOF),
    F("kiểm định hơn 612 nghìn máy, thiết bị, tăng", "612", 612000, "count", "máy, thiết bị",
      "máy, thiết bị được các tổ chức kiểm định", Y23, approx="over",
      change=CH("increase", 8.4, "%", "năm 2022")),
    F("với 41,2%", "41,2", 41.2, "percent", "%", "thiết bị nâng " + SHARE, I(Y23)),
    F("áp lực 33,5%", "33,5", 33.5, "percent", "%", "bình chịu áp lực " + SHARE, I(Y23)),
    F("thang máy 11,8%", "11,8", 11.8, "percent", "%", "thang máy " + SHARE, I(Y23)),
    F("nồi hơi 3,1%", "3,1", 3.1, "percent", "%", "nồi hơi " + SHARE, I(Y23)),
    F("lần lượt 96.850", "96.850", 96850, "count", "thiết bị", "thiết bị được kiểm định", I(Y23),
      location="TP Hồ Chí Minh"),
    F("96.850, 71.420", "71.420", 71420, "count", "thiết bị", "thiết bị được kiểm định", I(Y23),
      location="Bình Dương"),
    F("và 64.300 thiết bị", "64.300", 64300, "count", "thiết bị", "thiết bị được kiểm định", I(Y23),
      location="Hà Nội"),
    F("xảy ra 31 vụ", "31", 31, "count", "vụ",
      "vụ tai nạn lao động liên quan đến máy, thiết bị có yêu cầu nghiêm ngặt",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31")),
    F("chết 24 người", "24", 24, "count", "người",
      "người chết do tai nạn lao động liên quan đến máy, thiết bị có yêu cầu nghiêm ngặt",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"),
      change=CH("decrease", 6, "người", "năm 2022")),
    F("đó 13 vụ", "13", 13, "count", "vụ", "vụ do sử dụng thiết bị không được kiểm định",
      P("Cũng trong năm 2023", "2023-01-01", "2023-12-31"), total=31, percent=42),
    F("ít nhất 5%", "5", 5, "percent", "%",
      "giảm số vụ tai nạn lao động liên quan đến các thiết bị này",
      P("Năm 2024", "2024-01-01", "2024-12-31"), approx="at_least", status="target"),
    F("có 100% tổ chức", "100", 100, "percent", "%",
      "tổ chức kiểm định kết nối dữ liệu với phần mềm quản lý của Bộ",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
]

COMMENTS = [
    "Ministry site (Cục An toàn lao động, Bộ LĐTBXH; 'Ngày đăng: 22/01/2024 | Lượt xem: 1.574'): national inspection results 2023.",
    "Not figures: Lượt xem, Nghị định số 44/2016/NĐ-CP, address 'Số 12 Ngô Quyền, Hoàn Kiếm, Hà Nội', phone 024.3826.9534.",
    "The footer address does not make anything a Hà Nội figure; only the 'lần lượt' list item 64.300 is Hà Nội's.",
    "Shares by device type stand alone (no count for the type): percent figures. 'trong đó 13 vụ' follows the 24 người figure",
    "but counts vụ: its whole is 31 vụ (the figure counting the same thing), percent 42 ('chiếm gần 42%').",
    "'giảm 6 người so với năm 2022' is the change of 24 người. 'giảm ít nhất 5%' (no base amount) is a target percent figure.",
]

if __name__ == "__main__":
    emit("p726-4", TEXT, COMMENTS, FIGS, published="2024-01-22", location="Việt Nam")
