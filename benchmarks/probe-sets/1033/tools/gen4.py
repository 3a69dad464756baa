"""p1033-4: ministry site (Bộ VHTTDL), national public-library system, year 2024."""
from lib import F, P, I, C, T, write

TEXT = """BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Trang chủ | Tin hoạt động | Thư viện

Hệ thống thư viện công cộng năm 2024: nhiều chỉ tiêu vượt kế hoạch

Ngày đăng: 14/03/2025 | Lượt xem: 2.118

Theo báo cáo của Vụ Thư viện, tính đến 31/12/2024, hệ thống thư viện công cộng cả nước gồm Thư viện Quốc gia Việt Nam, 63 thư viện cấp tỉnh, 611 thư viện cấp huyện và khoảng 7.900 thư viện, phòng đọc cấp xã; ngoài ra còn trên 19.000 thư viện, tủ sách tư nhân có phục vụ cộng đồng.

Năm 2024, các thư viện công cộng phục vụ khoảng 38,5 triệu lượt bạn đọc, tăng 7,2% so với năm 2023; luân chuyển 71,2 triệu lượt tài liệu. Tổng vốn tài liệu đạt 52,6 triệu bản, trong đó có 3,1 triệu bản tài liệu số. Tỷ lệ thư viện cấp tỉnh ứng dụng phần mềm quản lý thư viện đạt 100%, cấp huyện đạt 68%.

Dẫn đầu về lượt bạn đọc là Hà Nội (2,9 triệu lượt), TP Hồ Chí Minh (2,6 triệu lượt) và Nghệ An (1,4 triệu lượt). Về số bản sách luân chuyển xuống cơ sở, Thanh Hóa, Nghệ An và Đắk Lắk lần lượt xếp thứ 1, 2 và 3.

Theo Đề án "Phát triển văn hóa đọc trong cộng đồng giai đoạn 2021-2025, định hướng đến năm 2030", đến năm 2025 phấn đấu 80% thư viện cấp tỉnh có không gian đọc hiện đại; đến năm 2030, bình quân đạt 6 cuốn sách/người/năm. Năm 2025, Bộ dự kiến hỗ trợ khoảng 30 xe ô tô thư viện lưu động cho các tỉnh miền núi, kinh phí dự kiến 45 tỷ đồng.

Thực hiện Chỉ thị số 42-CT/TW, Bộ đề nghị các địa phương bố trí tối thiểu 10% kinh phí hoạt động thư viện hằng năm cho bổ sung tài liệu.

Bộ Văn hóa, Thể thao và Du lịch - 51 Ngô Quyền, Hoàn Kiếm, Hà Nội. Điện thoại: 024.3943.8231
"""

AS = P("tính đến 31/12/2024", None, "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
BD = "lượt bạn đọc"
RK = "số bản sách luân chuyển xuống cơ sở"

FIGS = [
    F("63 thư viện cấp tỉnh", "63", 63, "count", "thư viện cấp tỉnh", "thư viện cấp tỉnh", AS),
    F("611 thư viện", "611", 611, "count", "thư viện cấp huyện", "thư viện cấp huyện", AS),
    F("khoảng 7.900 thư viện", "7.900", 7900, "count", "thư viện, phòng đọc cấp xã", "thư viện, phòng đọc cấp xã", AS,
      approx="about"),
    F("trên 19.000 thư viện", "19.000", 19000, "count", "thư viện, tủ sách tư nhân",
      "thư viện, tủ sách tư nhân có phục vụ cộng đồng", AS, approx="over"),
    F("khoảng 38,5 triệu", "38,5", 38.5e6, "count", "lượt bạn đọc", "lượt bạn đọc các thư viện công cộng phục vụ", Y24,
      approx="about", change=C("increase", 7.2, baseline="năm 2023")),
    F("luân chuyển 71,2 triệu", "71,2", 71.2e6, "count", "lượt tài liệu", "lượt tài liệu luân chuyển", Y24),
    F("đạt 52,6 triệu bản", "52,6", 52.6e6, "count", "bản", "tổng vốn tài liệu", I(Y24)),
    F("có 3,1 triệu bản", "3,1", 3.1e6, "count", "bản", "tài liệu số", I(Y24), total=52.6e6),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ thư viện cấp tỉnh ứng dụng phần mềm quản lý thư viện", I(Y24)),
    F("đạt 68%", "68", 68, "percent", "%", "tỷ lệ thư viện cấp huyện ứng dụng phần mềm quản lý thư viện", I(Y24)),
    F("Hà Nội (2,9 triệu", "2,9", 2.9e6, "count", "lượt", BD, I(Y24), location="Hà Nội"),
    F("Minh (2,6 triệu", "2,6", 2.6e6, "count", "lượt", BD, I(Y24), location="TP Hồ Chí Minh"),
    F("Nghệ An (1,4 triệu", "1,4", 1.4e6, "count", "lượt", BD, I(Y24), location="Nghệ An"),
    F("xếp thứ 1, 2", "1", 1, "rank", "hạng", RK, I(Y24), location="Thanh Hóa"),
    F("thứ 1, 2 và", "2", 2, "rank", "hạng", RK, I(Y24), location="Nghệ An"),
    F("2 và 3.", "3", 3, "rank", "hạng", RK, I(Y24), location="Đắk Lắk"),
    F("phấn đấu 80%", "80", 80, "percent", "%", "thư viện cấp tỉnh có không gian đọc hiện đại", T25, status="target"),
    F("đạt 6 cuốn", "6", 6, "measure", "cuốn sách/người/năm", "bình quân sách đọc mỗi người mỗi năm", T30, status="target"),
    F("khoảng 30 xe", "30", 30, "count", "xe ô tô thư viện lưu động", "xe ô tô thư viện lưu động hỗ trợ các tỉnh miền núi",
      Y25, approx="about", status="forecast"),
    F("dự kiến 45 tỷ", "45", 45e9, "money", "đồng", "kinh phí hỗ trợ xe ô tô thư viện lưu động", Y25, status="forecast"),
    F("tối thiểu 10%", "10", 10, "percent", "%", "kinh phí hoạt động thư viện hằng năm dành cho bổ sung tài liệu",
      approx="at_least", status="target"),
]

NOTES = [
    "Ministry site (Bộ VHTTDL): national library system 2024. Dateline 'Ngày đăng: 14/03/2025'. National: location Việt Nam,",
    "except the province list items (Hà Nội, TP Hồ Chí Minh, Nghệ An) and the ranked provinces (Thanh Hóa, Nghệ An, Đắk Lắk).",
    "Distractors: 'Lượt xem: 2.118', 'giai đoạn 2021-2025, định hướng đến năm 2030' inside the scheme's name, 'Chỉ thị số 42-CT/TW',",
    "'51 Ngô Quyền', phone '024.3943.8231'. 'Thư viện Quốc gia Việt Nam' has no number (not counted).",
    "'3,1 triệu bản tài liệu số' follows 'trong đó có' after 52,6 triệu bản (same unit): total.",
    "'6 cuốn sách/người/năm' is a per-person rate: measure with the denominator in the unit; status target (đến năm 2030).",
    "'bố trí tối thiểu 10% kinh phí' is a requirement the ministry sets: status target, approx at_least.",
]

write("p1033-4", TEXT, NOTES, FIGS, published="2025-03-14", location="Việt Nam")
