"""p909-1: province portal, Tuyên Quang, 6 months 2024."""
from lib import F, P, I, CH, TG, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Tuyên Quang: Phong trào văn nghệ quần chúng lan tỏa đến từng thôn, bản
Cập nhật: 14/08/2024 09:45 | Lượt xem: 2.316

Theo Sở Văn hóa, Thể thao và Du lịch, tính đến ngày 30/6/2024, toàn tỉnh có 2.146 đội văn nghệ quần chúng, tăng 87 đội so với cuối năm 2023; trong đó có 1.312 đội văn nghệ thôn, tổ dân phố và 834 đội của cơ quan, trường học, doanh nghiệp. Các đội thu hút gần 38.500 thành viên tham gia, bình quân khoảng 18 thành viên/đội. Số đội văn nghệ hiện gấp 1,6 lần so với năm 2015.

Trong 6 tháng đầu năm, các đội đã dàn dựng 4.820 tiết mục mới, tổ chức hơn 6.300 buổi biểu diễn phục vụ nhân dân, tăng 12,4% so với cùng kỳ năm 2023, thu hút khoảng 1,2 triệu lượt người xem. Riêng dịp Tết Nguyên đán Giáp Thìn, các đội biểu diễn 1.450 buổi, chiếm 23% tổng số buổi biểu diễn.

Tỉnh đã tổ chức thành công Liên hoan văn nghệ quần chúng lần thứ VII với 42 đội, 860 diễn viên, nghệ nhân của 7 huyện, thành phố tham gia. Ban tổ chức trao 6 giải A, 10 giải B và 14 giải C cho các tiết mục; đoàn huyện Lâm Bình xếp thứ nhất toàn đoàn.

Kinh phí hỗ trợ hoạt động văn nghệ cơ sở trong 6 tháng ước đạt 3,6 tỷ đồng, trong đó ngân sách tỉnh 1,4 tỷ đồng, còn lại từ ngân sách huyện và xã hội hóa. Mức hỗ trợ mua sắm trang phục, đạo cụ theo Nghị quyết số 12/2022/NQ-HĐND là 5 triệu đồng/đội/năm.

Mục tiêu đến năm 2025, 100% thôn, tổ dân phố có đội văn nghệ hoạt động thường xuyên và ít nhất 70% xã, phường, thị trấn có câu lạc bộ dân ca các dân tộc. Hiện các tỷ lệ này lần lượt đạt 96,8% và 61,5%.
"""

ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1b = P("trong 6 tháng", "2024-01-01", "2024-06-30")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 2.146 đội văn nghệ", "2.146", 2146, "count", "đội văn nghệ",
      "đội văn nghệ quần chúng", ASOF, change=CH("increase", 87, "đội", "cuối năm 2023")),
    F("có 1.312 đội văn nghệ", "1.312", 1312, "count", "đội văn nghệ",
      "đội văn nghệ thôn, tổ dân phố", ASOF, total=2146),
    F("và 834 đội của", "834", 834, "count", "đội",
      "đội văn nghệ của cơ quan, trường học, doanh nghiệp", ASOF, total=2146),
    F("gần 38.500 thành viên", "38.500", 38500, "count", "thành viên",
      "thành viên tham gia đội văn nghệ", I(ASOF), approx="nearly"),
    F("khoảng 18 thành viên/đội", "18", 18, "measure", "thành viên/đội",
      "thành viên bình quân mỗi đội văn nghệ", I(ASOF), approx="about"),
    F("gấp 1,6 lần", "1,6", 1.6, "multiple", "lần",
      "số đội văn nghệ so với năm 2015"),
    F("dàn dựng 4.820 tiết mục", "4.820", 4820, "count", "tiết mục",
      "tiết mục mới được dàn dựng", H1),
    F("hơn 6.300 buổi", "6.300", 6300, "count", "buổi",
      "buổi biểu diễn phục vụ nhân dân", H1, approx="over",
      change=CH("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("khoảng 1,2 triệu lượt", "1,2", 1200000, "count", "lượt người xem",
      "lượt người xem biểu diễn văn nghệ", H1, approx="about"),
    F("biểu diễn 1.450 buổi", "1.450", 1450, "count", "buổi",
      "buổi biểu diễn dịp Tết Nguyên đán Giáp Thìn", percent=23),
    F("với 42 đội", "42", 42, "count", "đội",
      "đội tham gia Liên hoan văn nghệ quần chúng"),
    F("860 diễn viên", "860", 860, "count", "diễn viên",
      "diễn viên, nghệ nhân tham gia Liên hoan văn nghệ quần chúng"),
    F("của 7 huyện", "7", 7, "count", "huyện, thành phố",
      "huyện, thành phố tham gia Liên hoan văn nghệ quần chúng"),
    F("trao 6 giải A", "6", 6, "count", "giải A", "giải A Liên hoan văn nghệ quần chúng"),
    F("10 giải B", "10", 10, "count", "giải B", "giải B Liên hoan văn nghệ quần chúng"),
    F("14 giải C", "14", 14, "count", "giải C", "giải C Liên hoan văn nghệ quần chúng"),
    F("xếp thứ nhất toàn đoàn", "nhất", 1, "rank", "hạng",
      "xếp hạng toàn đoàn Liên hoan văn nghệ quần chúng", location="Lâm Bình"),
    F("ước đạt 3,6 tỷ đồng", "3,6", 3.6e9, "money", "đồng",
      "kinh phí hỗ trợ hoạt động văn nghệ cơ sở", H1b, status="estimate"),
    F("ngân sách tỉnh 1,4 tỷ đồng", "1,4", 1.4e9, "money", "đồng",
      "kinh phí hỗ trợ hoạt động văn nghệ cơ sở từ ngân sách tỉnh", H1b, total=3.6e9, status="estimate"),
    F("là 5 triệu đồng/đội/năm", "5", 5e6, "money", "đồng/đội/năm",
      "mức hỗ trợ mua sắm trang phục, đạo cụ"),
    F("năm 2025, 100% thôn", "100", 100, "percent", "%",
      "thôn, tổ dân phố có đội văn nghệ hoạt động thường xuyên", T25, status="target"),
    F("ít nhất 70% xã", "70", 70, "percent", "%",
      "xã, phường, thị trấn có câu lạc bộ dân ca các dân tộc", T25, approx="at_least", status="target"),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%",
      "thôn, tổ dân phố có đội văn nghệ hoạt động thường xuyên"),
    F("và 61,5%", "61,5", 61.5, "percent", "%",
      "xã, phường, thị trấn có câu lạc bộ dân ca các dân tộc"),
]

NOTES = [
    "Tuyên Quang province portal: troupes as of 30/6/2024 (trong đó parts), H1/2024 performances, festival prizes, funding, 2025 targets.",
    "1.312 + 834 = 2.146 (trong đó parts). 'chiếm 23% tổng số buổi biểu diễn' gives percent 23 but no number for a total.",
    "'gấp 1,6 lần so với năm 2015' has no base amount in its sentence: a multiple figure. 'xếp thứ nhất' = rank 1 (number word).",
    "'trong đó ngân sách tỉnh 1,4 tỷ' continues the 'ước đạt' clause: estimate. Tết Giáp Thìn gives no period phrase.",
    "'Hiện ... lần lượt đạt 96,8% và 61,5%': current rates, no period. Distractors: Lượt xem 2.316, lần thứ VII, Nghị quyết số 12/2022/NQ-HĐND.",
]

if __name__ == "__main__":
    write("p909-1", TEXT, FIGS, NOTES, published="2024-08-14", location="Tuyên Quang")
