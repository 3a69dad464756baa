"""p1146-1: Đồng Nai province portal, 9 months 2024: animals slaughtered under inspection, facilities, inspectors."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Đồng Nai: Kiểm soát giết mổ hơn 1,1 triệu con lợn trong 9 tháng

Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.418

(dongnai.gov.vn) - 9 tháng đầu năm 2024, các cơ sở giết mổ tập trung trên địa bàn tỉnh Đồng Nai đã giết mổ 1.126.540 con lợn, đạt 76,4% kế hoạch năm, tăng 6,8% so với cùng kỳ năm 2023, và 38.215 con trâu, bò. Toàn bộ sản phẩm đều được cán bộ thú y kiểm tra, đóng dấu trước khi đưa ra thị trường.

Hiện toàn tỉnh có 41 cơ sở giết mổ gia súc tập trung, trong đó 29 cơ sở giết mổ lợn, 8 cơ sở giết mổ trâu, bò và 4 cơ sở giết mổ hỗn hợp. Công suất giết mổ bình quân mỗi đêm khoảng 4.200 con lợn; riêng trâu, bò 140 con. Các cơ sở tập trung chủ yếu tại TP Biên Hòa (11 cơ sở), huyện Trảng Bom (7 cơ sở) và huyện Thống Nhất (6 cơ sở).

Chi cục Chăn nuôi và Thú y đã bố trí 126 nhân viên kiểm soát giết mổ, mỗi cơ sở từ 2 đến 4 người trực ca đêm, từ 22 giờ đến 5 giờ sáng hôm sau. Mức hỗ trợ cho nhân viên kiểm soát giết mổ là 1,5 triệu đồng/người/tháng theo Nghị quyết số 18/2023/NQ-HĐND của HĐND tỉnh.

Trong 9 tháng, lực lượng thú y phát hiện 23 trường hợp vi phạm, tịch thu, tiêu hủy gần 2,4 tấn thịt và phủ tạng không bảo đảm vệ sinh thú y, xử phạt vi phạm hành chính 312 triệu đồng. Đoàn kiểm tra liên ngành cũng đã xóa bỏ 15 điểm giết mổ nhỏ lẻ trái phép trong khu dân cư.

Năm 2025, tỉnh phấn đấu 100% gia súc được giết mổ tại cơ sở tập trung, có ít nhất 3 cơ sở giết mổ công nghiệp công suất trên 1.000 con lợn/đêm.
"""

HEAD = P("trong 9 tháng", "2024-01-01", "2024-09-30")
NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE2 = P("Trong 9 tháng", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("hơn 1,1 triệu con lợn", "1,1", 1100000, "count", "con lợn", approx="over",
      subject="lợn được kiểm soát giết mổ", period=HEAD),
    F("giết mổ 1.126.540 con lợn", "1.126.540", 1126540, "count", "con lợn", percent=76.4,
      change=C("increase", 6.8, "%", "cùng kỳ năm 2023"),
      subject="lợn giết mổ tại các cơ sở giết mổ tập trung", period=NINE),
    F("38.215 con trâu, bò", "38.215", 38215, "count", "con trâu, bò",
      subject="trâu, bò giết mổ tại các cơ sở giết mổ tập trung", period=NINE),
    F("có 41 cơ sở", "41", 41, "count", "cơ sở", subject="cơ sở giết mổ gia súc tập trung"),
    F("29 cơ sở giết mổ lợn", "29", 29, "count", "cơ sở", total=41, subject="cơ sở giết mổ lợn"),
    F("8 cơ sở giết mổ trâu", "8", 8, "count", "cơ sở", total=41, subject="cơ sở giết mổ trâu, bò"),
    F("4 cơ sở giết mổ hỗn hợp", "4", 4, "count", "cơ sở", total=41, subject="cơ sở giết mổ hỗn hợp"),
    F("khoảng 4.200 con lợn", "4.200", 4200, "measure", "con lợn/đêm", approx="about",
      subject="công suất giết mổ lợn bình quân mỗi đêm"),
    F("trâu, bò 140 con", "140", 140, "measure", "con/đêm",
      subject="công suất giết mổ trâu, bò bình quân mỗi đêm"),
    F("Biên Hòa (11 cơ sở)", "11", 11, "count", "cơ sở", subject="cơ sở giết mổ gia súc tập trung",
      location="Biên Hòa"),
    F("Trảng Bom (7 cơ sở)", "7", 7, "count", "cơ sở", subject="cơ sở giết mổ gia súc tập trung",
      location="Trảng Bom"),
    F("Thống Nhất (6 cơ sở)", "6", 6, "count", "cơ sở", subject="cơ sở giết mổ gia súc tập trung",
      location="Thống Nhất"),
    F("bố trí 126 nhân viên", "126", 126, "count", "nhân viên", subject="nhân viên kiểm soát giết mổ"),
    F("từ 2 đến 4 người", "2", 2, "measure", "người/cơ sở", value_max=4,
      subject="người trực ca đêm mỗi cơ sở"),
    F("1,5 triệu đồng/người/tháng", "1,5", 1500000, "money", "đồng/người/tháng",
      subject="mức hỗ trợ cho nhân viên kiểm soát giết mổ"),
    F("phát hiện 23 trường hợp", "23", 23, "count", "trường hợp", subject="trường hợp vi phạm", period=NINE2),
    F("gần 2,4 tấn", "2,4", 2.4, "measure", "tấn", approx="nearly",
      subject="thịt và phủ tạng không bảo đảm vệ sinh thú y bị tịch thu, tiêu hủy", period=NINE2),
    F("hành chính 312 triệu đồng", "312", 312000000, "money", "đồng",
      subject="tiền xử phạt vi phạm hành chính", period=NINE2),
    F("xóa bỏ 15 điểm", "15", 15, "count", "điểm",
      subject="điểm giết mổ nhỏ lẻ trái phép bị xóa bỏ", period=I(NINE2)),
    F("phấn đấu 100% gia súc", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ gia súc được giết mổ tại cơ sở tập trung", period=Y25),
    F("ít nhất 3 cơ sở", "3", 3, "count", "cơ sở", approx="at_least", status="target",
      subject="cơ sở giết mổ công nghiệp công suất trên 1.000 con lợn/đêm", period=Y25),
    F("trên 1.000 con lợn/đêm", "1.000", 1000, "measure", "con lợn/đêm", approx="over",
      status="target", optional=True, subject="công suất cơ sở giết mổ công nghiệp", period=Y25),
]

NOTES = [
    "Province portal (Đồng Nai): slaughter under inspection, 9 months 2024. Breadcrumb, 'Cập nhật: 08/10/2024 15:20 | Lượt xem: 2.418'.",
    "Distractors: view counter 2.418, times 15:20 / 22 giờ / 5 giờ sáng, Nghị quyết số 18/2023/NQ-HĐND.",
    "Headline 'trong 9 tháng' has no year: year of published (2024; nothing dated stands before it).",
    "Parts 29 + 8 + 4 = 41 after 'trong đó'. District list 11 + 7 + 6 != 41 ('tập trung chủ yếu tại'): no total.",
    "Per-night capacities and staff per facility are rates (measure, denominator in unit).",
    "'trên 1.000 con lợn/đêm' defines the kind of facility targeted: optional.",
]

if __name__ == "__main__":
    write("p1146-1", TEXT, NOTES, FIGS, published="2024-10-08", location="Đồng Nai")
