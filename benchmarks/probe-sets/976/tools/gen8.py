"""p976-8: Báo Cà Mau online (CMO), headline figure: nghêu from the tidal flats of Đất Mũi (Ngọc Hiển), 2023."""
from lib import F, P, I, CH, build

TEXT = """Báo Cà Mau điện tử
Kinh tế » Nông nghiệp
Đất Mũi thu hoạch hơn 2.600 tấn nghêu từ bãi bồi
Cập nhật: 08/12/2023 14:05

(CMO) - Năm 2023, các tổ hợp tác và hộ dân nhận giao khoán bãi nghêu tại huyện Ngọc Hiển ước thu hoạch 2.640 tấn nghêu thương phẩm, vượt 8,3% kế hoạch năm. So với năm 2022, sản lượng tăng gần 18%.

Toàn huyện hiện có 1.560 ha bãi bồi ven biển có nghêu giống tự nhiên, trong đó 1.120 ha đã giao khoán cho 6 tổ hợp tác và 1 hợp tác xã quản lý, khai thác với 845 thành viên. Diện tích giao khoán gồm xã Đất Mũi 620 ha, xã Viên An 290 ha và xã Tân Ân 210 ha.

Ông Trần Văn Út, Tổ trưởng Tổ hợp tác nghêu ấp Mũi, cho biết mùa vụ năm nay tổ khai thác 12 đợt, mỗi đợt khoảng 25-30 tấn. Giá nghêu loại 1 (khoảng 60 con/kg) tại bãi hiện ở mức 26.000 đồng/kg. Sau khi trích 30% lợi nhuận để tái đầu tư, mỗi thành viên được chia bình quân 14 triệu đồng/năm. Thu nhập này gấp 1,4 lần so với trước khi nhận giao khoán.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, tình trạng khai thác trộm đã giảm rõ rệt: năm 2023 chỉ phát hiện 4 vụ, giảm 7 vụ so với năm 2022.

Năm 2024, huyện phấn đấu sản lượng nghêu đạt 2.800 tấn, đồng thời giao khoán thêm khoảng 200 ha bãi bồi cho người dân. Để đạt mục tiêu, huyện có kế hoạch hỗ trợ ương 15 tấn nghêu giống, tổng kinh phí dự kiến 1,5 tỷ đồng.

MINH LUÂN
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
FIGS = [
    F("hơn 2.600 tấn", "2.600", 2600, "measure", "tấn", "nghêu thu hoạch từ bãi bồi", I(Y23), approx="over"),
    F("ước thu hoạch 2.640 tấn", "2.640", 2640, "measure", "tấn", "nghêu thương phẩm thu hoạch", Y23,
      status="estimate", change=CH("increase", 8.3, "%", "kế hoạch năm")),
    F("tăng gần 18%", "18", 18, "percent", "%", "tăng trưởng sản lượng nghêu so với năm 2022", I(Y23), approx="nearly"),
    F("có 1.560 ha", "1.560", 1560, "measure", "ha", "bãi bồi ven biển có nghêu giống tự nhiên"),
    F("trong đó 1.120 ha", "1.120", 1120, "measure", "ha", "bãi bồi đã giao khoán", total=1560),
    F("cho 6 tổ hợp tác", "6", 6, "count", "tổ hợp tác", "tổ hợp tác nhận giao khoán bãi nghêu"),
    F("và 1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã nhận giao khoán bãi nghêu"),
    F("845 thành viên", "845", 845, "count", "thành viên", "thành viên tổ hợp tác, hợp tác xã"),
    F("Đất Mũi 620 ha", "620", 620, "measure", "ha", "diện tích giao khoán bãi nghêu", total=1120),
    F("Viên An 290 ha", "290", 290, "measure", "ha", "diện tích giao khoán bãi nghêu", total=1120),
    F("Tân Ân 210 ha", "210", 210, "measure", "ha", "diện tích giao khoán bãi nghêu", total=1120),
    F("khai thác 12 đợt", "12", 12, "count", "đợt", "đợt khai thác nghêu của tổ",
      P("mùa vụ năm nay", "2023-01-01", "2023-12-31")),
    F("khoảng 25-30 tấn", "25", 25, "measure", "tấn", "sản lượng nghêu mỗi đợt khai thác",
      P("mùa vụ năm nay", "2023-01-01", "2023-12-31"), value_max=30, approx="about"),
    F("khoảng 60 con/kg", "60", 60, "measure", "con/kg", "cỡ nghêu loại 1", approx="about", optional=True),
    F("mức 26.000 đồng/kg", "26.000", 26000, "money", "đồng/kg", "giá nghêu loại 1 tại bãi"),
    F("trích 30% lợi nhuận", "30", 30, "percent", "%", "lợi nhuận trích để tái đầu tư", I(Y23)),
    F("bình quân 14 triệu đồng/năm", "14", 14e6, "money", "đồng/năm", "thu nhập chia cho mỗi thành viên", I(Y23)),
    F("gấp 1,4 lần", "1,4", 1.4, "multiple", "lần", "thu nhập thành viên so với trước khi nhận giao khoán"),
    F("phát hiện 4 vụ", "4", 4, "count", "vụ", "vụ khai thác nghêu trộm bị phát hiện",
      P("năm 2023", "2023-01-01", "2023-12-31"), change=CH("decrease", 7, "vụ", "năm 2022")),
    F("đạt 2.800 tấn", "2.800", 2800, "measure", "tấn", "sản lượng nghêu", Y24, status="target"),
    F("khoảng 200 ha", "200", 200, "measure", "ha", "bãi bồi giao khoán thêm cho người dân", Y24,
      approx="about", status="target"),
    F("ương 15 tấn", "15", 15, "measure", "tấn", "nghêu giống hỗ trợ ương", I(Y24), status="target"),
    F("dự kiến 1,5 tỷ đồng", "1,5", 1.5e9, "money", "đồng", "tổng kinh phí hỗ trợ ương nghêu giống", I(Y24),
      status="forecast"),
]

build("p976-8", TEXT, [
    "Báo Cà Mau (CMO), 'Cập nhật: 08/12/2023 14:05': headline 'hơn 2.600 tấn' nghêu from bãi bồi of huyện Ngọc Hiển (Đất Mũi), 2023.",
    "All figures are Ngọc Hiển's (communes Đất Mũi, Viên An, Tân Ân lie in it). 'vượt 8,3% kế hoạch năm' is the gap to plan (change);",
    "'So với năm 2022, sản lượng tăng gần 18%' stands alone: a growth-rate percent figure. 'Diện tích giao khoán gồm ...' after a sentence",
    "break takes the 1.120 ha whole. 'gấp 1,4 lần' standing as its own sentence is a multiple. 'có kế hoạch hỗ trợ' -> target.",
    "Distractors: (CMO), 'Cập nhật' time, 'ấp Mũi', 'Trần Văn Út', 'loại 1', headline 'Đất Mũi'.",
], FIGS, published="2023-12-08", location="Ngọc Hiển")
