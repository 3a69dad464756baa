"""p940-1: province portal (Cao Bằng), chestnut harvest season 2024."""
from lib import F, write, year, inh, period, change

TEXT = """
Cổng Thông tin điện tử tỉnh Cao Bằng
Trang chủ > Tin tức - Sự kiện > Kinh tế
Hạt dẻ Trùng Khánh vào vụ, giá thu mua tăng
Cập nhật: 18/09/2024 09:15 | Lượt xem: 2.318

Năm 2024, toàn tỉnh Cao Bằng có khoảng 2.760 ha cây dẻ, tăng 185 ha so với năm 2023; trong đó diện tích cho thu hoạch đạt 2.140 ha, chiếm 77,5%. Cây dẻ được trồng tập trung ở các huyện Trùng Khánh (1.920 ha), Hạ Lang (460 ha) và Quảng Hòa (210 ha).

Theo Sở Nông nghiệp và Phát triển nông thôn, sản lượng hạt dẻ vụ năm nay ước đạt 1.350 tấn, tăng 8,4% so với vụ trước. Năng suất bình quân đạt 6,3 tạ/ha. Hiện giá thu mua hạt dẻ loại 1 tại vườn dao động từ 70.000 đến 90.000 đồng/kg, cao hơn khoảng 10.000 đồng/kg so với cùng kỳ; hạt dẻ loại 2 có giá 45.000-55.000 đồng/kg. Với mức giá này, mỗi ha dẻ cho thu nhập từ 50 đến 60 triệu đồng. Thu nhập từ cây dẻ gấp 2,5 lần so với trồng ngô trên cùng diện tích.

Toàn tỉnh có trên 4.100 hộ trồng dẻ, trong đó huyện Trùng Khánh có gần 3.000 hộ. Hạt dẻ Trùng Khánh đã được bảo hộ chỉ dẫn địa lý theo Quyết định số 1425/QĐ-SHTT. Đến nay, tỉnh có 7 sản phẩm từ hạt dẻ đạt chuẩn OCOP, trong đó 2 sản phẩm đạt 4 sao, 5 sản phẩm đạt 3 sao. Toàn tỉnh có 12 hợp tác xã tham gia thu mua, chế biến hạt dẻ, tiêu thụ bình quân 150 tấn hạt mỗi năm. Dịp này, huyện Trùng Khánh tổ chức Phiên chợ hạt dẻ lần thứ 3 tại thị trấn Trùng Khánh.

Mục tiêu đến năm 2025, tỉnh phấn đấu nâng diện tích dẻ lên 3.000 ha, sản lượng đạt 1.800 tấn/năm. Tỉnh hỗ trợ 50% kinh phí mua cây giống cho hộ trồng mới, tối đa 15 triệu đồng/ha.

Sở NN&PTNT Cao Bằng - Số 043 Hoàng Đình Giong, TP Cao Bằng. ĐT: 0206.3852.457
"""

Y24 = year("Năm 2024", 2024)
NAY = year("năm nay", 2024)
DENNAY = period("Đến nay", None, "2024-09-18")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("khoảng 2.760 ha", "2.760", 2760, "measure", "ha", "diện tích cây dẻ", Y24, approx="about",
      change=change("increase", 185, "ha", "năm 2023")),
    F("đạt 2.140 ha", "2.140", 2140, "measure", "ha", "diện tích dẻ cho thu hoạch", Y24, total=2760, percent=77.5),
    F("Trùng Khánh (1.920 ha)", "1.920", 1920, "measure", "ha", "diện tích cây dẻ", inh(Y24), location="Trùng Khánh"),
    F("Hạ Lang (460 ha)", "460", 460, "measure", "ha", "diện tích cây dẻ", inh(Y24), location="Hạ Lang"),
    F("Quảng Hòa (210 ha)", "210", 210, "measure", "ha", "diện tích cây dẻ", inh(Y24), location="Quảng Hòa"),
    F("ước đạt 1.350 tấn", "1.350", 1350, "measure", "tấn", "sản lượng hạt dẻ", NAY, status="estimate",
      change=change("increase", 8.4, "%", "vụ trước")),
    F("đạt 6,3 tạ/ha", "6,3", 6.3, "measure", "tạ/ha", "năng suất dẻ bình quân", inh(NAY)),
    F("từ 70.000 đến 90.000 đồng/kg", "70.000", 70000, "money", "đồng/kg", "giá thu mua hạt dẻ loại 1 tại vườn",
      value_max=90000, change=change("increase", 10000, "đồng/kg", "cùng kỳ", approx="about")),
    F("giá 45.000-55.000 đồng/kg", "45.000", 45000, "money", "đồng/kg", "giá hạt dẻ loại 2", value_max=55000),
    F("từ 50 đến 60 triệu đồng", "50", 50_000_000, "money", "đồng/ha", "thu nhập mỗi ha dẻ", value_max=60_000_000),
    F("gấp 2,5 lần", "2,5", 2.5, "multiple", "lần", "thu nhập từ cây dẻ so với trồng ngô"),
    F("trên 4.100 hộ", "4.100", 4100, "count", "hộ", "hộ trồng dẻ", approx="over"),
    F("gần 3.000 hộ", "3.000", 3000, "count", "hộ", "hộ trồng dẻ", approx="nearly", total=4100, location="Trùng Khánh"),
    F("có 7 sản phẩm", "7", 7, "count", "sản phẩm", "sản phẩm từ hạt dẻ đạt chuẩn OCOP", DENNAY),
    F("trong đó 2 sản phẩm", "2", 2, "count", "sản phẩm", "sản phẩm OCOP 4 sao", DENNAY, total=7),
    F("đạt 4 sao", "4", 4, "measure", "sao", None, optional=True),
    F("5 sản phẩm đạt", "5", 5, "count", "sản phẩm", "sản phẩm OCOP 3 sao", DENNAY, total=7),
    F("đạt 3 sao", "3", 3, "measure", "sao", None, optional=True),
    F("có 12 hợp tác xã", "12", 12, "count", "hợp tác xã", "hợp tác xã thu mua, chế biến hạt dẻ"),
    F("bình quân 150 tấn", "150", 150, "measure", "tấn/năm", "hạt dẻ hợp tác xã tiêu thụ"),
    F("lên 3.000 ha", "3.000", 3000, "measure", "ha", "diện tích dẻ", T25, status="target"),
    F("đạt 1.800 tấn/năm", "1.800", 1800, "measure", "tấn/năm", "sản lượng hạt dẻ", T25, status="target"),
    F("hỗ trợ 50% kinh phí", "50", 50, "percent", "%", "mức hỗ trợ kinh phí mua cây giống"),
    F("tối đa 15 triệu đồng/ha", "15", 15_000_000, "money", "đồng/ha", "mức hỗ trợ kinh phí mua cây giống",
      approx="at_most"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Cao Bằng: hạt dẻ Trùng Khánh vào vụ 2024 (diện tích, sản lượng, giá thu mua, OCOP, HTX).",
    "Not figures: dateline/time, 'Lượt xem: 2.318', 'loại 1'/'loại 2' (grades), 'Quyết định số 1425/QĐ-SHTT', 'lần thứ 3',",
    "'Số 043 Hoàng Đình Giong', phone. OCOP star levels '4 sao'/'3 sao' are category labels: optional.",
    "'vụ năm nay' = 2024 (published). 'Hiện' gives no period. District list after a new sentence does not add up: no total.",
]

write(1, TEXT, FIGS, COMMENTS, published="2024-09-18", location="Cao Bằng")
