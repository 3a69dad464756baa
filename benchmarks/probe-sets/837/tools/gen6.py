"""p837-6: national newspaper (VnExpress style), Nghệ An farmers grow silage maize for dairy farms."""
from lib import F, P, Y, C, T, write

text = """Kinh doanh › Nông nghiệp
Chủ nhật, 16/6/2024, 07:30 (GMT+7)

Nông dân bỏ lúa trồng ngô bán cho trang trại bò sữa

Thay vì cấy lúa vụ hè thu, nhiều hộ ở huyện Nghĩa Đàn (Nghệ An) chuyển sang trồng ngô sinh khối, thu lãi cao gấp đôi.

Cuối tháng 5, cánh đồng xã Nghĩa Lâm rộn ràng tiếng máy thu hoạch ngô. Ông Hồ Sỹ Tư, 58 tuổi, cho biết 8 sào ruộng của gia đình cho khoảng 20 tấn ngô cây, bán tại ruộng giá 1.200 đồng/kg, thu về 24 triệu đồng.

Theo Phòng Nông nghiệp huyện Nghĩa Đàn, vụ xuân năm nay huyện có 1.350 ha ngô sinh khối, tăng 27% so với năm ngoái; năng suất bình quân 45 tấn/ha. Toàn bộ sản lượng được một doanh nghiệp sữa thu mua theo hợp đồng với giá không dưới 1.100 đồng/kg. Từ đầu năm đến nay, các tổ thu hoạch thuê của huyện đã tạo việc làm cho 420 lao động, thu nhập 7,5-8 triệu đồng/người/tháng.

Tính chung toàn tỉnh Nghệ An, diện tích ngô sinh khối đạt khoảng 9.800 ha, cung cấp hơn 400.000 tấn thức ăn thô xanh mỗi năm cho đàn bò sữa gần 60.000 con. Nhu cầu của các trang trại vẫn còn thiếu khoảng 15-20%.

Ông Nguyễn Văn Đệ, Phó giám đốc Sở NN&PTNT Nghệ An, cho biết giai đoạn 2021-2023 tỉnh đã chuyển đổi 4.620 ha đất lúa kém hiệu quả, trong đó sang ngô 2.150 ha, sang đậu tương 380 ha. Tỉnh dự kiến năm 2025 nâng diện tích ngô sinh khối lên 12.000 ha.

Theo Cục Trồng trọt, cả nước hiện có khoảng 150.000 ha ngô sinh khối, chủ yếu phục vụ chăn nuôi bò.

Hải Bình
"""

ND = "Nghĩa Đàn"
VX = Y("vụ xuân năm nay", 2024)
G = P("giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
figs = [
    F("gấp đôi", "đôi", 2, "multiple", "lần", "lãi trồng ngô sinh khối so với cấy lúa", location=ND),
    F("58 tuổi", "58", 58, "measure", "tuổi", "tuổi ông Hồ Sỹ Tư", location=ND, optional=True),
    F("8 sào ruộng", "8", 8, "measure", "sào", "ruộng gia đình ông Hồ Sỹ Tư", location=ND, optional=True),
    F("khoảng 20 tấn ngô cây", "20", 20, "measure", "tấn", "ngô cây gia đình ông Hồ Sỹ Tư thu hoạch",
      approx="about", location=ND, optional=True),
    F("giá 1.200 đồng/kg", "1.200", 1200, "money", "đồng/kg", "giá bán ngô cây tại ruộng", location=ND,
      optional=True),
    F("thu về 24 triệu đồng", "24", 24000000, "money", "đồng", "thu của gia đình ông Hồ Sỹ Tư", location=ND,
      optional=True),
    F("có 1.350 ha", "1.350", 1350, "measure", "ha", "ngô sinh khối", change=C("increase", 27, "%", "năm ngoái"),
      location=ND, period=VX),
    F("bình quân 45 tấn/ha", "45", 45, "measure", "tấn/ha", "năng suất ngô sinh khối bình quân", location=ND,
      period=VX),
    F("không dưới 1.100 đồng/kg", "1.100", 1100, "money", "đồng/kg", "giá thu mua ngô sinh khối theo hợp đồng",
      approx="at_least", location=ND),
    F("cho 420 lao động", "420", 420, "count", "lao động", "lao động có việc làm từ các tổ thu hoạch thuê",
      location=ND, period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-16")),
    F("thu nhập 7,5-8 triệu", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập lao động thu hoạch thuê",
      value_max=8000000, location=ND, period=P("Từ đầu năm đến nay", "2024-01-01", "2024-06-16")),
    F("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích ngô sinh khối", approx="about",
      location="Nghệ An"),
    F("hơn 400.000 tấn", "400.000", 400000, "measure", "tấn", "thức ăn thô xanh cung cấp mỗi năm",
      approx="over", location="Nghệ An"),
    F("gần 60.000 con", "60.000", 60000, "count", "con", "đàn bò sữa", approx="nearly", location="Nghệ An"),
    F("khoảng 15-20%", "15", 15, "percent", "%", "nhu cầu thức ăn thô xanh của các trang trại còn thiếu",
      value_max=20, approx="about", location="Nghệ An"),
    F("chuyển đổi 4.620 ha", "4.620", 4620, "measure", "ha", "đất lúa kém hiệu quả chuyển đổi",
      location="Nghệ An", period=G),
    F("sang ngô 2.150 ha", "2.150", 2150, "measure", "ha", "đất lúa chuyển sang ngô", total=4620,
      location="Nghệ An", period=G),
    F("sang đậu tương 380 ha", "380", 380, "measure", "ha", "đất lúa chuyển sang đậu tương", total=4620,
      location="Nghệ An", period=G),
    F("lên 12.000 ha", "12.000", 12000, "measure", "ha", "diện tích ngô sinh khối", status="forecast",
      location="Nghệ An", period=Y("năm 2025", 2025)),
    F("khoảng 150.000 ha", "150.000", 150000, "measure", "ha", "ngô sinh khối cả nước", approx="about",
      location="Việt Nam"),
]

notes = [
    "National newspaper (VnExpress style, 'Chủ nhật, 16/6/2024, 07:30 (GMT+7)'): silage maize replacing rice in Nghĩa Đàn, Nghệ An.",
    "Distractors: dateline time and GMT+7, 'Cuối tháng 5', person names 'Hồ Sỹ Tư' (Tư = four), 'Hải Bình', 'giai đoạn 2021-2023'.",
    "'gấp đôi' in the sapo is a multiple (number word đôi = 2) standing as its own claim. Anecdote of one household (age,",
    "8 sào, 20 tấn, price, 24 triệu) is optional as an example's specification.",
    "Locations: the district's figures Nghĩa Đàn; province totals Nghệ An; Cục Trồng trọt's national figure Việt Nam.",
    "'vụ xuân năm nay' = year 2024; 'Từ đầu năm đến nay' = 2024-01-01 .. dateline. 'dự kiến' -> forecast.",
    "'7,5-8 triệu đồng/người/tháng' keeps the per-person-per-month denominators in the unit.",
]
write(6, text, figs, notes, published="2024-06-16", location="Nghệ An")
