"""p1054-1: Hậu Giang province portal, April 2024: jackfruit area, Q1 output, price rebound, growing-area codes."""
from lib import F, period, inherit, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Giá mít Thái tăng gấp 3 lần, nhà vườn phấn khởi

Cập nhật: 12/04/2024 08:45 | Lượt xem: 2.316

(Cổng TTĐT) - Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 13.650 ha mít, trong đó mít Thái 12.400 ha, tập trung tại các huyện Phụng Hiệp, Châu Thành A và thị xã Long Mỹ. Diện tích cho trái hơn 9.800 ha, năng suất bình quân từ 25 đến 30 tấn/ha.

Quý I/2024, sản lượng mít thu hoạch ước đạt 78.500 tấn, tăng 12,4% so với cùng kỳ năm 2023. Hiện giá mít Thái loại 1 tại vườn được thương lái thu mua từ 38.000 đến 42.000 đồng/kg, mít loại 2 khoảng 30.000 đồng/kg. Như vậy, giá mít hiện nay gấp khoảng 3 lần so với tháng 4/2023, khi mít loại 1 chỉ còn 12.000 đồng/kg.

Ông Trần Văn Sáu, ngụ ấp Tân Phú A, xã Tân Bình, huyện Phụng Hiệp, cho biết với 2,5 ha mít, vụ này gia đình ông thu lãi hơn 400 triệu đồng. Mỗi ngày, các vựa dọc Quốc lộ 61 thu mua khoảng 450 tấn mít, chủ yếu xuất sang Trung Quốc qua cửa khẩu Tân Thanh (Lạng Sơn).

Đến nay, toàn tỉnh đã có 21 vùng trồng mít được cấp mã số phục vụ xuất khẩu với tổng diện tích 1.125 ha, trong đó huyện Phụng Hiệp có 9 mã số, diện tích 486 ha. Tỉnh cũng đã hình thành 14 hợp tác xã và 32 tổ hợp tác trồng mít, thu hút trên 2.100 thành viên.

Theo Kế hoạch số 87/KH-UBND, đến năm 2025 tỉnh phấn đấu nâng diện tích mít được cấp mã số vùng trồng lên 2.000 ha, chiếm khoảng 15% tổng diện tích mít.
"""

NOTES = [
    "Hậu Giang province portal (breadcrumb, 'Cập nhật: 12/04/2024 08:45 | Lượt xem: 2.316'): jackfruit area, Q1/2024 output, price, codes.",
    "Headline 'tăng gấp 3 lần' and 'gấp khoảng 3 lần so với tháng 4/2023' stand as claims (multiple); tháng 4/2023 is the baseline, not their period.",
    "'Hiện' sentences carry no period; 'Đến nay' is as-of the dateline. Lạng Sơn (border gate) is not the place of the 450 tấn.",
    "Distractors: Lượt xem: 2.316, 08:45, Quốc lộ 61, ấp Tân Phú A, Kế hoạch số 87/KH-UBND, Trần Văn Sáu.",
]
Q1 = period("Quý I/2024", "2024-01-01", "2024-03-31")
NOW = period("Đến nay", None, "2024-04-12")
FIGS = [
    F("tăng gấp 3 lần", "3", 3, "multiple", "lần", "giá mít Thái"),
    F("khoảng 13.650 ha", "13.650", 13650, "measure", "ha", "diện tích mít toàn tỉnh", approx="about"),
    F("mít Thái 12.400 ha", "12.400", 12400, "measure", "ha", "diện tích mít Thái", total=13650),
    F("hơn 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích mít cho trái", approx="over"),
    F("từ 25 đến 30 tấn/ha", "25", 25, "measure", "tấn/ha", "năng suất bình quân", value_max=30),
    F("ước đạt 78.500 tấn", "78.500", 78500, "measure", "tấn", "sản lượng mít thu hoạch", Q1,
      change=change("increase", 12.4, "%", "cùng kỳ năm 2023"), status="estimate"),
    F("từ 38.000 đến 42.000 đồng/kg", "38.000", 38000, "money", "đồng/kg", "giá mít Thái loại 1 tại vườn", value_max=42000),
    F("khoảng 30.000 đồng/kg", "30.000", 30000, "money", "đồng/kg", "giá mít loại 2", approx="about"),
    F("gấp khoảng 3 lần", "3", 3, "multiple", "lần", "giá mít hiện nay", approx="about"),
    F("chỉ còn 12.000 đồng/kg", "12.000", 12000, "money", "đồng/kg", "giá mít loại 1",
      period("tháng 4/2023", "2023-04-01", "2023-04-30")),
    F("với 2,5 ha mít", "2,5", 2.5, "measure", "ha", "diện tích mít của gia đình ông Trần Văn Sáu", location="Phụng Hiệp"),
    F("hơn 400 triệu đồng", "400", 400e6, "money", "đồng", "lãi của gia đình ông Trần Văn Sáu", approx="over",
      location="Phụng Hiệp"),
    F("khoảng 450 tấn", "450", 450, "measure", "tấn/ngày", "mít các vựa thu mua mỗi ngày", approx="about"),
    F("có 21 vùng trồng", "21", 21, "count", "vùng trồng", "vùng trồng mít được cấp mã số phục vụ xuất khẩu", NOW),
    F("tổng diện tích 1.125 ha", "1.125", 1125, "measure", "ha", "tổng diện tích vùng trồng mít được cấp mã số", NOW),
    F("có 9 mã số", "9", 9, "count", "mã số", "mã số vùng trồng mít", NOW, total=21, location="Phụng Hiệp"),
    F("diện tích 486 ha", "486", 486, "measure", "ha", "diện tích vùng trồng được cấp mã số", NOW, total=1125,
      location="Phụng Hiệp"),
    F("14 hợp tác xã", "14", 14, "count", "hợp tác xã", "hợp tác xã trồng mít"),
    F("32 tổ hợp tác", "32", 32, "count", "tổ hợp tác", "tổ hợp tác trồng mít"),
    F("trên 2.100 thành viên", "2.100", 2100, "count", "thành viên", "thành viên hợp tác xã, tổ hợp tác trồng mít",
      approx="over"),
    F("lên 2.000 ha", "2.000", 2000, "measure", "ha", "diện tích mít được cấp mã số vùng trồng",
      period("đến năm 2025", None, "2025-12-31"), percent=15, status="target"),
]

if __name__ == "__main__":
    write("p1054-1", TEXT, NOTES, FIGS, published="2024-04-12", location="Hậu Giang")
