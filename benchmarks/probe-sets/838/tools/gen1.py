"""p838-1: province portal (Thái Bình), straw treated with bio-products, spring rice 2024."""
from lib import F, P, I, C, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

Thái Bình: Hơn 70% diện tích lúa thu hoạch được xử lý rơm rạ bằng chế phẩm sinh học

Cập nhật: 12/07/2024 09:15 | Lượt xem: 1.236

Theo Sở Nông nghiệp và Phát triển nông thôn, vụ chiêm xuân năm 2024 toàn tỉnh gieo cấy 76.450 ha lúa, lượng rơm rạ phát sinh ước khoảng 520.000 tấn. Tính đến ngày 30/6/2024, các địa phương đã xử lý rơm rạ bằng chế phẩm sinh học trên 54.200 ha, đạt 70,9% diện tích thu hoạch, tăng 12,4% so với cùng kỳ năm 2023. Trong đó, Hưng Hà xử lý 9.850 ha, Quỳnh Phụ 9.120 ha, Vũ Thư 7.640 ha.

Từ đầu năm 2024 đến nay, toàn tỉnh đã cấp hỗ trợ 68,5 tấn chế phẩm sinh học cho 212 hợp tác xã, với tổng kinh phí gần 8,2 tỷ đồng theo Nghị quyết số 14/2022/NQ-HĐND. Mức hỗ trợ là 150.000 đồng/ha, mỗi ha sử dụng từ 1 đến 1,5 kg chế phẩm. Thời gian phân hủy rơm rạ chỉ còn 15-20 ngày, người dân làm đất gieo cấy vụ mùa mà không phải đốt.

Theo đánh giá của Trung tâm Khuyến nông tỉnh, ruộng vùi rơm rạ đã xử lý giúp giảm khoảng 10-15% lượng phân bón hóa học, năng suất lúa tăng 3-5 tạ/ha, lợi nhuận tăng thêm khoảng 1,8 triệu đồng/ha. Số vụ đốt rơm rạ trên đồng ruộng chỉ còn 37 vụ, giảm 64 vụ so với vụ chiêm xuân năm 2023.

Vụ mùa năm 2024, tỉnh phấn đấu xử lý rơm rạ bằng chế phẩm sinh học khoảng 63.000 ha, chiếm trên 80% diện tích gieo cấy; dự kiến cấp phát 75 tấn chế phẩm trước ngày 15/10/2024. Đường dây nóng 0227.3831.365 của Chi cục Trồng trọt và Bảo vệ thực vật tiếp nhận phản ánh việc đốt rơm rạ.
"""

Y24 = P("vụ chiêm xuân năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến ngày 30/6/2024", None, "2024-06-30")
YTD = P("Từ đầu năm 2024 đến nay", "2024-01-01", "2024-07-12")
MUA = P("Vụ mùa năm 2024", "2024-01-01", "2024-12-31")
SUBJ = "diện tích xử lý rơm rạ bằng chế phẩm sinh học"

FIGS = [
    F("Hơn 70% diện tích lúa", "70", 70, "percent", "%", "diện tích lúa thu hoạch được xử lý rơm rạ bằng chế phẩm sinh học",
      approx="over"),
    F("gieo cấy 76.450 ha lúa", "76.450", 76450, "measure", "ha", "diện tích lúa gieo cấy", Y24),
    F("ước khoảng 520.000 tấn", "520.000", 520000, "measure", "tấn", "lượng rơm rạ phát sinh", Y24,
      approx="about", status="estimate"),
    F("trên 54.200 ha", "54.200", 54200, "measure", "ha", SUBJ, ASOF, approx="over", percent=70.9,
      change=C("increase", 12.4, "%", "cùng kỳ năm 2023")),
    F("Hưng Hà xử lý 9.850 ha", "9.850", 9850, "measure", "ha", SUBJ, I(ASOF), total=54200, location="Hưng Hà"),
    F("Quỳnh Phụ 9.120 ha", "9.120", 9120, "measure", "ha", SUBJ, I(ASOF), total=54200, location="Quỳnh Phụ"),
    F("Vũ Thư 7.640 ha", "7.640", 7640, "measure", "ha", SUBJ, I(ASOF), total=54200, location="Vũ Thư"),
    F("hỗ trợ 68,5 tấn chế phẩm", "68,5", 68.5, "measure", "tấn", "chế phẩm sinh học cấp hỗ trợ", YTD),
    F("cho 212 hợp tác xã", "212", 212, "count", "hợp tác xã", "hợp tác xã được cấp hỗ trợ chế phẩm sinh học", YTD),
    F("gần 8,2 tỷ đồng", "8,2", 8.2e9, "money", "đồng", "tổng kinh phí hỗ trợ chế phẩm sinh học", YTD, approx="nearly"),
    F("là 150.000 đồng/ha", "150.000", 150000, "money", "đồng/ha", "mức hỗ trợ chế phẩm sinh học"),
    F("từ 1 đến 1,5 kg", "1", 1, "measure", "kg/ha", "lượng chế phẩm sử dụng mỗi ha", value_max=1.5),
    F("còn 15-20 ngày", "15", 15, "measure", "ngày", "thời gian phân hủy rơm rạ", value_max=20),
    F("khoảng 10-15% lượng", "10", 10, "percent", "%", "lượng phân bón hóa học giảm", value_max=15, approx="about"),
    F("tăng 3-5 tạ/ha", "3", 3, "measure", "tạ/ha", "năng suất lúa tăng", value_max=5),
    F("khoảng 1,8 triệu đồng/ha", "1,8", 1.8e6, "money", "đồng/ha", "lợi nhuận tăng thêm", approx="about"),
    F("chỉ còn 37 vụ", "37", 37, "count", "vụ", "số vụ đốt rơm rạ trên đồng ruộng", I(Y24),
      change=C("decrease", 64, "vụ", "vụ chiêm xuân năm 2023")),
    F("khoảng 63.000 ha", "63.000", 63000, "measure", "ha", "diện tích xử lý rơm rạ bằng chế phẩm sinh học", MUA,
      approx="about", percent=80, status="target"),
    F("cấp phát 75 tấn", "75", 75, "measure", "tấn", "chế phẩm cấp phát", MUA, status="forecast"),
]

NOTES = [
    "Thái Bình province portal: straw of the 2024 spring rice crop treated with bio-products; plan for the 2024 main crop.",
    "A crop season with a year ('vụ chiêm xuân năm 2024', 'Vụ mùa năm 2024') is given that calendar year as its period.",
    "'Từ đầu năm 2024 đến nay' ends at the portal's update date 12/07/2024.",
    "District list after 'Trong đó' takes the whole 54.200 ha as total; districts go to location.",
    "'chỉ còn 37 vụ ..., giảm 64 vụ so với vụ chiêm xuân năm 2023' is of the 2024 spring crop: period inherited from the lead.",
    "Policy parameters (support rate, dose per ha, decomposition time) and the extension centre's gains carry no period.",
    "'chiếm trên 80% diện tích' after the 63.000 ha target is its percent attribute (the 'trên' is lost with it).",
    "Distractors: 'Lượt xem: 1.236', '09:15', Nghị quyết số 14/2022/NQ-HĐND, phone 0227.3831.365, deadline 'trước ngày 15/10/2024'.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-07-12", location="Thái Bình")
