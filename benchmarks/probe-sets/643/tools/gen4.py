"""p643-4: Bộ VHTTDL ministry site — chuyển đổi số ngành thư viện, national figures (3/2024)."""
from lib import F, P, I, CH, emit

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin tức | Thư viện

Ngày đăng: 22/04/2024 | Lượt xem: 2.045

Chuyển đổi số ngành thư viện: 45 thư viện cấp tỉnh đã có thư viện số

Theo báo cáo của Vụ Thư viện, tính đến hết tháng 3/2024, cả nước có 45/63 thư viện cấp tỉnh đã triển khai thư viện số, chiếm 71,4%; 52 thư viện cấp tỉnh ứng dụng phần mềm quản trị thư viện tích hợp. Tổng số tài liệu đã được số hóa của hệ thống thư viện công cộng đạt hơn 1,2 triệu tài liệu, tương đương khoảng 78 triệu trang.

Các địa phương có số tài liệu số hóa lớn là Hà Nội (182.000 tài liệu), TP Hồ Chí Minh (156.500 tài liệu), Thừa Thiên Huế (48.300 tài liệu) và Hải Phòng (32.700 tài liệu).

Năm 2023, hệ thống thư viện công cộng cả nước phục vụ 21,6 triệu lượt bạn đọc, trong đó 6,9 triệu lượt bạn đọc truy cập thư viện số, tăng 27% so với năm 2022. Số bạn đọc có thẻ đạt 1.386.000 người; bình quân cả nước có 0,36 bản sách/người dân.

Về sách điện tử, Thư viện Quốc gia Việt Nam hiện cung cấp 14.250 cuốn sách điện tử và 2.800 sách nói trên ứng dụng Thư viện số; năm 2023 ứng dụng ghi nhận 1,05 triệu lượt tải, tăng 1,6 lần so với năm 2022.

Nhân Ngày Sách và Văn hóa đọc Việt Nam lần thứ 3 (21/4/2024), Bộ đã ra mắt Cổng thông tin thư viện số dùng chung, bước đầu kết nối 12 thư viện tỉnh.

Theo Chương trình chuyển đổi số ngành thư viện ban hành kèm Quyết định số 206/QĐ-TTg, đến năm 2025 phấn đấu 100% thư viện cấp tỉnh có thư viện số, 50% thư viện cấp huyện được kết nối liên thông; đến năm 2030, đạt 0,5 bản sách/người dân.
"""

ASOF = P("tính đến hết tháng 3/2024", None, "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
LIST = "tài liệu số hóa"

FIGS = [
    F("thư viện: 45 thư viện", "45", 45, "count", "thư viện", "thư viện cấp tỉnh đã có thư viện số", I(ASOF)),
    F("45/63 thư viện", "45", 45, "count", "thư viện", "thư viện cấp tỉnh đã triển khai thư viện số", ASOF,
      total=63, percent=71.4),
    F("; 52 thư viện", "52", 52, "count", "thư viện",
      "thư viện cấp tỉnh ứng dụng phần mềm quản trị thư viện tích hợp", ASOF),
    F("hơn 1,2 triệu tài liệu", "1,2", 1_200_000, "count", "tài liệu",
      "tài liệu đã được số hóa của hệ thống thư viện công cộng", I(ASOF), approx="over"),
    F("khoảng 78 triệu trang", "78", 78_000_000, "count", "trang", "trang tài liệu đã được số hóa", I(ASOF),
      approx="about"),
    F("Hà Nội (182.000", "182.000", 182000, "count", "tài liệu", LIST, I(ASOF), location="Hà Nội"),
    F("Minh (156.500", "156.500", 156500, "count", "tài liệu", LIST, I(ASOF), location="TP Hồ Chí Minh"),
    F("Huế (48.300", "48.300", 48300, "count", "tài liệu", LIST, I(ASOF), location="Thừa Thiên Huế"),
    F("Phòng (32.700", "32.700", 32700, "count", "tài liệu", LIST, I(ASOF), location="Hải Phòng"),
    F("phục vụ 21,6 triệu", "21,6", 21_600_000, "count", "lượt bạn đọc",
      "lượt bạn đọc hệ thống thư viện công cộng phục vụ", Y23),
    F("đó 6,9 triệu", "6,9", 6_900_000, "count", "lượt bạn đọc", "lượt bạn đọc truy cập thư viện số", Y23,
      total=21_600_000, change=CH("increase", 27, "%", "năm 2022")),
    F("đạt 1.386.000 người", "1.386.000", 1386000, "count", "người", "số bạn đọc có thẻ", I(Y23)),
    F("có 0,36 bản", "0,36", 0.36, "measure", "bản sách/người dân", "bình quân bản sách trên người dân", I(Y23)),
    F("cung cấp 14.250 cuốn", "14.250", 14250, "count", "cuốn sách điện tử",
      "sách điện tử Thư viện Quốc gia Việt Nam cung cấp"),
    F("và 2.800 sách", "2.800", 2800, "count", "sách nói", "sách nói trên ứng dụng Thư viện số"),
    F("ghi nhận 1,05 triệu", "1,05", 1_050_000, "count", "lượt tải", "lượt tải ứng dụng Thư viện số",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("increase", 1.6, "lần", "năm 2022")),
    F("kết nối 12 thư viện", "12", 12, "count", "thư viện", "thư viện tỉnh kết nối Cổng thông tin thư viện số dùng chung"),
    F("phấn đấu 100% thư viện", "100", 100, "percent", "%", "thư viện cấp tỉnh có thư viện số",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("số, 50% thư viện", "50", 50, "percent", "%", "thư viện cấp huyện được kết nối liên thông",
      P("đến năm 2025", None, "2025-12-31"), status="target"),
    F("đạt 0,5 bản", "0,5", 0.5, "measure", "bản sách/người dân", "bình quân bản sách trên người dân",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

COMMENTS = [
    "Bộ VHTTDL (ministry site), 'Ngày đăng: 22/04/2024 | Lượt xem: 2.045': chuyển đổi số ngành thư viện, national figures.",
    "Location Việt Nam (cả nước, Thư viện Quốc gia); the four provinces in the bracketed list are the items' locations.",
    "Distractors: 'Lượt xem: 2.045', 'lần thứ 3 (21/4/2024)', 'Quyết định số 206/QĐ-TTg', datelines.",
    "'45/63 … chiếm 71,4%' gives total 63 and percent 71.4. 'tương đương khoảng 78 triệu trang' is an equivalent amount in another unit: a figure.",
    "6,9 triệu lượt bạn đọc after 'trong đó' is part of 21,6 triệu lượt bạn đọc and carries the change 27%. 'tăng 1,6 lần' is a change (lần).",
    "Rates '0,36 bản sách/người dân' keep the denominator in the unit; '0,5 … đến năm 2030' is a target figure.",
]

if __name__ == "__main__":
    emit("p643-4", TEXT, COMMENTS, FIGS, published="2024-04-22", location="Việt Nam")
