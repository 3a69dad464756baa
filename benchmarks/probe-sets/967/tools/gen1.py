"""p967-1: Cao Bằng province portal, thác Bản Giốc, 6 tháng 2024."""
from lib import F, P, I, C, T, write

TEXT = """Cổng thông tin điện tử tỉnh Cao Bằng
Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao - Du lịch
Thác Bản Giốc đón gần 400 nghìn lượt khách trong 6 tháng
Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.318

Theo Ban Quản lý Khu du lịch thác Bản Giốc, 6 tháng đầu năm 2024 khu du lịch đã đón 396.500 lượt khách tham quan, tăng 18,6% so với cùng kỳ năm 2023, đạt 61% kế hoạch năm. Trong đó, khách quốc tế đạt 21.400 lượt, khách nội địa 375.100 lượt. Doanh thu từ bán vé tham quan ước đạt 17,8 tỷ đồng, tăng 2,3 tỷ đồng so với cùng kỳ.

Giá vé tham quan thác hiện là 45.000 đồng/người; trẻ em có chiều cao dưới 1,3 m được miễn vé. Dịch vụ đi bè mảng ra sát chân thác có giá 50.000 đồng/người/lượt, thu hút khoảng 112.000 lượt khách sử dụng. Toàn khu hiện có 186 lao động, trong đó 142 người là đồng bào Tày, Nùng ở các xóm lân cận, thu nhập bình quân 6,2 triệu đồng/người/tháng.

Để giảm tải vào cao điểm, khu du lịch giới hạn tối đa 5.000 khách/ngày. Ngày 1/5 vừa qua, lượng khách lên tới 7.200 lượt, gấp 3 lần ngày thường. Ngày hội văn hóa - du lịch thác Bản Giốc lần thứ 3 sẽ được tổ chức vào tháng 9 tới.

Năm 2024, tỉnh đặt mục tiêu thác Bản Giốc đón 650.000 lượt khách, doanh thu từ vé đạt 30 tỷ đồng. Tỉnh đang triển khai dự án nâng cấp đường tỉnh 206 dẫn vào khu thác với tổng vốn 285 tỷ đồng theo Quyết định số 1146/QĐ-UBND; dự kiến hoàn thành trong quý II/2025.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HL = P("6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("gần 400 nghìn lượt khách", "400", 400000, "count", "lượt khách", "lượt khách thác Bản Giốc", HL,
      approx="nearly"),
    F("đón 396.500 lượt khách", "396.500", 396500, "count", "lượt khách", "lượt khách tham quan khu du lịch thác Bản Giốc", H1,
      percent=61, change=C("increase", 18.6, "%", "cùng kỳ năm 2023")),
    F("đạt 21.400 lượt", "21.400", 21400, "count", "lượt", "khách quốc tế", I(H1), total=396500),
    F("nội địa 375.100 lượt", "375.100", 375100, "count", "lượt", "khách nội địa", I(H1), total=396500),
    F("ước đạt 17,8 tỷ đồng", "17,8", 17.8e9, "money", "đồng", "doanh thu từ bán vé tham quan", I(H1),
      change=C("increase", 2.3e9, "đồng", "cùng kỳ"), status="estimate"),
    F("là 45.000 đồng/người", "45.000", 45000, "money", "đồng/người", "giá vé tham quan thác"),
    F("dưới 1,3 m", "1,3", 1.3, "measure", "m", "chiều cao trẻ em được miễn vé", approx="under", optional=True),
    F("giá 50.000 đồng/người/lượt", "50.000", 50000, "money", "đồng/người/lượt", "giá dịch vụ đi bè mảng ra sát chân thác"),
    F("khoảng 112.000 lượt khách", "112.000", 112000, "count", "lượt khách", "lượt khách sử dụng dịch vụ đi bè mảng",
      approx="about"),
    F("có 186 lao động", "186", 186, "count", "lao động", "lao động của khu du lịch"),
    F("trong đó 142 người", "142", 142, "count", "người", "lao động là đồng bào Tày, Nùng ở các xóm lân cận", total=186),
    F("6,2 triệu đồng/người/tháng", "6,2", 6.2e6, "money", "đồng/người/tháng", "thu nhập bình quân của lao động"),
    F("tối đa 5.000 khách/ngày", "5.000", 5000, "measure", "khách/ngày", "lượng khách giới hạn", approx="at_most"),
    F("lên tới 7.200 lượt", "7.200", 7200, "count", "lượt", "lượng khách",
      P("Ngày 1/5", "2024-05-01", "2024-05-01"), change=C("increase", 3, "lần", "ngày thường")),
    F("đón 650.000 lượt khách", "650.000", 650000, "count", "lượt khách", "lượt khách thác Bản Giốc", Y24, status="target"),
    F("đạt 30 tỷ đồng", "30", 30e9, "money", "đồng", "doanh thu từ vé", Y24, status="target"),
    F("tổng vốn 285 tỷ đồng", "285", 285e9, "money", "đồng", "vốn dự án nâng cấp đường tỉnh 206 dẫn vào khu thác"),
]

NOTES = [
    "Cổng TTĐT tỉnh Cao Bằng: thác Bản Giốc 6 tháng đầu năm 2024 (lượt khách, vé, bè mảng, lao động, giới hạn khách, mục tiêu năm).",
    "Headline '6 tháng' without a year takes 2024 from the dateline. 'gấp 3 lần ngày thường' after 7.200 lượt is its change (unit lần).",
    "Distractors: Lượt xem 2.318, đường tỉnh 206, Quyết định số 1146/QĐ-UBND, Ngày 1/5, lần thứ 3, tháng 9, quý II/2025, 09:45.",
    "The child-height threshold 'dưới 1,3 m' is optional (a category threshold).",
]

write("p967-1", TEXT, FIGS, NOTES, published="2024-07-08", location="Cao Bằng")
