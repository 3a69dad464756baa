"""p844-8: provincial newspaper online (Báo Bạc Liêu), headline figure, (BBL) tag; BSF larvae for shrimp and poultry, 2025."""
from lib import F, P, I, chg, tgt, write

TEXT = """Báo Bạc Liêu điện tử
Kinh tế » Nông nghiệp - Nông thôn
Cập nhật lúc 15:40, Thứ ba, 10/6/2025

Hơn 90 hộ nuôi ruồi lính đen, giảm 30% chi phí thức ăn

(BBL) - Từ mô hình thí điểm đầu tiên cách đây 4 năm, đến nay toàn tỉnh đã có 94 hộ và 3 doanh nghiệp nuôi ruồi lính đen, tập trung ở các huyện Hòa Bình, Vĩnh Lợi và thị xã Giá Rai. Trong 5 tháng đầu năm 2025, các cơ sở cung cấp khoảng 1.150 tấn ấu trùng tươi, bằng 118% cùng kỳ, phục vụ nuôi gà, vịt và tôm càng xanh.

Theo Trung tâm Khuyến nông tỉnh Bạc Liêu, dùng ấu trùng ruồi lính đen thay thế 30-40% thức ăn công nghiệp giúp giảm khoảng 30% chi phí thức ăn, trong khi tỷ lệ sống của tôm càng xanh vẫn đạt trên 85%.

Ông Lâm Văn Sáu ở ấp 15, xã Vĩnh Hậu A (huyện Hòa Bình) nuôi ruồi lính đen trên 500 m2 nhà lưới, mỗi ngày thu khoảng 300 kg ấu trùng để nuôi 2.000 con gà thả vườn và 1 ha tôm càng xanh. Nhờ vậy, mỗi năm gia đình ông tiết kiệm gần 120 triệu đồng tiền thức ăn.

Riêng trong tháng 5, giá ấu trùng tươi tăng lên 8.500 đồng/kg, cao hơn 1.000 đồng/kg so với cuối năm 2024. Nguồn phụ phẩm đầu vào như bã bia, bã đậu, ruột tôm từ các nhà máy chế biến dọc tuyến Quản Lộ - Phụng Hiệp cũng tăng giá từ 10-15%.

Tỉnh đang xây dựng Đề án phát triển chăn nuôi tuần hoàn giai đoạn 2025-2030. Đề án đặt mục tiêu đến năm 2030 có 300 hộ nuôi ruồi lính đen, xử lý khoảng 50.000 tấn phụ phẩm mỗi năm, giảm ít nhất 20% lượng thức ăn công nghiệp trong chăn nuôi gia cầm.

Thanh Tâm
"""

NOW = P("đến nay", end="2025-06-10")
M5 = P("Trong 5 tháng đầu năm 2025", "2025-01-01", "2025-05-31")
T5 = P("Riêng trong tháng 5", "2025-05-01", "2025-05-31")
T30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("Hơn 90 hộ", "90", 90, "count", "hộ", "hộ nuôi ruồi lính đen", approx="over"),
    F("giảm 30% chi phí", "30", 30, "percent", "%", "chi phí thức ăn giảm"),
    F("đã có 94 hộ", "94", 94, "count", "hộ", "hộ nuôi ruồi lính đen", NOW),
    F("và 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp nuôi ruồi lính đen", NOW),
    F("khoảng 1.150 tấn", "1.150", 1150, "measure", "tấn", "ấu trùng tươi cung cấp", M5, approx="about", percent=118),
    F("thay thế 30-40%", "30", 30, "percent", "%", "thức ăn công nghiệp được thay thế bằng ấu trùng ruồi lính đen",
      value_max=40),
    F("giảm khoảng 30%", "30", 30, "percent", "%", "chi phí thức ăn giảm", approx="about"),
    F("trên 85%", "85", 85, "percent", "%", "tỷ lệ sống của tôm càng xanh", approx="over"),
    F("trên 500 m2", "500", 500, "measure", "m2", "diện tích nhà lưới", approx="over", location="Hòa Bình", optional=True),
    F("khoảng 300 kg", "300", 300, "measure", "kg/ngày", "ấu trùng thu mỗi ngày", approx="about", location="Hòa Bình"),
    F("nuôi 2.000 con", "2.000", 2000, "count", "con", "gà thả vườn", location="Hòa Bình"),
    F("và 1 ha", "1", 1, "measure", "ha", "diện tích nuôi tôm càng xanh", location="Hòa Bình"),
    F("gần 120 triệu đồng", "120", 120e6, "money", "đồng/năm", "tiền thức ăn tiết kiệm mỗi năm", approx="nearly",
      location="Hòa Bình"),
    F("lên 8.500 đồng/kg", "8.500", 8500, "money", "đồng/kg", "giá ấu trùng tươi", T5,
      change=chg("increase", 1000, "đồng/kg", "cuối năm 2024")),
    F("từ 10-15%", "10", 10, "percent", "%", "giá phụ phẩm đầu vào tăng", I(T5), value_max=15),
    F("có 300 hộ", "300", 300, "count", "hộ", "hộ nuôi ruồi lính đen", T30, status="target"),
    F("khoảng 50.000 tấn", "50.000", 50000, "measure", "tấn/năm", "phụ phẩm được xử lý mỗi năm", T30,
      approx="about", status="target"),
    F("ít nhất 20%", "20", 20, "percent", "%", "lượng thức ăn công nghiệp trong chăn nuôi gia cầm giảm", T30,
      approx="at_least", status="target"),
]

NOTES = [
    "Báo Bạc Liêu online: BSF larvae as feed for poultry and freshwater prawns; headline 'Hơn 90 hộ … giảm 30%', tag '(BBL) -'.",
    "'Cập nhật lúc 15:40, Thứ ba, 10/6/2025' gives published. 'cách đây 4 năm' (a time distance), ấp 15, xã Vĩnh Hậu A,",
    "'giai đoạn 2025-2030', the name 'Lâm Văn Sáu', tuyến Quản Lộ - Phụng Hiệp are not figures. The model farm is in Hòa Bình (location);",
    "its net-house area is an example's specification (optional). 'bằng 118% cùng kỳ' is the share of 1.150 tấn.",
    "'cao hơn 1.000 đồng/kg so với cuối năm 2024' is the change of 8.500 đồng/kg. Growth/decline rates without a base amount are percent figures.",
]

write(8, TEXT, FIGS, NOTES, published="2025-06-10", location="Bạc Liêu")
