"""p747-8: commune portal (xã Cam Lập, TP Cam Ranh), HTX rong nho."""
from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CAM LẬP - THÀNH PHỐ CAM RANH
Tin tức > Kinh tế
Ngày 25/09/2024 | 1.245 lượt xem

HTX rong nho Cam Lập: Doanh thu 8 tháng đạt 3,6 tỷ đồng

Hợp tác xã Nông nghiệp - Thủy sản Cam Lập hiện có 27 thành viên, nuôi rong nho trên diện tích 12,5 ha ao đìa tại thôn Hòa Sơn. Trong 8 tháng đầu năm 2024, HTX thu hoạch 94 tấn rong nho tươi, trong đó 61 tấn được chế biến thành rong nho tách nước mang thương hiệu "Rong nho Cam Lập" – sản phẩm đạt OCOP 4 sao.

Doanh thu 8 tháng đạt 3,6 tỷ đồng, tăng 25% so với cùng kỳ năm 2023; lợi nhuận khoảng 1,1 tỷ đồng. HTX giải quyết việc làm thường xuyên cho 42 lao động địa phương với thu nhập bình quân 7,5 triệu đồng/người/tháng.

Rong nho tươi được bán tại ao với giá 35.000-40.000 đồng/kg, còn rong nho tách nước có giá 180.000 đồng/kg. Từ tháng 5/2024 đến nay, HTX đã xuất 3 lô hàng với tổng khối lượng 4,2 tấn sản phẩm sang Nhật Bản. Điểm giới thiệu sản phẩm của HTX đặt tại Km 1479, Quốc lộ 1A, phường Cam Nghĩa.

Năm 2023, HTX được UBND thành phố xếp thứ 2 trong 15 hợp tác xã nông nghiệp tiêu biểu. Năm 2024, HTX phấn đấu doanh thu đạt 5,5 tỷ đồng, mở rộng thêm 3 ha ao nuôi và kết nạp thêm 10 thành viên.

Trụ sở HTX: thôn Hòa Sơn, xã Cam Lập; điện thoại 0258.3854.219.
"""

M8h = P("8 tháng", "2024-01-01", "2024-08-31")
M8 = P("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
SINCE = P("Từ tháng 5/2024 đến nay", "2024-05-01", "2024-09-25")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("8 tháng đạt 3,6 tỷ đồng\n", "3,6", 3.6e9, "money", "đồng", "doanh thu HTX rong nho Cam Lập", M8h),
    F("có 27 thành viên", "27", 27, "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp - Thủy sản Cam Lập"),
    F("diện tích 12,5 ha", "12,5", 12.5, "measure", "ha", "diện tích ao đìa nuôi rong nho"),
    F("thu hoạch 94 tấn", "94", 94, "measure", "tấn", "rong nho tươi thu hoạch", M8),
    F("61 tấn được chế biến", "61", 61, "measure", "tấn", "rong nho được chế biến thành rong nho tách nước", M8, total=94),
    F("8 tháng đạt 3,6 tỷ đồng,", "3,6", 3.6e9, "money", "đồng", "doanh thu", M8h,
      change=CH("increase", 25, baseline="cùng kỳ năm 2023")),
    F("khoảng 1,1 tỷ đồng", "1,1", 1.1e9, "money", "đồng", "lợi nhuận", M8h, approx="about"),
    F("cho 42 lao động", "42", 42, "count", "lao động", "lao động địa phương có việc làm thường xuyên tại HTX"),
    F("7,5 triệu đồng/người/tháng", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("35.000-40.000 đồng/kg", "35.000", 35000, "money", "đồng/kg", "giá rong nho tươi bán tại ao", value_max=40000),
    F("giá 180.000 đồng/kg", "180.000", 180000, "money", "đồng/kg", "giá rong nho tách nước"),
    F("xuất 3 lô hàng", "3", 3, "count", "lô hàng", "lô hàng xuất sang Nhật Bản", SINCE),
    F("4,2 tấn sản phẩm", "4,2", 4.2, "measure", "tấn", "tổng khối lượng sản phẩm xuất sang Nhật Bản", SINCE),
    F("xếp thứ 2", "2", 2, "rank", "hạng", "hợp tác xã nông nghiệp tiêu biểu của thành phố", Y23, total=15),
    F("đạt 5,5 tỷ đồng", "5,5", 5.5e9, "money", "đồng", "doanh thu", Y24, status="target"),
    F("thêm 3 ha", "3", 3, "measure", "ha", "diện tích ao nuôi mở rộng thêm", Y24, status="target"),
    F("thêm 10 thành viên", "10", 10, "count", "thành viên", "thành viên kết nạp thêm", Y24, status="target"),
]

COMMENTS = [
    "Cổng TTĐT xã Cam Lập (TP Cam Ranh, Khánh Hòa; commune portal): HTX rong nho 8 tháng 2024. A commune portal implies its city: Cam Ranh.",
    "Distractors: 'Ngày 25/09/2024 | 1.245 lượt xem', 'OCOP 4 sao' (a rating, not a figure), 'Km 1479, Quốc lộ 1A', phone, 'thôn Hòa Sơn'.",
    "Headline '8 tháng' takes the year of the date line (2024). '61 tấn' after 'trong đó' is a part of 94 tấn.",
    "'xếp thứ 2 trong 15 hợp tác xã' is a rank with total 15 (like '25/63'). 'Từ tháng 5/2024 đến nay' ends at the date line.",
    "'phấn đấu' covers the whole 'Năm 2024' sentence (three targets).",
]

if __name__ == "__main__":
    emit("p747-8", TEXT, COMMENTS, FIGS, published="2024-09-25", location="Cam Ranh")
