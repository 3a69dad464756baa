"""p948-1: province portal (Bạc Liêu), artemia on salt fields, first half of 2024."""
from lib import *

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế
Bạc Liêu: Diện tích nuôi artemia trên ruộng muối vượt kế hoạch
Cập nhật: 08/07/2024 09:20 | Lượt xem: 1.317

Theo Sở Nông nghiệp và Phát triển nông thôn, 6 tháng đầu năm 2024, tỉnh Bạc Liêu thả nuôi 412 ha artemia trên ruộng muối, đạt 103% kế hoạch, tăng 58 ha so với cùng kỳ năm 2023. Trong đó, huyện Đông Hải 285 ha, huyện Hòa Bình 96 ha và thị xã Giá Rai 31 ha.

Sản lượng trứng bào xác artemia ước đạt 38,6 tấn, tăng 21,4% so với cùng kỳ. Riêng quý II/2024, sản lượng trứng thu hoạch đạt 29,3 tấn, chiếm 75,9% sản lượng 6 tháng. Năng suất bình quân đạt khoảng 94 kg/ha/vụ, có hộ đạt trên 130 kg/ha/vụ. Ngoài trứng, người nuôi còn thu gần 120 tấn sinh khối artemia để bán cho các trại sản xuất tôm giống.

Giá trứng artemia hiện dao động từ 1,1 đến 1,3 triệu đồng/kg; mỗi héc-ta nuôi artemia cho lợi nhuận khoảng 60-70 triệu đồng mỗi vụ. Lợi nhuận này cao gấp 2 đến 3 lần so với chỉ làm muối. Tổng giá trị sản phẩm artemia 6 tháng ước đạt trên 46 tỷ đồng, chiếm 35,2% giá trị sản xuất trên diện tích ruộng muối của tỉnh.

Tại Hợp tác xã Diêm nghiệp Long Điền Tây 2 (ấp Gò Cát, xã Long Điền Tây, huyện Đông Hải), 27 thành viên nuôi 42 ha artemia, thu nhập bình quân 7,5 triệu đồng/người/tháng.

Toàn tỉnh hiện có 1.145 hộ nuôi artemia, trong đó 386 hộ được hỗ trợ 50% giá con giống theo Nghị quyết số 12/2022/NQ-HĐND của HĐND tỉnh.

Năm 2025, tỉnh phấn đấu nâng diện tích nuôi artemia lên 500 ha, sản lượng trứng bào xác đạt 50 tấn; đến năm 2030 đạt 1.000 ha.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
AREA = "diện tích thả nuôi artemia trên ruộng muối"
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("thả nuôi 412 ha", "412", 412, "measure", "ha", AREA, H1, percent=103,
      change=C("increase", 58, "ha", "cùng kỳ năm 2023")),
    F("Đông Hải 285 ha", "285", 285, "measure", "ha", AREA, I(H1), total=412, location="Đông Hải"),
    F("Hòa Bình 96 ha", "96", 96, "measure", "ha", AREA, I(H1), total=412, location="Hòa Bình"),
    F("Giá Rai 31 ha", "31", 31, "measure", "ha", AREA, I(H1), total=412, location="Giá Rai"),
    F("ước đạt 38,6 tấn", "38,6", 38.6, "measure", "tấn", "sản lượng trứng bào xác artemia", I(H1),
      status="estimate", change=C("increase", 21.4, "%", "cùng kỳ")),
    F("đạt 29,3 tấn", "29,3", 29.3, "measure", "tấn", "sản lượng trứng thu hoạch",
      P("quý II/2024", "2024-04-01", "2024-06-30"), percent=75.9),
    F("khoảng 94 kg/ha/vụ", "94", 94, "measure", "kg/ha/vụ", "năng suất bình quân", I(H1), approx="about"),
    F("trên 130 kg/ha/vụ", "130", 130, "measure", "kg/ha/vụ", "năng suất của hộ nuôi", I(H1), approx="over"),
    F("gần 120 tấn", "120", 120, "measure", "tấn", "sinh khối artemia", I(H1), approx="nearly"),
    F("từ 1,1 đến 1,3 triệu", "1,1", 1100000, "money", "đồng/kg", "giá trứng artemia", value_max=1300000),
    F("khoảng 60-70 triệu", "60", 60000000, "money", "đồng/héc-ta/vụ", "lợi nhuận mỗi héc-ta nuôi artemia",
      value_max=70000000, approx="about"),
    F("gấp 2 đến 3 lần", "2", 2, "multiple", "lần", "lợi nhuận nuôi artemia so với chỉ làm muối", value_max=3),
    F("trên 46 tỷ đồng", "46", 46000000000, "money", "đồng", "tổng giá trị sản phẩm artemia",
      P("6 tháng", "2024-01-01", "2024-06-30"), approx="over", status="estimate", percent=35.2),
    F("27 thành viên", "27", 27, "count", "thành viên",
      "thành viên Hợp tác xã Diêm nghiệp Long Điền Tây 2 nuôi artemia", location="Đông Hải"),
    F("nuôi 42 ha", "42", 42, "measure", "ha", "diện tích nuôi artemia của hợp tác xã", location="Đông Hải"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7500000, "money", "đồng/người/tháng", "thu nhập bình quân thành viên",
      location="Đông Hải"),
    F("1.145 hộ", "1.145", 1145, "count", "hộ", "hộ nuôi artemia"),
    F("386 hộ", "386", 386, "count", "hộ", "hộ nuôi artemia được hỗ trợ giá con giống", total=1145),
    F("hỗ trợ 50% giá", "50", 50, "percent", "%", "mức hỗ trợ giá con giống"),
    F("lên 500 ha", "500", 500, "measure", "ha", "diện tích nuôi artemia", Y25, status="target"),
    F("đạt 50 tấn", "50", 50, "measure", "tấn", "sản lượng trứng bào xác", Y25, status="target"),
    F("đạt 1.000 ha", "1.000", 1000, "measure", "ha", "diện tích nuôi artemia",
      P("đến năm 2030", None, "2030-12-31"), status="target"),
]

NOTES = [
    "revised after the first run: unit of 60-70 triệu is 'đồng/héc-ta/vụ' (the denominator as written, 'mỗi héc-ta … mỗi vụ'), not 'đồng/ha/vụ'.",
    "Cổng TTĐT tỉnh Bạc Liêu: diện tích nuôi artemia trên ruộng muối 6 tháng đầu năm 2024; district parts after 'Trong đó' (285+96+31 = 412).",
    "Distractors: 'Cập nhật: 08/07/2024 09:20', 'Lượt xem: 1.317', 'Long Điền Tây 2' (a name), 'Nghị quyết số 12/2022/NQ-HĐND'.",
    "'hỗ trợ 50% giá con giống' is the support rate, not a share of the 386 households: its own percent figure.",
    "'Lợi nhuận này cao gấp 2 đến 3 lần…' stands as its own sentence: a multiple (range).",
]

write("p948-1", TEXT, FIGS, published="2024-07-08", location="Bạc Liêu", notes=NOTES)
