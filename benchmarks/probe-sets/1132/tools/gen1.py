"""p1132-1: Nghệ An province portal: heritage trees recognised in 9 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Nghệ An có thêm 47 cây được công nhận Cây Di sản Việt Nam

Cập nhật: 27/09/2024 14:20 | Lượt xem: 2.418

(nghean.gov.vn) - 9 tháng đầu năm 2024, Hội Bảo vệ thiên nhiên và môi trường Việt Nam đã công nhận 47 cây trên địa bàn tỉnh Nghệ An là Cây Di sản Việt Nam, tăng 15 cây so với cùng kỳ năm 2023. Trong đó, có 29 cây đơn lẻ và 18 cây thuộc 3 quần thể.

Như vậy, tính đến ngày 15/9/2024, toàn tỉnh có 312 cây di sản thuộc 24 loài, phân bố tại 17/21 huyện, thành phố, thị xã. Cây di sản tập trung chủ yếu tại huyện Quỳ Châu (58 cây), Con Cuông (41 cây) và Thanh Chương (36 cây). Phần lớn là các loài đa, si, đề, lim xanh, sến, táu, có tuổi từ 200 đến 800 năm.

Tại xã Châu Tiến (huyện Quỳ Châu), quần thể 9 cây lim xanh ở bản Bai có tuổi khoảng 350 năm; cây lớn nhất có chu vi thân 5,2 m, cao khoảng 30 m. Người dân trong bản đã lập quy ước bảo vệ và giao cho 12 hộ thay nhau trông coi. Đây là lần thứ 5 xã Châu Tiến có cây được công nhận.

Năm 2024, tỉnh bố trí hơn 1,6 tỷ đồng để hỗ trợ chăm sóc, làm hàng rào, gắn biển cho các cây di sản, bình quân 5 triệu đồng/cây. Việc lập hồ sơ thực hiện theo Hướng dẫn số 25/HD-HBVTN của Hội Bảo vệ thiên nhiên và môi trường Việt Nam.

Giai đoạn 2025-2030, tỉnh phấn đấu đề nghị công nhận thêm ít nhất 100 cây di sản, trong đó khoảng 30% là các loài cây bản địa quý hiếm như lim xanh, sến mật, pơ mu.
"""

NINE = P("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
ASOF = P("tính đến ngày 15/9/2024", None, "2024-09-15")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
G = P("Giai đoạn 2025-2030", "2025-01-01", "2030-12-31")
HERIT = "cây di sản"
LIMSUBJ = "quần thể lim xanh ở bản Bai"

FIGS = [
    F("thêm 47 cây", "47", 47, "count", "cây", subject="cây được công nhận Cây Di sản Việt Nam"),
    F("công nhận 47 cây", "47", 47, "count", "cây",
      change=C("increase", 15, "cây", "cùng kỳ năm 2023"),
      subject="cây được công nhận là Cây Di sản Việt Nam", period=NINE),
    F("có 29 cây đơn lẻ", "29", 29, "count", "cây", total=47,
      subject="cây di sản đơn lẻ", period=I(NINE)),
    F("18 cây thuộc", "18", 18, "count", "cây", total=47,
      subject="cây di sản thuộc quần thể", period=I(NINE)),
    F("thuộc 3 quần thể", "3", 3, "count", "quần thể", subject="quần thể cây di sản", period=I(NINE)),
    F("có 312 cây", "312", 312, "count", "cây", subject="cây di sản", period=ASOF),
    F("thuộc 24 loài", "24", 24, "count", "loài", subject="loài cây di sản", period=ASOF),
    F("17/21 huyện", "17", 17, "count", "huyện", total=21,
      subject="huyện, thành phố, thị xã có cây di sản", period=ASOF),
    F("Quỳ Châu (58 cây)", "58", 58, "count", "cây", subject=HERIT, period=I(ASOF), location="Quỳ Châu"),
    F("Con Cuông (41 cây)", "41", 41, "count", "cây", subject=HERIT, period=I(ASOF), location="Con Cuông"),
    F("Thanh Chương (36 cây)", "36", 36, "count", "cây", subject=HERIT, period=I(ASOF),
      location="Thanh Chương"),
    F("từ 200 đến 800 năm", "200", 200, "measure", "năm", value_max=800, subject="tuổi cây di sản"),
    F("quần thể 9 cây lim xanh", "9", 9, "count", "cây", subject="cây lim xanh trong quần thể ở bản Bai",
      location="Quỳ Châu"),
    F("tuổi khoảng 350 năm", "350", 350, "measure", "năm", approx="about",
      subject="tuổi quần thể lim xanh", location="Quỳ Châu"),
    F("chu vi thân 5,2 m", "5,2", 5.2, "measure", "m", subject="chu vi thân cây lim lớn nhất",
      location="Quỳ Châu"),
    F("cao khoảng 30 m", "30", 30, "measure", "m", approx="about", subject="chiều cao cây lim lớn nhất",
      location="Quỳ Châu"),
    F("cho 12 hộ", "12", 12, "count", "hộ", subject="hộ trông coi cây di sản", location="Quỳ Châu"),
    F("hơn 1,6 tỷ đồng", "1,6", 1600000000, "money", "đồng", approx="over",
      subject="kinh phí hỗ trợ chăm sóc, làm hàng rào, gắn biển cho các cây di sản", period=Y24),
    F("5 triệu đồng/cây", "5", 5000000, "money", "đồng/cây",
      subject="kinh phí hỗ trợ bình quân mỗi cây di sản", period=Y24),
    F("ít nhất 100 cây", "100", 100, "count", "cây", approx="at_least", status="target",
      subject="cây di sản đề nghị công nhận thêm", period=G),
    F("khoảng 30%", "30", 30, "percent", "%", approx="about", status="target",
      subject="tỷ lệ các loài cây bản địa quý hiếm", period=G),
]

NOTES = [
    "Province portal (Nghệ An): heritage trees recognised, 9 months 2024. Breadcrumb, 'Cập nhật: 27/09/2024 14:20 | Lượt xem: 2.418'.",
    "Distractors: time 14:20, view counter 2.418, 'lần thứ 5' (ordinal), 'Hướng dẫn số 25/HD-HBVTN', 'ngày 15/9/2024' (as-of date).",
    "'Trong đó' parts 29 + 18 = 47 get total 47 across the sentence break; '3 quần thể' counts another thing (no total).",
    "District list after 'tập trung chủ yếu tại' does not add up to 312: no total; places go to location.",
    "Tree ages and sizes are measures of the trees (not periods). The Bản Bai passage is placed in huyện Quỳ Châu.",
    "Headline '47 cây' has no period. The age range of the stock has no period.",
]

if __name__ == "__main__":
    write("p1132-1", TEXT, NOTES, FIGS, published="2024-09-27", location="Nghệ An")
