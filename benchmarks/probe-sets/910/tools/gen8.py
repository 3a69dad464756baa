"""p910-8: Báo Bắc Giang online, headline figure, (BGĐT) tag, 2023 results."""
from lib import F, P, I, C, T, write

TEXT = """Bắc Giang: Sản xuất gần 700 triệu con cá giống
Cập nhật lúc 15:10, Thứ Ba, 16/01/2024

(BGĐT) - Năm 2023, toàn tỉnh sản xuất được gần 700 triệu con cá giống các loại, tăng 9% so với năm trước; trong đó cá bột đạt 520 triệu con, cá hương, cá giống 178 triệu con. Các huyện Yên Dũng, Lạng Giang, Lục Nam là những địa phương sản xuất giống lớn, lần lượt đạt 210, 165 và 120 triệu con.

Toàn tỉnh hiện có 35 cơ sở sản xuất giống và gần 400 hộ ương nuôi cá giống với tổng diện tích khoảng 620 ha. Nhiều cơ sở đã ứng dụng công nghệ sinh sản nhân tạo, ương cá rô phi đơn tính đạt tỷ lệ cá đực trên 95%.

Hợp tác xã Thủy sản Đồng Tâm (xã Tiến Dũng, huyện Yên Dũng) là một trong những đơn vị tiêu biểu. Mỗi năm, HTX cung ứng ra thị trường khoảng 30 triệu con giống, doanh thu trên 6 tỷ đồng, tạo việc làm cho 25 lao động với mức lương 7,5 triệu đồng/người/tháng. Giám đốc HTX cho biết, cá giống của đơn vị đã có mặt tại 12 tỉnh, thành phố phía Bắc.

Năm 2024, ngành nông nghiệp tỉnh phấn đấu sản xuất 750 triệu con cá giống, trong đó cá rô phi đơn tính chiếm khoảng 30%; mở rộng diện tích ương nuôi lên 650 ha. Theo Nghị quyết số 07/2023/NQ-HĐND, tỉnh hỗ trợ 50% kinh phí mua cá bố mẹ, tối đa 100 triệu đồng/cơ sở.

Ngọc Thúy
Từ khóa: cá giống, thủy sản, Yên Dũng
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Yên Dũng"
FIGS = [
    F("Sản xuất gần 700 triệu con cá giống", "700", 700e6, "count", "con", "cá giống sản xuất", approx="nearly"),
    F("được gần 700 triệu con", "700", 700e6, "count", "con", "cá giống các loại sản xuất", Y23, approx="nearly",
      change=C("increase", 9, "%", "năm trước")),
    F("đạt 520 triệu con", "520", 520e6, "count", "con", "cá bột", Y23, total=700e6),
    F("178 triệu con", "178", 178e6, "count", "con", "cá hương, cá giống", Y23, total=700e6),
    F("đạt 210,", "210", 210e6, "count", "con", "giống sản xuất", I(Y23), location="Yên Dũng"),
    F("210, 165", "165", 165e6, "count", "con", "giống sản xuất", I(Y23), location="Lạng Giang"),
    F("và 120 triệu con", "120", 120e6, "count", "con", "giống sản xuất", I(Y23), location="Lục Nam"),
    F("có 35 cơ sở", "35", 35, "count", "cơ sở", "cơ sở sản xuất giống"),
    F("gần 400 hộ", "400", 400, "count", "hộ", "hộ ương nuôi cá giống", approx="nearly"),
    F("khoảng 620 ha", "620", 620, "measure", "ha", "tổng diện tích ương nuôi cá giống", approx="about"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ cá đực khi ương cá rô phi đơn tính", approx="over"),
    F("khoảng 30 triệu con", "30", 30e6, "count", "con", "con giống HTX cung ứng mỗi năm", approx="about", location=HTX),
    F("trên 6 tỷ đồng", "6", 6e9, "money", "đồng", "doanh thu", approx="over", location=HTX),
    F("cho 25 lao động", "25", 25, "count", "lao động", "lao động có việc làm", location=HTX),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "mức lương", location=HTX),
    F("tại 12 tỉnh", "12", 12, "count", "tỉnh, thành phố", "tỉnh, thành phố có cá giống của HTX", location="Việt Nam"),
    F("sản xuất 750 triệu con", "750", 750e6, "count", "con", "cá giống sản xuất", Y24, status="target"),
    F("khoảng 30%", "30", 30, "percent", "%", "tỷ trọng cá rô phi đơn tính", Y24, approx="about", status="target"),
    F("lên 650 ha", "650", 650, "measure", "ha", "diện tích ương nuôi", Y24, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua cá bố mẹ"),
    F("tối đa 100 triệu đồng/cơ sở", "100", 100e6, "money", "đồng/cơ sở", "mức hỗ trợ kinh phí mua cá bố mẹ",
      approx="at_most"),
]

NOTES = [
    "Báo Bắc Giang online: headline figure 'gần 700 triệu con cá giống' (no year in the headline), 'Cập nhật lúc 15:10, Thứ Ba,",
    "16/01/2024', tag '(BGĐT) -'. Distractors: 15:10, Thứ Ba, Nghị quyết số 07/2023/NQ-HĐND, xã Tiến Dũng, (BGĐT) tag.",
    "Headline has no period phrase (the year only follows in the lead): no period recorded for the headline figure.",
    "'lần lượt đạt 210, 165 và 120 triệu con': triệu applies to all three items; each district is the location.",
    "'trong đó cá bột đạt 520 triệu con, cá hương, cá giống 178 triệu con' -> parts of the 700 triệu (they add to 698).",
    "The HTX figures describe a cooperative in huyện Yên Dũng: location Yên Dũng. '12 tỉnh, thành phố' is a count of provinces: location Việt Nam (FIGURES.md).",
    "'chiếm khoảng 30%' after 'trong đó' inside the target clause: a percent figure with status target.",
]

write("p910-8", TEXT, FIGS, NOTES, published="2024-01-16", location="Bắc Giang")
