"""p690-8: provincial newspaper (Báo Hải Dương style, byline + time, date) — Chu Đậu ceramics, Q1/2024."""
from lib import F, P, I, CH, emit

TEXT = """Báo Hải Dương điện tử
Kinh tế

Gốm Chu Đậu quý I xuất khẩu hơn 85.000 sản phẩm
THANH HUYỀN 07:12, 02/04/2024

Quý I/2024, Công ty CP Gốm Chu Đậu và các cơ sở gốm tại xã Thái Tân (Nam Sách) sản xuất khoảng 210.000 sản phẩm, tăng 18% so với cùng kỳ; trong đó xuất khẩu hơn 85.000 sản phẩm sang Nhật Bản, Đức, Mỹ và Bỉ. Doanh thu quý I ước đạt 19,5 tỷ đồng, đạt 22,8% kế hoạch năm; trong đó doanh thu xuất khẩu 8,7 tỷ đồng. Trong quý I, làng gốm đón khoảng 6.200 lượt khách tham quan, trải nghiệm, trong đó 1.100 lượt khách quốc tế.

Hiện làng gốm có 16 cơ sở sản xuất với khoảng 650 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng. Giá bán một bộ ấm chén men lam từ 1,2 đến 3,5 triệu đồng/bộ, bình hoa cỡ lớn có giá trên 40 triệu đồng. Khu lò nung cổ nằm cạnh Quốc lộ 37.

Dòng gốm hoa lam Chu Đậu phát triển rực rỡ vào thế kỷ XV-XVI và được phục hồi từ năm 2001, sau cuộc khai quật khảo cổ lần thứ 4 tại di chỉ. Năm 2023, huyện Nam Sách có 9 sản phẩm gốm được công nhận OCOP, trong đó 2 sản phẩm đạt 5 sao.

Dự kiến đến năm 2025, huyện Nam Sách đầu tư 45 tỷ đồng xây dựng khu trưng bày, bảo tàng gốm Chu Đậu trên diện tích 3,2 ha, phục vụ khoảng 50.000 lượt khách mỗi năm.

Báo Hải Dương - Địa chỉ: số 10 Đại lộ Hồ Chí Minh, TP Hải Dương. Điện thoại: 0220.3853.146
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1b = P("quý I", "2024-01-01", "2024-03-31")
T25 = P("đến năm 2025", end="2025-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("hơn 85.000 sản phẩm\n", "85.000", 85000, "count", "sản phẩm", "sản phẩm gốm Chu Đậu xuất khẩu",
      P("quý I", "2024-01-01", "2024-03-31"), approx="over"),
    F("khoảng 210.000 sản phẩm", "210.000", 210000, "count", "sản phẩm", "sản phẩm gốm sản xuất", Q1,
      approx="about", change=CH("increase", 18, "%", "cùng kỳ")),
    F("hơn 85.000 sản phẩm sang", "85.000", 85000, "count", "sản phẩm", "sản phẩm gốm xuất khẩu", Q1,
      approx="over", total=210000),
    F("đạt 19,5 tỷ", "19,5", 19500000000, "money", "đồng", "doanh thu", Q1b, percent=22.8, status="estimate"),
    F("khẩu 8,7 tỷ", "8,7", 8700000000, "money", "đồng", "doanh thu xuất khẩu", Q1b, total=19500000000,
      status="estimate"),
    F("khoảng 6.200 lượt", "6.200", 6200, "count", "lượt khách", "khách tham quan, trải nghiệm làng gốm",
      P("Trong quý I", "2024-01-01", "2024-03-31"), approx="about"),
    F("đó 1.100 lượt", "1.100", 1100, "count", "lượt khách", "khách quốc tế", P("Trong quý I", "2024-01-01", "2024-03-31"),
      total=6200),
    F("có 16 cơ sở", "16", 16, "count", "cơ sở", "cơ sở sản xuất gốm"),
    F("khoảng 650 lao động", "650", 650, "count", "lao động", "lao động làng gốm", approx="about"),
    F("bình quân 7,2 triệu", "7,2", 7200000, "money", "đồng/người/tháng", "thu nhập bình quân"),
    F("từ 1,2 đến 3,5 triệu", "1,2", 1200000, "money", "đồng/bộ", "giá bán một bộ ấm chén men lam", value_max=3500000),
    F("trên 40 triệu", "40", 40000000, "money", "đồng", "giá bình hoa cỡ lớn", approx="over"),
    F("có 9 sản phẩm", "9", 9, "count", "sản phẩm", "sản phẩm gốm được công nhận OCOP", Y23),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm gốm OCOP đạt 5 sao", Y23, total=9),
    F("tư 45 tỷ", "45", 45000000000, "money", "đồng", "vốn đầu tư xây dựng khu trưng bày, bảo tàng gốm Chu Đậu", T25,
      status="forecast"),
    F("diện tích 3,2 ha", "3,2", 3.2, "measure", "ha", "diện tích khu trưng bày, bảo tàng gốm Chu Đậu", T25,
      status="forecast"),
    F("khoảng 50.000 lượt", "50.000", 50000, "count", "lượt khách", "lượt khách được phục vụ mỗi năm", T25,
      approx="about", status="forecast"),
]

COMMENTS = [
    "Báo Hải Dương (invented): Chu Đậu ceramics, xã Thái Tân, huyện Nam Sách, Q1/2024; byline + time + date 'THANH HUYỀN 07:12, 02/04/2024'.",
    "Figures are Nam Sách's (district named in lead and later); export markets are not places. 'ước' governs the revenue clause and",
    "its 'trong đó' continuation. 'Dự kiến đến năm 2025' -> forecast for all three figures of the sentence.",
    "Distractors: 'Quốc lộ 37', 'thế kỷ XV-XVI', 'năm 2001', 'lần thứ 4', 'đạt 5 sao', 'số 10 Đại lộ Hồ Chí Minh', phone.",
]

emit("p690-8", TEXT, COMMENTS, FIGS, published="2024-04-02", location="Nam Sách")
