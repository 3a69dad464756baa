from lib import *

T = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦN GIỜ
Trang chủ / Tin tức - Sự kiện / Kinh tế
Hỗ trợ diêm dân nâng cao thu nhập từ nghề muối
Ngày đăng: 05/09/2024 | Lượt xem: 1.236

Huyện Cần Giờ hiện có 1.386 ha đất sản xuất muối, tập trung tại xã Lý Nhơn và xã Thạnh An, với 952 hộ diêm dân. Vụ muối 2023-2024 (từ tháng 12/2023 đến tháng 5/2024), sản lượng muối toàn huyện đạt 118.600 tấn, trong đó muối trải bạt 71.200 tấn, chiếm 60%; năng suất bình quân 85,6 tấn/ha.

Năm 2024, UBND huyện tiếp tục triển khai chương trình hỗ trợ diêm dân theo Nghị quyết số 09/2023/NQ-HĐND của HĐND Thành phố. Trong quý II/2024, huyện đã giải ngân 3,75 tỷ đồng hỗ trợ 186 hộ trải bạt trên 94,5 ha, mức hỗ trợ 40 triệu đồng/ha; hỗ trợ 12 tổ hợp tác và 2 hợp tác xã muối mua máy cào muối với kinh phí 860 triệu đồng.

Nhờ trải bạt, giá muối trắng bán ra đạt 2.800 đồng/kg, cao gấp 1,5 lần muối đất; thu nhập của diêm dân tăng từ 60 triệu đồng lên 95 triệu đồng/ha/năm. Ông Lê Văn Bảy (ấp Lý Thái Bửu, xã Lý Nhơn) có 3 ha muối trải bạt, vụ vừa qua thu hoạch 270 tấn, lãi hơn 200 triệu đồng.

Kế hoạch đến năm 2025, huyện phấn đấu nâng tỷ lệ diện tích muối trải bạt lên 75%, hình thành 3 chuỗi liên kết tiêu thụ muối với doanh nghiệp, bảo đảm diêm dân bán muối với giá không thấp hơn 2.000 đồng/kg.

Liên hệ: Phòng Kinh tế huyện Cần Giờ, đường Lương Văn Nho, thị trấn Cần Thạnh; ĐT: (028) 3874 0115.
"""

a = Article("p439-5", T, [
    "District portal (huyện Cần Giờ, TP Hồ Chí Minh), 'Ngày đăng: 05/09/2024 | Lượt xem: 1.236'. Salt season 2023-2024 and the HDPE-sheet support programme.",
    "Location is the district throughout (communes Lý Nhơn, Thạnh An are not places of the spec). 'hiện có' has no period.",
    "'Vụ muối 2023-2024 (từ tháng 12/2023 đến tháng 5/2024)' = 2023-12-01..2024-05-31. 'trong đó ... 71.200 tấn, chiếm 60%' total 118600 + percent 60.",
    "'cao gấp 1,5 lần muối đất' is the change of 2.800 đồng/kg (lần), as 'gấp 1,6 lần năm 2022' in earlier sets.",
    "'tăng từ 60 triệu đồng lên 95 triệu đồng/ha/năm': the new level 95 triệu is required; the old level 60 triệu is optional (not a range).",
    "'không thấp hơn 2.000 đồng/kg' is at_least. Distractors: resolution number, 'Vụ muối 2023-2024', phone, view counter, street names.",
], published="2024-09-05", location="Cần Giờ")

a.f("có 1.386 ha", "1.386", 1386, "measure", "ha", "đất sản xuất muối")
a.f("với 952 hộ diêm dân", "952", 952, "count", "hộ diêm dân", "hộ diêm dân")
PV = SPAN("từ tháng 12/2023 đến tháng 5/2024", "2023-12-01", "2024-05-31")
a.f("đạt 118.600 tấn", "118.600", 118600, "measure", "tấn", "sản lượng muối toàn huyện", PV)
a.f("muối trải bạt 71.200 tấn", "71.200", 71200, "measure", "tấn", "sản lượng muối trải bạt", PV, total=118600, percent=60)
a.f("bình quân 85,6 tấn/ha", "85,6", 85.6, "measure", "tấn/ha", "năng suất muối bình quân", PV)
PQ = Q("Trong quý II/2024", 2, 2024)
a.f("giải ngân 3,75 tỷ đồng", "3,75", 3750000000, "money", "đồng", "kinh phí hỗ trợ diêm dân trải bạt giải ngân", PQ)
a.f("hỗ trợ 186 hộ", "186", 186, "count", "hộ", "hộ được hỗ trợ trải bạt", PQ)
a.f("trên 94,5 ha", "94,5", 94.5, "measure", "ha", "diện tích trải bạt được hỗ trợ", PQ)
a.f("mức hỗ trợ 40 triệu đồng/ha", "40", 40000000, "money", "đồng/ha", "mức hỗ trợ trải bạt", PQ)
a.f("hỗ trợ 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", "tổ hợp tác được hỗ trợ mua máy cào muối", PQ)
a.f("và 2 hợp tác xã muối", "2", 2, "count", "hợp tác xã", "hợp tác xã muối được hỗ trợ mua máy cào muối", PQ)
a.f("kinh phí 860 triệu đồng", "860", 860000000, "money", "đồng", "kinh phí hỗ trợ mua máy cào muối", PQ)
a.f("đạt 2.800 đồng/kg", "2.800", 2800, "money", "đồng/kg", "giá muối trắng trải bạt bán ra",
    change=CH("+", 1.5, "lần", "muối đất"))
a.f("từ 60 triệu đồng", "60", 60000000, "money", "đồng/ha/năm", "thu nhập của diêm dân trước khi trải bạt", optional=True)
a.f("lên 95 triệu đồng/ha/năm", "95", 95000000, "money", "đồng/ha/năm", "thu nhập của diêm dân")
a.f("có 3 ha muối trải bạt", "3", 3, "measure", "ha", "diện tích muối trải bạt của ông Lê Văn Bảy")
a.f("thu hoạch 270 tấn", "270", 270, "measure", "tấn", "sản lượng muối thu hoạch của ông Lê Văn Bảy")
a.f("lãi hơn 200 triệu đồng", "200", 200000000, "money", "đồng", "tiền lãi của ông Lê Văn Bảy", approx="over")
PT = ASOF("đến năm 2025", "2025-12-31")
a.f("lên 75%", "75", 75, "percent", "%", "tỷ lệ diện tích muối trải bạt", PT, status="target")
a.f("hình thành 3 chuỗi", "3", 3, "count", "chuỗi liên kết", "chuỗi liên kết tiêu thụ muối với doanh nghiệp", PT,
    status="target")
a.f("không thấp hơn 2.000 đồng/kg", "2.000", 2000, "money", "đồng/kg", "giá bán muối của diêm dân", PT,
    status="target", approx="at_least")
a.write()
