from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUẢNG PHÚ - HUYỆN QUẢNG TRẠCH - TỈNH QUẢNG BÌNH
Trang chủ / Tin hoạt động
Ngày đăng: 05/01/2024 08:12

Đài truyền thanh xã tổng kết hoạt động năm 2023

Sáng 04/01, Đài truyền thanh xã Quảng Phú tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.

Năm 2023, Đài đã tiếp sóng Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình Quảng Bình với tổng thời lượng 1.095 giờ; tự sản xuất và phát 412 tin, bài, tăng 57 tin, bài so với năm 2022, đạt 103% kế hoạch. Trong đó có 156 tin về xây dựng nông thôn mới, 98 tin về phòng, chống thiên tai, 74 tin về an ninh trật tự và 84 tin, bài thuộc các lĩnh vực khác.

Hệ thống truyền thanh của xã hiện có 23 cụm loa IP tại 11 thôn; riêng thôn Tân Sơn có 4 cụm do địa bàn rộng. Đài có 2 cán bộ phụ trách, trong đó 1 người hưởng phụ cấp 1.260.000 đồng/tháng.

Trong đợt ứng phó bão số 4 (tháng 9/2023), Đài đã phát 36 bản tin cảnh báo, góp phần sơ tán an toàn 214 hộ dân vùng trũng thấp ven sông Gianh.

Năm 2024, Đài phấn đấu sản xuất ít nhất 420 tin, bài và lắp thêm 5 cụm loa cho các khu dân cư mới; kinh phí dự kiến 85 triệu đồng.

Dịp này, UBND xã đã tặng Giấy khen cho 3 cộng tác viên có nhiều tin, bài chất lượng.

Bộ phận Văn hóa - Thông tin xã Quảng Phú
Địa chỉ: Thôn Phú Trịch, xã Quảng Phú. Điện thoại: 0232.3512.068
Lượt truy cập: 86.540
"""

y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
t9 = P("tháng 9/2023", "2023-09-01", "2023-09-30")
y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("lượng 1.095 giờ", "1.095", 1095, "measure", "giờ", "tổng thời lượng tiếp sóng", y23),
    F("phát 412 tin", "412", 412, "count", "tin, bài", "tin, bài tự sản xuất và phát", y23, percent=103,
      change=CH("increase", 57, "tin, bài", "năm 2022")),
    F("có 156 tin", "156", 156, "count", "tin", "tin về xây dựng nông thôn mới", I(y23), total=412),
    F("98 tin", "98", 98, "count", "tin", "tin về phòng, chống thiên tai", I(y23), total=412),
    F("74 tin", "74", 74, "count", "tin", "tin về an ninh trật tự", I(y23), total=412),
    F("84 tin", "84", 84, "count", "tin, bài", "tin, bài thuộc các lĩnh vực khác", I(y23), total=412),
    F("có 23 cụm", "23", 23, "count", "cụm loa", "cụm loa IP"),
    F("tại 11 thôn", "11", 11, "count", "thôn", "thôn có cụm loa IP"),
    F("có 4 cụm", "4", 4, "count", "cụm", "cụm loa thôn Tân Sơn"),
    F("có 2 cán bộ", "2", 2, "count", "cán bộ", "cán bộ phụ trách đài"),
    F("đó 1 người", "1", 1, "count", "người", "cán bộ hưởng phụ cấp", total=2),
    F("1.260.000", "1.260.000", 1260000, "money", "đồng/tháng", "phụ cấp"),
    F("phát 36 bản", "36", 36, "count", "bản tin", "bản tin cảnh báo", t9),
    F("214 hộ", "214", 214, "count", "hộ dân", "hộ dân vùng trũng thấp được sơ tán an toàn", t9),
    F("ít nhất 420", "420", 420, "count", "tin, bài", "tin, bài sản xuất", y24, approx="at_least", status="target"),
    F("thêm 5 cụm", "5", 5, "count", "cụm loa", "cụm loa lắp thêm cho các khu dân cư mới", y24, status="target"),
    F("dự kiến 85 triệu", "85", 85e6, "money", "đồng", "kinh phí lắp thêm cụm loa", y24, status="forecast"),
    F("cho 3 cộng tác viên", "3", 3, "count", "cộng tác viên", "cộng tác viên được tặng Giấy khen"),
]

emit("p657-8", TEXT, [
    "Commune portal (xã Quảng Phú, huyện Quảng Trạch, Quảng Bình), `Ngày đăng: 05/01/2024 08:12`, visit counter in the footer: the commune",
    "radio station's 2023 review. Location = the district Quảng Trạch (FIGURES.md names province, city or district; the commune lies in it).",
    "Distractors: `Sáng 04/01` (date), `bão số 4` (storm name), `Thôn Phú Trịch`, phone 0232.3512.068, `Lượt truy cập: 86.540`.",
    "412 tin, bài carries change +57 tin, bài (baseline năm 2022) and percent 103 (`đạt 103% kế hoạch`); the four topic counts add up to 412",
    "(`Trong đó` after a sentence break). `phấn đấu` continues over `và lắp thêm 5 cụm loa` (target); `kinh phí dự kiến` -> forecast.",
], FIGS, published="2024-01-05", location="Quảng Trạch")
