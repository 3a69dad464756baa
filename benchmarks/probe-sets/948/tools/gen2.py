"""p948-2: district-level portal (thị xã Vĩnh Châu, Sóc Trăng), the 2023 artemia crop."""
from lib import *

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ VĨNH CHÂU
Trang chủ > Tin hoạt động xã, phường
Thứ Ba, 16/05/2023 - 10:05

Người nuôi artemia ở Vĩnh Châu trúng mùa, được giá

Vụ nuôi artemia năm 2023, toàn thị xã thả nuôi 568 ha trên ruộng muối, tăng 7,2% so với năm 2022, tập trung ở phường Vĩnh Phước (214 ha), xã Vĩnh Tân (186 ha) và xã Lai Hòa (131 ha). Đến nay, đã có khoảng 70% diện tích cho thu hoạch trứng.

Theo Phòng Kinh tế thị xã, năng suất trứng bào xác bình quân đạt 105 kg/ha, sản lượng cả vụ ước đạt gần 60 tấn. Giá trứng artemia thương lái thu mua tại ruộng từ 1,2 đến 1,4 triệu đồng/kg, cao hơn khoảng 200.000 đồng/kg so với vụ trước. Nhiều điểm thu mua, sơ chế trứng mọc lên dọc Đường tỉnh 935.

Ông Trần Văn Bảy, ngụ khóm Biển Trên, phường Vĩnh Phước, nuôi 2,5 ha artemia. Sau 4 tháng thả nuôi, gia đình ông thu được 290 kg trứng, trừ chi phí lãi hơn 250 triệu đồng. "Nuôi artemia lời gấp 3 lần làm muối", ông Bảy chia sẻ.

Hiện toàn thị xã có 3 tổ hợp tác và 1 hợp tác xã nuôi artemia với 412 thành viên; 9 cơ sở thu mua, sơ chế trứng artemia. Thị xã đang phối hợp Trường Đại học Cần Thơ chuyển giao quy trình nuôi mật độ cao, phấn đấu đến năm 2025 năng suất bình quân đạt 120 kg/ha, diện tích nuôi ổn định khoảng 600 ha.

Phòng Kinh tế thị xã Vĩnh Châu - Điện thoại: 0299.3861.245
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
AREA = "diện tích thả nuôi artemia trên ruộng muối"
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("thả nuôi 568 ha", "568", 568, "measure", "ha", AREA, Y23, change=C("increase", 7.2, "%", "năm 2022")),
    F("(214 ha)", "214", 214, "measure", "ha", AREA, Y23),
    F("(186 ha)", "186", 186, "measure", "ha", AREA, Y23),
    F("(131 ha)", "131", 131, "measure", "ha", AREA, Y23),
    F("khoảng 70% diện tích", "70", 70, "percent", "%", "diện tích cho thu hoạch trứng",
      P("Đến nay", None, "2023-05-16"), approx="about"),
    F("đạt 105 kg/ha", "105", 105, "measure", "kg/ha", "năng suất trứng bào xác bình quân", I(Y23)),
    F("gần 60 tấn", "60", 60, "measure", "tấn", "sản lượng trứng bào xác cả vụ", I(Y23),
      approx="nearly", status="estimate"),
    F("từ 1,2 đến 1,4 triệu", "1,2", 1200000, "money", "đồng/kg", "giá trứng artemia thương lái thu mua tại ruộng",
      value_max=1400000, change=C("increase", 200000, "đồng/kg", "vụ trước", "about")),
    F("nuôi 2,5 ha", "2,5", 2.5, "measure", "ha", "diện tích nuôi artemia của ông Trần Văn Bảy"),
    F("290 kg", "290", 290, "measure", "kg", "trứng artemia gia đình ông Bảy thu được"),
    F("hơn 250 triệu", "250", 250000000, "money", "đồng", "lãi sau khi trừ chi phí", approx="over"),
    F("gấp 3 lần", "3", 3, "multiple", "lần", "lời nuôi artemia so với làm muối"),
    F("3 tổ hợp tác", "3", 3, "count", "tổ hợp tác", "tổ hợp tác nuôi artemia"),
    F("1 hợp tác xã", "1", 1, "count", "hợp tác xã", "hợp tác xã nuôi artemia"),
    F("412 thành viên", "412", 412, "count", "thành viên", "thành viên tổ hợp tác, hợp tác xã nuôi artemia"),
    F("9 cơ sở", "9", 9, "count", "cơ sở", "cơ sở thu mua, sơ chế trứng artemia"),
    F("đạt 120 kg/ha", "120", 120, "measure", "kg/ha", "năng suất bình quân", T25, status="target"),
    F("khoảng 600 ha", "600", 600, "measure", "ha", "diện tích nuôi ổn định", T25, status="target", approx="about"),
]

NOTES = [
    "Cổng TTĐT thị xã Vĩnh Châu (Sóc Trăng): vụ artemia năm 2023. Dateline 'Thứ Ba, 16/05/2023 - 10:05'.",
    "Communes/wards (phường Vĩnh Phước, xã Vĩnh Tân, xã Lai Hòa) lie in Vĩnh Châu: location stays the district-level town.",
    "The bracketed list after 'tập trung ở' does not add up to 568 (214+186+131 = 531): no total.",
    "Distractors: 'Đường tỉnh 935', 'khóm Biển Trên', the name 'Bảy', 'Sau 4 tháng thả nuôi' (a duration that locates the harvest), the phone 0299.3861.245.",
]

write("p948-2", TEXT, FIGS, published="2023-05-16", location="Vĩnh Châu", notes=NOTES)
