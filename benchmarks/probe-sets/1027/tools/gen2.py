"""p1027-2: district portal of Quản Bạ (Hà Giang): Mông linen weaving in Lùng Tám."""
from lib import F, P, I, C, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢN BẠ
Trang chủ / Tin tức - Sự kiện / Kinh tế - Xã hội

Lùng Tám giữ nghề dệt lanh của phụ nữ Mông

Thứ Năm, 14/03/2024 - 10:20

Xã Lùng Tám hiện có 146 hộ với gần 300 lao động tham gia trồng lanh, se sợi, dệt vải. Hợp tác xã dệt lanh Lùng Tám có 82 thành viên, là điểm dừng chân quen thuộc của du khách trên Quốc lộ 4C.

Năm 2023, toàn xã trồng 18,5 ha lanh, tăng 3,5 ha so với năm 2022; sản xuất khoảng 9.600 m vải lanh và 2.150 sản phẩm may sẵn các loại. Doanh thu của hợp tác xã năm 2023 đạt 1,86 tỷ đồng, bằng 124% so với năm trước; thu nhập của thành viên từ 3,5 đến 4 triệu đồng/người/tháng.

Quý I/2024, hợp tác xã đã nhận đơn hàng 1.200 khăn, túi lanh của các công ty lữ hành ở Hà Nội; dự kiến doanh thu cả năm 2024 khoảng 2,3 tỷ đồng.

Để truyền nghề cho thế hệ trẻ, năm 2023 Phòng Văn hóa - Thông tin huyện phối hợp mở 4 lớp dạy dệt lanh, vẽ sáp ong cho 120 học viên là phụ nữ, học sinh người Mông, với kinh phí 168 triệu đồng theo Quyết định số 1719/QĐ-TTg của Thủ tướng Chính phủ. Mỗi tấm vải lanh dài khoảng 8 m, người thợ mất từ 30 đến 40 ngày mới hoàn thành.

Ông Hoàng Văn Sáu, Chủ tịch UBND xã Lùng Tám cho biết, mục tiêu đến năm 2025 xã nâng diện tích trồng lanh lên 25 ha, 100% thôn có tổ dệt lanh.

Minh Hà - Trung tâm Văn hóa, Thể thao và Truyền thông huyện Quản Bạ
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 146 hộ", "146", 146, "count", "hộ", "hộ tham gia trồng lanh, se sợi, dệt vải"),
    F("gần 300 lao động", "300", 300, "count", "lao động", "lao động tham gia trồng lanh, se sợi, dệt vải",
      approx="nearly"),
    F("có 82 thành viên", "82", 82, "count", "thành viên", "thành viên Hợp tác xã dệt lanh Lùng Tám"),
    F("trồng 18,5 ha", "18,5", 18.5, "measure", "ha", "diện tích trồng lanh", Y23,
      change=C("increase", 3.5, "ha", "năm 2022")),
    F("khoảng 9.600 m", "9.600", 9600, "measure", "m", "vải lanh sản xuất", Y23, approx="about"),
    F("và 2.150 sản phẩm", "2.150", 2150, "count", "sản phẩm", "sản phẩm may sẵn", Y23),
    F("đạt 1,86 tỷ đồng", "1,86", 1_860_000_000, "money", "đồng", "doanh thu của hợp tác xã", Y23b, percent=124),
    F("từ 3,5 đến 4 triệu", "3,5", 3_500_000, "money", "đồng/người/tháng", "thu nhập của thành viên", Y23b,
      value_max=4_000_000),
    F("đơn hàng 1.200 khăn", "1.200", 1200, "count", "khăn, túi lanh", "khăn, túi lanh được đặt hàng", Q1),
    F("khoảng 2,3 tỷ đồng", "2,3", 2_300_000_000, "money", "đồng", "doanh thu cả năm của hợp tác xã", Y24,
      approx="about", status="forecast"),
    F("mở 4 lớp", "4", 4, "count", "lớp", "lớp dạy dệt lanh, vẽ sáp ong", Y23b),
    F("cho 120 học viên", "120", 120, "count", "học viên", "học viên lớp dạy dệt lanh, vẽ sáp ong", Y23b),
    F("kinh phí 168 triệu đồng", "168", 168_000_000, "money", "đồng", "kinh phí mở lớp dạy dệt lanh", Y23b),
    F("dài khoảng 8 m", "8", 8, "measure", "m", "chiều dài tấm vải lanh", approx="about", optional=True),
    F("từ 30 đến 40 ngày", "30", 30, "measure", "ngày", "thời gian dệt một tấm vải lanh", value_max=40),
    F("lên 25 ha", "25", 25, "measure", "ha", "diện tích trồng lanh", T25, status="target"),
    F("100% thôn", "100", 100, "percent", "%", "thôn có tổ dệt lanh", T25, status="target"),
]

NOTES = [
    "Cổng TTĐT huyện Quản Bạ (Hà Giang): nghề dệt lanh của phụ nữ Mông ở xã Lùng Tám — hộ, lao động, diện tích lanh, doanh thu HTX, lớp dạy nghề.",
    "Dateline 'Thứ Năm, 14/03/2024 - 10:20' gives published. The commune lies in Quản Bạ, so the district is the location;",
    "'công ty lữ hành ở Hà Nội' (buyers) does not make Hà Nội the place. 'Quốc lộ 4C', 'Quyết định số 1719/QĐ-TTg',",
    "'Hoàng Văn Sáu' are not figures. 'dài khoảng 8 m' (the example cloth's size) is optional; the weaving time 30-40 ngày is a measure.",
    "'bằng 124% so với năm trước' after the revenue is its percent. The income range stands in the revenue's sentence (after ';'), so it takes năm 2023.",
]

write(2, TEXT, FIGS, NOTES, published="2024-03-14", location="Quản Bạ")
