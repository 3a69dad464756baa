from lib import F, P, build

T = """Quốc lộ 19 qua Gia Lai: hoàn thành nâng cấp sớm 2 tháng

Dự án cải tạo, nâng cấp Quốc lộ 19 đoạn Km108+000 - Km167+500 qua thị xã An Khê và các huyện Đak Pơ, Mang Yang có chiều dài 59,5 km, tổng mức đầu tư 2.190 tỷ đồng. Sau 18 tháng thi công, đến ngày 20/9, toàn bộ 59,5 km mặt đường đã được thảm bê tông nhựa, sớm hơn 2 tháng so với kế hoạch.

Theo Ban Quản lý dự án 7, giá trị sản lượng quý III/2024 ước đạt 312 tỷ đồng, tăng 24,5% so với quý II; từ đầu năm đến nay ước đạt 865 tỷ đồng, bằng 92% kế hoạch năm (940 tỷ đồng). Dự án đã giải ngân 1.946 tỷ đồng, chiếm 88,9% tổng mức đầu tư.

Công tác giải phóng mặt bằng được triển khai trên diện tích 41,7 ha, liên quan 763 hộ; trong đó thị xã An Khê 318 hộ, huyện Đak Pơ 251 hộ và huyện Mang Yang 194 hộ. Tổng kinh phí bồi thường, hỗ trợ khoảng 186 tỷ đồng; 27 hộ được bố trí tái định cư tập trung.

Sau khi hoàn thành, tuyến có 4 làn xe cơ giới, bề rộng nền đường từ 20,5 đến 22,5 m; thời gian di chuyển từ An Khê đến TP Pleiku rút ngắn còn khoảng 65 phút, giảm 20 phút so với trước. Lưu lượng xe bình quân năm 2023 đạt khoảng 9.800 xe/ngày đêm, dự báo năm 2030 tăng lên 18.000 xe/ngày đêm.

Mọi ý kiến phản ánh về chất lượng công trình xin liên hệ đường dây nóng 1900.0319 hoặc Sở Giao thông vận tải tỉnh, số 28 Trần Phú, TP Pleiku.

Ngày 28/9/2024
"""

figs = [
    F("nâng cấp sớm 2 tháng", "2", 2, "measure", "tháng", "thời gian hoàn thành sớm so với kế hoạch"),
    F("chiều dài 59,5 km", "59,5", 59.5, "measure", "km", "chiều dài dự án cải tạo, nâng cấp Quốc lộ 19"),
    F("tổng mức đầu tư 2.190 tỷ đồng", "2.190", 2.19e12, "money", "đồng", "tổng mức đầu tư"),
    F("Sau 18 tháng", "18", 18, "measure", "tháng", optional=True),
    F("toàn bộ 59,5 km", "59,5", 59.5, "measure", "km", "mặt đường đã được thảm bê tông nhựa",
      period=P("đến ngày 20/9", None, "2024-09-20")),
    F("sớm hơn 2 tháng", "2", 2, "measure", "tháng", "thời gian hoàn thành sớm so với kế hoạch", optional=True),
    F("ước đạt 312 tỷ đồng", "312", 312e9, "money", "đồng", "giá trị sản lượng", status="estimate",
      change={"direction": "increase", "value": 24.5, "unit": "%", "baseline": "quý II"},
      period=P("quý III/2024", "2024-07-01", "2024-09-30")),
    F("ước đạt 865 tỷ đồng", "865", 865e9, "money", "đồng", "giá trị sản lượng", status="estimate", percent=92,
      target={"value": 940e9, "unit": "đồng"},
      period=P("từ đầu năm đến nay", "2024-01-01", "2024-09-28")),
    F("giải ngân 1.946 tỷ đồng", "1.946", 1.946e12, "money", "đồng", "vốn dự án đã giải ngân", percent=88.9),
    F("diện tích 41,7 ha", "41,7", 41.7, "measure", "ha", "diện tích giải phóng mặt bằng"),
    F("liên quan 763 hộ", "763", 763, "count", "hộ", "hộ liên quan giải phóng mặt bằng"),
    F("An Khê 318 hộ", "318", 318, "count", "hộ", "hộ liên quan giải phóng mặt bằng", total=763, location="An Khê"),
    F("Đak Pơ 251 hộ", "251", 251, "count", "hộ", "hộ liên quan giải phóng mặt bằng", total=763, location="Đak Pơ"),
    F("Mang Yang 194 hộ", "194", 194, "count", "hộ", "hộ liên quan giải phóng mặt bằng", total=763, location="Mang Yang"),
    F("khoảng 186 tỷ đồng", "186", 186e9, "money", "đồng", "tổng kinh phí bồi thường, hỗ trợ", approx="about"),
    F("27 hộ được", "27", 27, "count", "hộ", "hộ được bố trí tái định cư tập trung"),
    F("có 4 làn xe", "4", 4, "count", "làn xe", "làn xe cơ giới của tuyến"),
    F("từ 20,5 đến 22,5 m", "20,5", 20.5, "measure", "m", "bề rộng nền đường", value_max=22.5),
    F("khoảng 65 phút", "65", 65, "measure", "phút", "thời gian di chuyển từ An Khê đến TP Pleiku", approx="about",
      change={"direction": "decrease", "value": 20, "unit": "phút", "baseline": "trước"}),
    F("khoảng 9.800 xe/ngày đêm", "9.800", 9800, "measure", "xe/ngày đêm", "lưu lượng xe bình quân", approx="about",
      period=P("năm 2023", "2023-01-01", "2023-12-31")),
    F("lên 18.000 xe/ngày đêm", "18.000", 18000, "measure", "xe/ngày đêm", "lưu lượng xe bình quân", status="forecast",
      period=P("năm 2030", "2030-01-01", "2030-12-31")),
]
C = [
    "Regional news page (Gia Lai): upgrade of Quốc lộ 19 finished early; output, disbursement, GPMB by district, design scale, traffic forecast.",
    "Only a bare date at the end ('Ngày 28/9/2024') dates the article. 'đến ngày 20/9' takes 2024 from it (no earlier year in the text);",
    "'từ đầu năm đến nay' runs 2024-01-01 to 2024-09-28. Default location Gia Lai; the trip 'từ An Khê đến TP Pleiku' spans two places, so the province.",
    "'trong đó thị xã An Khê 318 hộ, huyện Đak Pơ 251 hộ và huyện Mang Yang 194 hộ' are parts of 763 (sum checks) with their district as location.",
    "'bằng 92% kế hoạch năm (940 tỷ đồng)': percent 92 and target 940 tỷ of 865 tỷ. '312 tỷ …, tăng 24,5% so với quý II' change; both 'ước' → estimate.",
    "'giảm 20 phút so với trước' is the change of 65 phút. 'dự báo năm 2030 … 18.000 xe/ngày đêm' forecast. 'từ 20,5 đến 22,5 m' range.",
    "Title 'sớm 2 tháng' is the claim (measure, tháng); the body's 'sớm hơn 2 tháng so với kế hoạch' optional (could be read as a change). 'Sau 18 tháng' optional.",
    "Distractors: 'Km108+000 - Km167+500' (chainage), 'Quốc lộ 19', 'Ban Quản lý dự án 7', hotline 1900.0319, 'số 28 Trần Phú', 'quý II' (baseline).",
]
build("p448-8", T, figs, C, published="2024-09-28", location="Gia Lai")
