"""p1201-4: ministry site (Bộ Tư pháp), national 2023 nationality files and foreign-element marriages."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TƯ PHÁP - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của các đơn vị thuộc Bộ

Năm 2023: Trình Chủ tịch nước giải quyết hơn 4.600 hồ sơ quốc tịch

Ngày đăng: 05/02/2024 | Lượt xem: 1.127

Theo báo cáo của Cục Hộ tịch, quốc tịch, chứng thực, năm 2023 Bộ Tư pháp đã trình Chủ tịch nước giải quyết 4.652 hồ sơ quốc tịch, tăng 6,2% so với năm 2022. Trong đó, thôi quốc tịch Việt Nam 4.318 trường hợp (chiếm 92,8%), nhập quốc tịch Việt Nam 297 trường hợp, trở lại quốc tịch Việt Nam 37 trường hợp.

Số người được nhập quốc tịch tăng mạnh do Chủ tịch nước đã quyết định cho nhập quốc tịch đối với 182 người không quốc tịch đang cư trú ổn định tại Việt Nam, chủ yếu là người di cư tự do từ Lào và Campuchia. Các địa phương có nhiều hồ sơ thôi quốc tịch nhất là Hải Phòng, Cần Thơ và Hậu Giang với lần lượt 612, 455 và 389 hồ sơ.

Về hộ tịch, năm 2023 cả nước đăng ký 19.846 việc kết hôn có yếu tố nước ngoài, tăng khoảng 15% so với năm 2022, và ghi chú gần 12.300 việc kết hôn đã đăng ký ở nước ngoài. Cơ quan đại diện Việt Nam ở nước ngoài đăng ký khai sinh cho hơn 8.700 trẻ em là công dân Việt Nam.

Đến nay, 63/63 tỉnh, thành phố đã sử dụng Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung; Cơ sở dữ liệu hộ tịch điện tử lưu giữ khoảng 91 triệu dữ liệu.

Năm 2024, Cục đặt mục tiêu rút ngắn thời gian thẩm định hồ sơ quốc tịch tại Bộ xuống còn tối đa 30 ngày và số hóa 100% Sổ hộ tịch có yếu tố nước ngoài còn lưu giữ tại các địa phương.

BỘ TƯ PHÁP
Địa chỉ: 60 Trần Phú, Ba Đình, Hà Nội | Điện thoại: 024.6273.9718
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
NOW = P("Đến nay", None, "2024-02-05")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TQ = "hồ sơ thôi quốc tịch"

FIGS = [
    F("hơn 4.600 hồ sơ", "4.600", 4600, "count", "hồ sơ", approx="over",
      subject="hồ sơ quốc tịch trình Chủ tịch nước giải quyết", period=P("Năm 2023", "2023-01-01", "2023-12-31")),
    F("giải quyết 4.652 hồ sơ", "4.652", 4652, "count", "hồ sơ",
      change=C("increase", 6.2, "%", "năm 2022"),
      subject="hồ sơ quốc tịch trình Chủ tịch nước giải quyết", period=Y23),
    F("4.318 trường hợp", "4.318", 4318, "count", "trường hợp", total=4652, percent=92.8,
      subject="thôi quốc tịch Việt Nam", period=I(Y23)),
    F("297 trường hợp", "297", 297, "count", "trường hợp", total=4652,
      subject="nhập quốc tịch Việt Nam", period=I(Y23)),
    F("37 trường hợp", "37", 37, "count", "trường hợp", total=4652,
      subject="trở lại quốc tịch Việt Nam", period=I(Y23)),
    F("đối với 182 người", "182", 182, "count", "người",
      subject="người không quốc tịch được quyết định cho nhập quốc tịch", period=I(Y23)),
    F("lần lượt 612", "612", 612, "count", "hồ sơ", location="Hải Phòng", subject=TQ, period=I(Y23)),
    F("612, 455", "455", 455, "count", "hồ sơ", location="Cần Thơ", subject=TQ, period=I(Y23)),
    F("và 389 hồ sơ", "389", 389, "count", "hồ sơ", location="Hậu Giang", subject=TQ, period=I(Y23)),
    F("đăng ký 19.846 việc", "19.846", 19846, "count", "việc",
      change=C("increase", 15, "%", "năm 2022", approx="about"),
      subject="việc kết hôn có yếu tố nước ngoài đăng ký", period=Y23),
    F("gần 12.300 việc", "12.300", 12300, "count", "việc", approx="nearly",
      subject="việc kết hôn đã đăng ký ở nước ngoài được ghi chú",
      period=Y23),
    F("hơn 8.700 trẻ em", "8.700", 8700, "count", "trẻ em", approx="over",
      subject="trẻ em là công dân Việt Nam được Cơ quan đại diện Việt Nam ở nước ngoài đăng ký khai sinh",
      period=I(Y23)),
    F("63/63", "63", 63, "count", "tỉnh, thành phố", total=63,
      subject="tỉnh, thành phố sử dụng Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung", period=NOW),
    F("khoảng 91 triệu", "91", 91000000, "count", "dữ liệu", approx="about",
      subject="dữ liệu hộ tịch điện tử lưu giữ", period=NOW),
    F("tối đa 30 ngày", "30", 30, "measure", "ngày", approx="at_most", status="target",
      subject="thời gian thẩm định hồ sơ quốc tịch tại Bộ", period=Y24),
    F("số hóa 100%", "100", 100, "percent", "%", status="target",
      subject="Sổ hộ tịch có yếu tố nước ngoài được số hóa", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Tư pháp): 'Ngày đăng: 05/02/2024 | Lượt xem: 1.127', address/phone footer. National: location Việt Nam; the",
    "'lần lượt' list of provinces gives each item its province. Parts after 'Trong đó' add up to 4.652 (4.318+297+37); '(chiếm 92,8%)' is the share of 4.318.",
    "182 stateless persons are not stated as a part of 297 (no cue): no total. 'Đến nay' is an as-of date at published.",
    "Distractors: view counter, '60 Trần Phú', phone 024.6273.9718. 'tăng khoảng 15%' is a change with approx about (not scored).",
    "Targets: 'đặt mục tiêu rút ngắn … xuống còn tối đa 30 ngày và số hóa 100%' (both clauses under the cue).",
]

if __name__ == "__main__":
    write("p1201-4", TEXT, NOTES, FIGS, published="2024-02-05", location="Việt Nam")
