"""p1157-8: provincial newspaper online (Báo Quảng Trị), Hướng Hóa specialty coffee contest and HTX Khe Sanh."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Trị điện tử > Kinh tế > Nông nghiệp

Hướng Hóa: 17 mẫu cà phê đạt chuẩn đặc sản, cao nhất 86,25 điểm

20/12/2024 10:12 | Lượt đọc: 356

(QTO) - Tại Hội thi cà phê đặc sản tỉnh Quảng Trị lần thứ 3 diễn ra ngày 18/12, có 17/42 mẫu cà phê của huyện Hướng Hóa đạt chuẩn đặc sản (từ 80 điểm trở lên), trong đó mẫu của HTX Nông nghiệp Khe Sanh xếp thứ nhất với 86,25 điểm.

Năm 2024, toàn huyện thu hoạch khoảng 9.800 tấn cà phê nhân, tăng 6,5% so với năm 2023; giá cà phê quả tươi dao động 22.000-26.000 đồng/kg, cao nhất từ trước đến nay. Huyện có 11 cơ sở rang xay, bình quân mỗi cơ sở sử dụng 6 lao động; 4 sản phẩm cà phê được công nhận OCOP.

Anh Hồ Văn Thanh, Giám đốc HTX Nông nghiệp Khe Sanh (thị trấn Khe Sanh), cho biết HTX liên kết với 56 hộ trồng 78 ha cà phê arabica, thu mua quả chín với giá cao hơn thị trường 3.000 đồng/kg. Năm nay HTX sơ chế được 35 tấn cà phê nhân đặc sản, bán với giá 150.000-180.000 đồng/kg, trong đó khoảng 40% xuất sang Hàn Quốc, Nhật Bản. Để làm ra 1 kg cà phê nhân đặc sản cần khoảng 6 kg quả chín được hái chọn.

Theo UBND huyện, toàn huyện hiện có gần 5.200 ha cà phê, trong đó cà phê arabica chiếm khoảng 1.100 ha. Năm 2025, huyện phấn đấu nâng diện tích cà phê arabica lên 1.500 ha, tỷ lệ cà phê được chế biến sâu đạt 25%; dự kiến hỗ trợ 2 tỷ đồng cho các HTX mua máy sấy, máy rang.

Tin liên quan:
- Khe Sanh đón 12.000 lượt khách dịp Lễ hội cà phê
"""

Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
CONTEST = "mẫu cà phê đạt chuẩn đặc sản tại Hội thi cà phê đặc sản tỉnh Quảng Trị"

FIGS = [
    F("Hóa: 17 mẫu", "17", 17, "count", "mẫu", subject="mẫu cà phê đạt chuẩn đặc sản"),
    F("cao nhất 86,25 điểm", "86,25", 86.25, "measure", "điểm", subject="điểm cao nhất của mẫu cà phê đặc sản"),
    F("có 17/42 mẫu", "17", 17, "count", "mẫu", total=42, subject=CONTEST),
    F("(từ 80 điểm", "80", 80, "measure", "điểm", approx="at_least", optional=True,
      subject="ngưỡng điểm đạt chuẩn đặc sản"),
    F("xếp thứ nhất", "nhất", 1, "rank", "hạng", subject="xếp hạng mẫu cà phê của HTX Nông nghiệp Khe Sanh tại Hội thi"),
    F("với 86,25 điểm", "86,25", 86.25, "measure", "điểm", subject="điểm mẫu cà phê của HTX Nông nghiệp Khe Sanh"),
    F("khoảng 9.800 tấn", "9.800", 9800, "measure", "tấn", approx="about",
      change=C("increase", 6.5, "%", "năm 2023"), subject="cà phê nhân thu hoạch", period=Y24),
    F("22.000-26.000", "22.000", 22000, "money", "đồng/kg", value_max=26000,
      subject="giá cà phê quả tươi", period=Y24),
    F("có 11 cơ sở", "11", 11, "count", "cơ sở", subject="cơ sở rang xay"),
    F("sử dụng 6 lao động", "6", 6, "measure", "lao động/cơ sở", subject="lao động bình quân mỗi cơ sở rang xay"),
    F("4 sản phẩm", "4", 4, "count", "sản phẩm", subject="sản phẩm cà phê được công nhận OCOP"),
    F("với 56 hộ", "56", 56, "count", "hộ", subject="hộ liên kết với HTX Nông nghiệp Khe Sanh"),
    F("trồng 78 ha", "78", 78, "measure", "ha", subject="diện tích cà phê arabica của các hộ liên kết"),
    F("thị trường 3.000 đồng/kg", "3.000", 3000, "money", "đồng/kg",
      subject="giá thu mua quả chín cao hơn thị trường"),
    F("được 35 tấn", "35", 35, "measure", "tấn", subject="cà phê nhân đặc sản HTX sơ chế", period=NOW),
    F("giá 150.000-180.000", "150.000", 150000, "money", "đồng/kg", value_max=180000,
      subject="giá bán cà phê nhân đặc sản", period=NOW),
    F("khoảng 40%", "40", 40, "percent", "%", approx="about",
      subject="tỷ lệ cà phê nhân đặc sản xuất sang Hàn Quốc, Nhật Bản", period=NOW),
    F("ra 1 kg", "1", 1, "measure", "kg", optional=True, subject="cà phê nhân đặc sản"),
    F("khoảng 6 kg", "6", 6, "measure", "kg", approx="about",
      subject="quả chín cần để làm ra 1 kg cà phê nhân đặc sản"),
    F("gần 5.200 ha", "5.200", 5200, "measure", "ha", approx="nearly", subject="diện tích cà phê"),
    F("khoảng 1.100 ha", "1.100", 1100, "measure", "ha", approx="about", total=5200,
      subject="diện tích cà phê arabica"),
    F("lên 1.500 ha", "1.500", 1500, "measure", "ha", status="target", subject="diện tích cà phê arabica",
      period=Y25),
    F("đạt 25%", "25", 25, "percent", "%", status="target", subject="tỷ lệ cà phê được chế biến sâu", period=Y25),
    F("hỗ trợ 2 tỷ", "2", 2e9, "money", "đồng", status="forecast",
      subject="kinh phí hỗ trợ HTX mua máy sấy, máy rang", period=Y25),
    F("đón 12.000 lượt", "12.000", 12000, "count", "lượt khách", optional=True,
      subject="lượt khách dịp Lễ hội cà phê"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Trị): breadcrumb, headline figures, '20/12/2024 10:12 | Lượt đọc: 356', tag '(QTO) -', related link.",
    "Default location Hướng Hóa (district); the HTX is in thị trấn Khe Sanh (a town inside Hướng Hóa), so Hướng Hóa too.",
    "'17/42 mẫu' -> 17 with total 42; '(từ 80 điểm trở lên)' defines the standard (optional). 'xếp thứ nhất' -> rank 1 (number word 'nhất').",
    "Headline figures get no period. 'Năm nay' = 2024 (dateline). 'trong đó khoảng 40%' is a percent figure of its own.",
    "'cao hơn thị trường 3.000 đồng/kg' with no base price stands as the claim: money 3.000 đồng/kg, no change object.",
    "'1 kg … cần khoảng 6 kg quả chín': 1 kg is the reference quantity (optional), 6 kg is the figure. 'khoảng 1.100 ha' after 'trong đó' takes 5.200.",
    "'phấn đấu … ; dự kiến hỗ trợ 2 tỷ' -> the last clause has its own cue: forecast. Related-link '12.000 lượt khách' is page furniture text (optional).",
    "Distractors: 'lần thứ 3', 'ngày 18/12', time 10:12, 'Lượt đọc: 356'.",
]

if __name__ == "__main__":
    write("p1157-8", TEXT, NOTES, FIGS, published="2024-12-20", location="Hướng Hóa")
