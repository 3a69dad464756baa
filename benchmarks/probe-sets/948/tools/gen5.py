"""p948-5: Party/provincial newspaper (Báo Khánh Hòa), salt farmers of Hòn Khói (Ninh Hòa) turn to artemia, 2023; byline and bare date at the end."""
from lib import *

TEXT = """Diêm dân Hòn Khói "đổi đời" nhờ con artemia

Những năm gần đây, giá muối bấp bênh, nhiều hộ làm muối ở đồng muối Hòn Khói (thị xã Ninh Hòa) đã chuyển một phần ruộng muối sang nuôi artemia. Năm 2023, diện tích nuôi artemia tại đây đạt 46 ha, gấp gần 4 lần so với năm 2020, với 132 hộ tham gia.

Theo Phòng Kinh tế thị xã Ninh Hòa, vụ nuôi năm nay năng suất trứng bào xác bình quân đạt 85-90 kg/ha, sinh khối khoảng 400 kg/ha. Với giá trứng 1,1 triệu đồng/kg, mỗi héc-ta cho thu nhập khoảng 95 triệu đồng, trong khi làm muối chỉ thu được 25-30 triệu đồng/ha do giá muối tại ruộng chỉ còn 1.000-1.200 đồng/kg.

Ông Nguyễn Văn Chín (thôn Đông Hải, xã Ninh Diêm) có 1,2 ha ruộng muối, năm nay dành 0,8 ha nuôi artemia. Sau 2 đợt thu, gia đình ông thu được 76 kg trứng và gần 300 kg sinh khối, lãi trên 60 triệu đồng. "Trước đây làm muối quanh năm mà vẫn nợ, giờ nuôi artemia mới có đồng ra đồng vào", ông Chín nói.

Hợp tác xã Diêm nghiệp Ninh Diêm hiện có 58 thành viên nuôi artemia, bao tiêu toàn bộ trứng cho thành viên. Năm 2023, HTX thu mua khoảng 3,2 tấn trứng artemia, doanh thu đạt 3,6 tỷ đồng, tăng 1,4 tỷ đồng so với năm 2022.

Theo kế hoạch của UBND tỉnh Khánh Hòa, đến năm 2025 diện tích nuôi artemia toàn tỉnh đạt 150 ha, trong đó Ninh Hòa 100 ha, Cam Ranh 50 ha. Tỉnh hỗ trợ 20 triệu đồng/ha cho hộ chuyển đổi từ ruộng muối sang nuôi artemia theo Nghị quyết số 09/2021/NQ-HĐND.

THANH HẢI
18/08/2023
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
NAY = P("năm nay", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("đạt 46 ha", "46", 46, "measure", "ha", "diện tích nuôi artemia trên đồng muối Hòn Khói", Y23,
      change=C("increase", 4, "lần", "năm 2020", "nearly")),
    F("132 hộ", "132", 132, "count", "hộ", "hộ tham gia nuôi artemia", Y23),
    F("đạt 85-90 kg/ha", "85", 85, "measure", "kg/ha", "năng suất trứng bào xác bình quân", NAY, value_max=90),
    F("khoảng 400 kg/ha", "400", 400, "measure", "kg/ha", "sinh khối", NAY, approx="about"),
    F("giá trứng 1,1 triệu", "1,1", 1100000, "money", "đồng/kg", "giá trứng artemia", I(NAY)),
    F("khoảng 95 triệu", "95", 95000000, "money", "đồng/héc-ta", "thu nhập mỗi héc-ta nuôi artemia", I(NAY), approx="about"),
    F("25-30 triệu đồng/ha", "25", 25000000, "money", "đồng/ha", "thu nhập làm muối", I(NAY), value_max=30000000),
    F("1.000-1.200 đồng/kg", "1.000", 1000, "money", "đồng/kg", "giá muối tại ruộng", I(NAY), value_max=1200),
    F("có 1,2 ha", "1,2", 1.2, "measure", "ha", "ruộng muối của ông Nguyễn Văn Chín"),
    F("dành 0,8 ha", "0,8", 0.8, "measure", "ha", "diện tích nuôi artemia của ông Chín", NAY),
    F("76 kg trứng", "76", 76, "measure", "kg", "trứng artemia thu được", I(NAY)),
    F("gần 300 kg sinh khối", "300", 300, "measure", "kg", "sinh khối artemia thu được", I(NAY), approx="nearly"),
    F("lãi trên 60 triệu", "60", 60000000, "money", "đồng", "lãi", I(NAY), approx="over"),
    F("58 thành viên", "58", 58, "count", "thành viên", "thành viên Hợp tác xã Diêm nghiệp Ninh Diêm nuôi artemia"),
    F("khoảng 3,2 tấn", "3,2", 3.2, "measure", "tấn", "trứng artemia HTX thu mua", Y23, approx="about"),
    F("đạt 3,6 tỷ", "3,6", 3600000000, "money", "đồng", "doanh thu của HTX", Y23,
      change=C("increase", 1400000000, "đồng", "năm 2022")),
    F("đạt 150 ha", "150", 150, "measure", "ha", "diện tích nuôi artemia toàn tỉnh", T25, status="target",
      location="Khánh Hòa"),
    F("Ninh Hòa 100 ha", "100", 100, "measure", "ha", "diện tích nuôi artemia", T25, status="target", total=150),
    F("Cam Ranh 50 ha", "50", 50, "measure", "ha", "diện tích nuôi artemia", T25, status="target", total=150,
      location="Cam Ranh"),
    F("hỗ trợ 20 triệu", "20", 20000000, "money", "đồng/ha", "mức hỗ trợ hộ chuyển đổi từ ruộng muối sang nuôi artemia",
      location="Khánh Hòa"),
    F("Sau 2 đợt thu", "2", 2, "count", "đợt thu", "đợt thu hoạch", optional=True),
]

NOTES = [
    "revised after the first run: unit of 95 triệu is 'đồng/héc-ta' (the denominator as written, 'mỗi héc-ta'), not 'đồng/ha'.",
    "Báo Khánh Hòa: diêm dân Hòn Khói (thị xã Ninh Hòa) chuyển ruộng muối sang nuôi artemia, 2023. Byline 'THANH HẢI' and bare date '18/08/2023' at the end.",
    "'gấp gần 4 lần so với năm 2020' follows the 46 ha in the same clause: its change (4 lần, nearly), not a multiple of its own.",
    "'năm nay' = 2023 (published). Figures of Hòn Khói, Ninh Diêm and the HTX are located in Ninh Hòa; the provincial plan and support in Khánh Hòa.",
    "'Sau 2 đợt thu' (number of harvests) is optional. Distractors: the name 'Chín', 'thôn Đông Hải', 'Nghị quyết số 09/2021/NQ-HĐND'.",
]

write("p948-5", TEXT, FIGS, published="2023-08-18", location="Ninh Hòa", notes=NOTES)
