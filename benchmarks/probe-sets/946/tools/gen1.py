"""p946-1: Đồng Nai province portal, rambutan season 2024."""
from lib import F, P, Y, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Đồng Nai: Sản lượng chôm chôm ước đạt hơn 110 nghìn tấn
Cập nhật: 12/06/2024 09:45 | Lượt xem: 2.317

(Cổng TTĐT Đồng Nai) - Theo Sở Nông nghiệp và Phát triển nông thôn (NN-PTNT), toàn tỉnh hiện có khoảng 14.200 ha chôm chôm, trong đó diện tích cho thu hoạch là 12.650 ha. Diện tích chôm chôm tập trung chủ yếu tại TP. Long Khánh (5.120 ha), huyện Xuân Lộc (3.480 ha) và huyện Cẩm Mỹ (2.150 ha).

Năm 2024, sản lượng chôm chôm toàn tỉnh ước đạt 112.400 tấn, tăng 6,5% so với năm 2023. Năng suất bình quân đạt 8,9 tấn/ha; riêng các vườn áp dụng quy trình VietGAP đạt từ 12 đến 15 tấn/ha.

Đến nay, toàn tỉnh có 1.850 ha chôm chôm được chứng nhận VietGAP, chiếm 13% tổng diện tích; 42 mã số vùng trồng phục vụ xuất khẩu với diện tích hơn 3.600 ha. Từ đầu tháng 5 đến nay, giá chôm chôm Thái tại vườn dao động 18.000-25.000 đồng/kg; chôm chôm nhãn từ 35.000 đến 40.000 đồng/kg, cao hơn khoảng 20% so với cùng kỳ.

Ông Nguyễn Văn Tư, Giám đốc HTX chôm chôm Long Khánh (số 12 đường Hồ Thị Hương, phường Xuân Thanh) cho biết, năm nay HTX liên kết tiêu thụ cho 86 hộ thành viên với khoảng 420 ha; lợi nhuận bình quân đạt 150-180 triệu đồng/ha. Mức lợi nhuận này gấp khoảng 1,5 lần so với trồng cà phê, tiêu.

Để giữ vững thương hiệu chôm chôm Long Khánh, tỉnh phấn đấu đến năm 2025 nâng diện tích chôm chôm đạt chuẩn VietGAP lên 2.500 ha và cấp thêm 15 mã số vùng trồng theo Kế hoạch số 215/KH-UBND ngày 18/8/2023. Dự kiến Lễ hội trái cây Long Khánh lần thứ 3 diễn ra từ ngày 28/6 đến 2/7 tại khu vực Quốc lộ 1A, thu hút khoảng 50.000 lượt khách.
"""

Y24 = Y(2024, "Năm 2024")
NOW = P("Đến nay", None, "2024-06-12")
MAY = P("Từ đầu tháng 5 đến nay", "2024-05-01", "2024-06-12")
NAYY = Y(2024, "năm nay")
T25 = P("đến năm 2025", None, "2025-12-31")
FEST = P("từ ngày 28/6 đến 2/7", "2024-06-28", "2024-07-02")
LK = "Long Khánh"

FIGS = [
    F("ước đạt hơn 110 nghìn tấn", "110", "measure", "tấn", "sản lượng chôm chôm",
      approx="over", status="estimate"),
    F("khoảng 14.200 ha", "14.200", "measure", "ha", "diện tích chôm chôm", approx="about"),
    F("là 12.650 ha", "12.650", "measure", "ha", "diện tích chôm chôm cho thu hoạch", total=14200),
    F("(5.120 ha)", "5.120", "measure", "ha", "diện tích chôm chôm", location=LK),
    F("(3.480 ha)", "3.480", "measure", "ha", "diện tích chôm chôm", location="Xuân Lộc"),
    F("(2.150 ha)", "2.150", "measure", "ha", "diện tích chôm chôm", location="Cẩm Mỹ"),
    F("ước đạt 112.400 tấn", "112.400", "measure", "tấn", "sản lượng chôm chôm",
      change=C("increase", 6.5, baseline="năm 2023"), status="estimate", period=Y24),
    F("đạt 8,9 tấn/ha", "8,9", "measure", "tấn/ha", "năng suất bình quân chôm chôm", period=I(Y24)),
    F("từ 12 đến 15 tấn/ha", "12", "measure", "tấn/ha", "năng suất vườn chôm chôm áp dụng quy trình VietGAP",
      value_max=15, period=I(Y24)),
    F("có 1.850 ha", "1.850", "measure", "ha", "diện tích chôm chôm được chứng nhận VietGAP",
      percent=13, period=NOW),
    F("42 mã số vùng trồng", "42", "count", "mã số vùng trồng", "mã số vùng trồng phục vụ xuất khẩu", period=NOW),
    F("hơn 3.600 ha", "3.600", "measure", "ha", "diện tích mã số vùng trồng phục vụ xuất khẩu",
      approx="over", period=NOW),
    F("dao động 18.000-25.000 đồng/kg", "18.000", "money", "đồng/kg", "giá chôm chôm Thái tại vườn",
      value_max=25000, period=MAY),
    F("từ 35.000 đến 40.000 đồng/kg", "35.000", "money", "đồng/kg", "giá chôm chôm nhãn tại vườn",
      value_max=40000, change=C("increase", 20, baseline="cùng kỳ", approx="about"), period=MAY),
    F("cho 86 hộ thành viên", "86", "count", "hộ", "hộ thành viên được HTX liên kết tiêu thụ",
      period=NAYY, location=LK),
    F("khoảng 420 ha", "420", "measure", "ha", "diện tích chôm chôm HTX liên kết tiêu thụ",
      approx="about", period=NAYY, location=LK),
    F("đạt 150-180 triệu đồng/ha", "150", "money", "đồng/ha", "lợi nhuận bình quân trồng chôm chôm",
      value=150000000, value_max=180000000, period=NAYY, location=LK),
    F("gấp khoảng 1,5 lần", "1,5", "multiple", "lần", "lợi nhuận trồng chôm chôm so với trồng cà phê, tiêu",
      approx="about", period=I(NAYY), location=LK),
    F("lên 2.500 ha", "2.500", "measure", "ha", "diện tích chôm chôm đạt chuẩn VietGAP",
      status="target", period=T25),
    F("thêm 15 mã số vùng trồng", "15", "count", "mã số vùng trồng", "mã số vùng trồng cấp thêm",
      status="target", period=T25),
    F("khoảng 50.000 lượt khách", "50.000", "count", "lượt khách", "lượt khách tham quan Lễ hội trái cây Long Khánh",
      approx="about", status="forecast", period=FEST, location=LK),
]

NOTES = [
    "Cổng TTĐT Đồng Nai: vụ chôm chôm 2024 (diện tích, sản lượng, VietGAP, mã số vùng trồng, giá, HTX, mục tiêu 2025).",
    "Headline figure has no period phrase (no period). 'hiện có' gives no period. 'Đến nay' / 'Từ đầu tháng 5 đến nay' end at the dateline.",
    "District list after a separate sentence does not add up to 14.200 (no part cue): no total. HTX figures are located in Long Khánh.",
    "Distractors: Cập nhật 12/06/2024 09:45, Lượt xem 2.317, số 12 đường Hồ Thị Hương, Kế hoạch số 215/KH-UBND ngày 18/8/2023, lần thứ 3, Quốc lộ 1A.",
    "Revised after the first run: 150-180 triệu đồng/ha had value 150 (multiplier missed by the helper on a range); now 150000000.",
]

write("p946-1", TEXT, FIGS, NOTES, published="2024-06-12", location="Đồng Nai")
