"""p946-5: Party newspaper of Tiền Giang (Báo Ấp Bắc), rambutan giving way to durian; byline + bare date at the end."""
from lib import F, P, Y, I, C, T, write

TEXT = """BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Kinh tế
Chôm chôm nhãn Cai Lậy trước làn sóng chuyển đổi sang sầu riêng

Nhiều năm qua, chôm chôm nhãn, chôm chôm Thái là cây ăn trái mang lại thu nhập ổn định cho nông dân các xã ven sông Tiền. Tuy nhiên, do giá sầu riêng tăng cao, diện tích chôm chôm đang giảm nhanh.

Theo Sở NN&PTNT, năm 2023 toàn tỉnh Tiền Giang có 1.950 ha chôm chôm, sản lượng 27.300 tấn. Tính đến tháng 6/2024, diện tích chôm chôm chỉ còn 1.720 ha, giảm 230 ha so với cuối năm 2023. Vùng trồng chính là huyện Cai Lậy (980 ha), Cái Bè (450 ha) và Châu Thành (160 ha).

Tại xã Long Trung, huyện Cai Lậy, ông Nguyễn Văn Tám (ấp 4) có 8 công chôm chôm nhãn, mỗi năm thu khoảng 12 tấn trái. Với giá bán tại vườn 28.000 đồng/kg, gia đình ông thu về hơn 330 triệu đồng/năm. “Chôm chôm nhãn ngọt, giòn, tróc vỏ nên luôn có giá cao gấp 1,5-2 lần chôm chôm Thái”, ông Tám nói.

Ngược lại, nhiều hộ ở các xã Tam Bình, Ngũ Hiệp (huyện Cai Lậy) đã đốn bỏ chôm chôm để trồng sầu riêng. Theo nông dân, lợi nhuận từ sầu riêng hiện cao gấp 3-4 lần so với chôm chôm. Ngành nông nghiệp dự báo đến cuối năm 2024, diện tích chôm chôm toàn tỉnh có thể giảm xuống dưới 1.600 ha.

Để giữ vùng chôm chôm chuyên canh, tỉnh đặt mục tiêu đến năm 2025 duy trì ổn định 1.500 ha, trong đó 300 ha đạt chứng nhận VietGAP. Tỉnh hỗ trợ 50% chi phí chứng nhận VietGAP, tối đa 30 triệu đồng/hợp tác xã theo Nghị quyết số 10/2022/NQ-HĐND; hiện đã có 4 hợp tác xã với 126 thành viên được hỗ trợ.

KIM NGÂN
23/8/2024
"""

Y23 = Y(2023)
JUN = P("Tính đến tháng 6/2024", None, "2024-06-30")
END24 = P("đến cuối năm 2024", None, "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")
CL = "Cai Lậy"

FIGS = [
    F("có 1.950 ha", "1.950", "measure", "ha", "diện tích chôm chôm", period=Y23),
    F("sản lượng 27.300 tấn", "27.300", "measure", "tấn", "sản lượng chôm chôm", period=Y23),
    F("còn 1.720 ha", "1.720", "measure", "ha", "diện tích chôm chôm",
      change=C("decrease", 230, "ha", baseline="cuối năm 2023"), period=JUN),
    F("(980 ha)", "980", "measure", "ha", "diện tích chôm chôm vùng trồng chính", location=CL, period=I(JUN)),
    F("(450 ha)", "450", "measure", "ha", "diện tích chôm chôm vùng trồng chính", location="Cái Bè", period=I(JUN)),
    F("(160 ha)", "160", "measure", "ha", "diện tích chôm chôm vùng trồng chính", location="Châu Thành", period=I(JUN)),
    F("có 8 công", "8", "measure", "công", "diện tích chôm chôm nhãn của hộ ông Nguyễn Văn Tám", location=CL),
    F("khoảng 12 tấn trái", "12", "measure", "tấn/năm", "sản lượng chôm chôm hộ ông Nguyễn Văn Tám thu mỗi năm",
      approx="about", location=CL),
    F("vườn 28.000 đồng/kg", "28.000", "money", "đồng/kg", "giá bán chôm chôm nhãn tại vườn", location=CL),
    F("hơn 330 triệu đồng/năm", "330", "money", "đồng/năm", "thu nhập từ chôm chôm của gia đình ông Nguyễn Văn Tám",
      approx="over", location=CL),
    F("gấp 1,5-2 lần", "1,5", "multiple", "lần", "giá chôm chôm nhãn so với chôm chôm Thái",
      value_max=2, location=CL),
    F("gấp 3-4 lần", "3", "multiple", "lần", "lợi nhuận từ sầu riêng so với chôm chôm",
      value_max=4, location=CL),
    F("dưới 1.600 ha", "1.600", "measure", "ha", "diện tích chôm chôm toàn tỉnh",
      approx="under", status="forecast", period=END24),
    F("ổn định 1.500 ha", "1.500", "measure", "ha", "diện tích chôm chôm chuyên canh duy trì ổn định",
      status="target", period=T25),
    F("đó 300 ha", "300", "measure", "ha", "diện tích chôm chôm đạt chứng nhận VietGAP",
      total=1500, status="target", period=T25),
    F("hỗ trợ 50% chi phí", "50", "percent", "%", "mức hỗ trợ chi phí chứng nhận VietGAP"),
    F("tối đa 30 triệu đồng/hợp tác xã", "30", "money", "đồng/hợp tác xã", "mức hỗ trợ chi phí chứng nhận VietGAP tối đa",
      approx="at_most"),
    F("có 4 hợp tác xã", "4", "count", "hợp tác xã", "hợp tác xã được hỗ trợ chứng nhận VietGAP"),
    F("126 thành viên", "126", "count", "thành viên", "thành viên hợp tác xã được hỗ trợ chứng nhận VietGAP"),
]

NOTES = [
    "Báo Ấp Bắc (Tiền Giang): rambutan area falling as farmers switch to durian; byline KIM NGÂN and bare date 23/8/2024 at the end.",
    "'chỉ còn 1.720 ha, giảm 230 ha so với cuối năm 2023' → change of 1.720 (ha). District list in the next sentence inherits the as-of date.",
    "Farmer's figures and the farmers' claims in the communes of huyện Cai Lậy are located in Cai Lậy; '8 công' is an area (measure, unit công);",
    "'mỗi năm thu khoảng 12 tấn' is a yearly rate (tấn/năm). 'gấp 1,5-2 lần', 'gấp 3-4 lần' stand as the claim: multiple, ranges.",
    "Distractors: ấp 4, name Nguyễn Văn Tám / ông Tám, Nghị quyết số 10/2022/NQ-HĐND, byline date 23/8/2024.",
]

write("p946-5", TEXT, FIGS, NOTES, published="2024-08-23", location="Tiền Giang")
