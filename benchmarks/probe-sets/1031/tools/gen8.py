"""p1031-8: provincial newspaper online (Báo Kiên Giang, '(BKG) -'), 9 months 2024, headline figure."""
from lib import F, P, C, T, I, write

TEXT = """BÁO KIÊN GIANG ĐIỆN TỬ
Kinh tế > Nông nghiệp

9 tháng, Kiên Giang thu gom hơn 1,6 triệu tấn rơm rạ

Cập nhật lúc 15:40, Thứ ba, 08/10/2024

(BKG) - 9 tháng đầu năm 2024, toàn tỉnh thu hoạch 586.400 ha lúa, lượng rơm được thu gom ước đạt hơn 1,6 triệu tấn, chiếm 41,3% lượng rơm phát sinh, tăng 18,2% so với cùng kỳ năm 2023.

Trong đó, vụ Đông Xuân 2023-2024 thu gom 982.000 tấn, vụ Hè Thu 2024 thu gom 641.000 tấn. Các huyện có lượng rơm thu gom lớn là Giồng Riềng, Gò Quao và Tân Hiệp, lần lượt đạt 245.000 tấn, 198.000 tấn và 176.000 tấn.

Toàn tỉnh hiện có 1.146 máy cuộn rơm, trong đó 214 máy được đầu tư mới từ đầu năm; bình quân mỗi máy cuộn 120-150 ha/vụ. Giá rơm cuộn tại ruộng 25.000-30.000 đồng/cuộn, có thời điểm lên 35.000 đồng/cuộn do nhu cầu trồng nấm tăng.

Rơm được bán nhiều cho các cơ sở trồng nấm ở Cần Thơ, Đồng Tháp, An Giang và các trang trại bò ở Long An. Nhờ bán rơm, người trồng lúa có thêm thu nhập 2-2,5 triệu đồng/ha, gấp đôi so với 3 năm trước.

Ông Trần Văn Sáu, Phó Giám đốc Sở Nông nghiệp và PTNT, cho biết tỉnh đặt mục tiêu đến năm 2025 thu gom 50% lượng rơm rạ, riêng vùng lúa chất lượng cao tham gia Đề án 1 triệu ha đạt 100%. Dự kiến quý IV/2024, toàn tỉnh thu gom thêm khoảng 350.000 tấn rơm từ vụ Thu Đông.

THU OANH
"""

M9 = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
TO25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thu gom hơn 1,6 triệu tấn rơm rạ", "1,6", 1600000, "measure", "tấn", "rơm rạ thu gom", approx="over",
      period=P("9 tháng", "2024-01-01", "2024-09-30")),
    F("thu hoạch 586.400 ha", "586.400", 586400, "measure", "ha", "diện tích lúa thu hoạch", period=M9),
    F("ước đạt hơn 1,6 triệu tấn", "1,6", 1600000, "measure", "tấn", "lượng rơm được thu gom", approx="over",
      percent=41.3, change=C("increase", 18.2, "%", "cùng kỳ năm 2023"), status="estimate", period=M9),
    F("thu gom 982.000 tấn", "982.000", 982000, "measure", "tấn", "rơm thu gom vụ Đông Xuân 2023-2024",
      total=1600000, period=I(M9)),
    F("thu gom 641.000 tấn", "641.000", 641000, "measure", "tấn", "rơm thu gom vụ Hè Thu 2024", total=1600000,
      period=I(M9)),
    F("đạt 245.000 tấn", "245.000", 245000, "measure", "tấn", "lượng rơm thu gom", period=I(M9),
      location="Giồng Riềng"),
    F("198.000 tấn", "198.000", 198000, "measure", "tấn", "lượng rơm thu gom", period=I(M9), location="Gò Quao"),
    F("176.000 tấn", "176.000", 176000, "measure", "tấn", "lượng rơm thu gom", period=I(M9), location="Tân Hiệp"),
    F("1.146 máy cuộn rơm", "1.146", 1146, "count", "máy cuộn rơm", "máy cuộn rơm"),
    F("214 máy", "214", 214, "count", "máy", "máy cuộn rơm được đầu tư mới", total=1146,
      period=P("từ đầu năm", "2024-01-01", "2024-10-08")),
    F("120-150 ha/vụ", "120", 120, "measure", "ha/vụ", "diện tích mỗi máy cuộn bình quân", value_max=150),
    F("25.000-30.000 đồng/cuộn", "25.000", 25000, "money", "đồng/cuộn", "giá rơm cuộn tại ruộng", value_max=30000),
    F("lên 35.000 đồng/cuộn", "35.000", 35000, "money", "đồng/cuộn", "giá rơm cuộn tại ruộng có thời điểm"),
    F("2-2,5 triệu đồng/ha", "2", 2000000, "money", "đồng/ha", "thu nhập thêm của người trồng lúa nhờ bán rơm",
      value_max=2500000, change=C("increase", 2, "lần", "3 năm trước")),
    F("thu gom 50%", "50", 50, "percent", "%", "lượng rơm rạ thu gom", status="target", period=TO25),
    F("Đề án 1 triệu ha", "1", 1000000, "measure", "ha", "diện tích lúa chất lượng cao của Đề án", status="target",
      optional=True),
    F("đạt 100%", "100", 100, "percent", "%", "rơm rạ thu gom ở vùng lúa chất lượng cao tham gia Đề án",
      status="target", period=TO25),
    F("khoảng 350.000 tấn", "350.000", 350000, "measure", "tấn", "rơm thu gom thêm từ vụ Thu Đông",
      approx="about", status="forecast", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
]

NOTES = [
    "Báo Kiên Giang điện tử, tag '(BKG) -', 'Cập nhật lúc 15:40, Thứ ba, 08/10/2024': rơm rạ thu gom 9 tháng 2024; byline THU OANH.",
    "Headline '9 tháng' takes 2024 (published; nothing dated before it). 'Trong đó' after a sentence break: the two seasons' tonnage",
    "are parts of the 1,6 triệu tấn (total 1600000, even though their sum 1.623.000 shows the whole is rounded 'hơn').",
    "Ranked districts with 'lần lượt': location each, no total. 'từ đầu năm' runs from 1/1/2024 to the published date.",
    "Buyers in Cần Thơ, Đồng Tháp, An Giang, Long An are not the place of the next figure (Kiên Giang). 'gấp đôi so với 3 năm trước' is",
    "the change (2 lần) of the income figure; '3 năm trước' only a baseline. 'Đề án 1 triệu ha' is a name stating a target area: optional.",
    "Not figures: '15:40', 'Thứ ba', 'quý IV/2024' (period), 'Trần Văn Sáu', 'vụ Đông Xuân 2023-2024', 'vụ Hè Thu 2024'.",
]

write("p1031-8", TEXT, FIGS, NOTES, published="2024-10-08", location="Kiên Giang")
