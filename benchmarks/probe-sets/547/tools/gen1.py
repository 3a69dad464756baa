"""p547-1: An Giang province portal, Đông Xuân 2023-2024 harvest, Hè Thu 2024 sowing."""
from lib import F, P, I, Y, CH, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Nông nghiệp - Nông thôn

An Giang thu hoạch xong 229.500 ha lúa Đông Xuân, nông dân lãi bình quân 28 triệu đồng/ha

Cập nhật: 15/04/2024 09:20 | Lượt xem: 1.862

(AG) - Theo Sở Nông nghiệp và Phát triển nông thôn, tính đến ngày 12/4/2024, nông dân toàn tỉnh đã thu hoạch dứt điểm 229.500 ha lúa vụ Đông Xuân 2023-2024, đạt 100% diện tích xuống giống.

Năng suất bình quân ước đạt 72,4 tạ/ha, tăng 1,6 tạ/ha so với vụ Đông Xuân năm trước; tổng sản lượng ước đạt hơn 1,66 triệu tấn. Một số địa phương có năng suất cao như: Thoại Sơn (76,8 tạ/ha), Châu Phú (75,2 tạ/ha), Tri Tôn (74,5 tạ/ha). Tỷ lệ sử dụng giống lúa chất lượng cao (Đài Thơm 8, OM 5451, OM 18, Jasmine 85) chiếm khoảng 85% diện tích gieo trồng.

Giá lúa tươi tại ruộng dao động từ 7.800 đến 8.400 đồng/kg, cao hơn khoảng 1.500 đồng/kg so với cùng kỳ. Sau khi trừ chi phí, nông dân lãi bình quân 28 triệu đồng/ha; riêng các cánh đồng lớn liên kết với doanh nghiệp, lợi nhuận đạt từ 32 đến 35 triệu đồng/ha.

Toàn tỉnh hiện có 312 máy gặt đập liên hợp, trong đó 46 máy của các hợp tác xã. Tỷ lệ cơ giới hóa khâu thu hoạch đạt hơn 95% diện tích.

Về vụ Hè Thu 2024, tỉnh dự kiến xuống giống 227.000 ha lúa. Đến nay, nông dân đã gieo sạ được 118.650 ha, đạt 52,3% kế hoạch. Sở khuyến cáo nông dân xuống giống tập trung, né rầy theo lịch thời vụ, đợt 1 từ ngày 10/4 đến 20/4/2024.

Thông tin chi tiết liên hệ Chi cục Trồng trọt và Bảo vệ thực vật, số 6 Hoàng Văn Thụ, phường Mỹ Long, TP. Long Xuyên; điện thoại: 0296.3852.417.
"""

COMMENTS = [
    "An Giang province portal: Đông Xuân 2023-2024 harvest (area, yield, output, prices, profit), harvesters, Hè Thu 2024 sowing.",
    "Breadcrumb, 'Cập nhật: 15/04/2024 09:20' gives published; 'Lượt xem: 1.862' is page furniture.",
    "Not figures: variety names (Đài Thơm 8, OM 5451, OM 18, Jasmine 85), 'đợt 1', dates, the address 'số 6 Hoàng Văn Thụ', the phone.",
    "'vụ Đông Xuân 2023-2024' spans two years and has no row in the spec's period table: figures dated only by it carry no period.",
    "'vụ Hè Thu 2024' is read as năm 2024; 'Đến nay' is an as-of period ending at the dateline.",
    "'đạt 100% diện tích xuống giống' and 'đạt 52,3% kế hoạch' are shares (percent attribute) of the area before them.",
]

AS_OF = P("tính đến ngày 12/4/2024", None, "2024-04-12")

FIGS = [
    F("thu hoạch xong 229.500 ha", "229.500", 229500, "measure", "ha",
      "diện tích lúa Đông Xuân thu hoạch", I(AS_OF)),
    F("nông dân lãi bình quân 28 triệu đồng/ha\n", "28", 28000000, "money", "đồng/ha",
      "lãi bình quân của nông dân"),
    F("dứt điểm 229.500 ha", "229.500", 229500, "measure", "ha",
      "diện tích lúa vụ Đông Xuân 2023-2024 thu hoạch dứt điểm", AS_OF, percent=100),
    F("ước đạt 72,4 tạ/ha", "72,4", 72.4, "measure", "tạ/ha",
      "năng suất lúa bình quân",
      change=CH("increase", 1.6, "tạ/ha", "vụ Đông Xuân năm trước"), status="estimate"),
    F("hơn 1,66 triệu tấn", "1,66", 1660000, "measure", "tấn",
      "tổng sản lượng lúa", approx="over", status="estimate"),
    F("Thoại Sơn (76,8 tạ/ha)", "76,8", 76.8, "measure", "tạ/ha",
      "năng suất lúa", location="Thoại Sơn"),
    F("Châu Phú (75,2 tạ/ha)", "75,2", 75.2, "measure", "tạ/ha",
      "năng suất lúa", location="Châu Phú"),
    F("Tri Tôn (74,5 tạ/ha)", "74,5", 74.5, "measure", "tạ/ha",
      "năng suất lúa", location="Tri Tôn"),
    F("chiếm khoảng 85%", "85", 85, "percent", "%",
      "tỷ lệ sử dụng giống lúa chất lượng cao trong diện tích gieo trồng", approx="about"),
    F("từ 7.800 đến 8.400 đồng/kg", "7.800", 7800, "money", "đồng/kg",
      "giá lúa tươi tại ruộng", value_max=8400,
      change=CH("increase", 1500, "đồng/kg", "cùng kỳ", approx="about")),
    F("nông dân lãi bình quân 28 triệu đồng/ha;", "28", 28000000, "money", "đồng/ha",
      "lãi bình quân của nông dân sau khi trừ chi phí"),
    F("từ 32 đến 35 triệu đồng/ha", "32", 32000000, "money", "đồng/ha",
      "lợi nhuận của các cánh đồng lớn liên kết với doanh nghiệp", value_max=35000000),
    F("có 312 máy gặt đập liên hợp", "312", 312, "count", "máy gặt đập liên hợp",
      "máy gặt đập liên hợp"),
    F("trong đó 46 máy", "46", 46, "count", "máy",
      "máy gặt đập liên hợp của các hợp tác xã", total=312),
    F("đạt hơn 95% diện tích", "95", 95, "percent", "%",
      "tỷ lệ cơ giới hóa khâu thu hoạch", approx="over"),
    F("dự kiến xuống giống 227.000 ha", "227.000", 227000, "measure", "ha",
      "diện tích lúa vụ Hè Thu xuống giống", Y(2024, "vụ Hè Thu 2024"), status="forecast"),
    F("gieo sạ được 118.650 ha", "118.650", 118650, "measure", "ha",
      "diện tích lúa Hè Thu đã gieo sạ", P("Đến nay", None, "2024-04-15"), percent=52.3),
]

if __name__ == "__main__":
    emit("p547-1", TEXT, COMMENTS, FIGS, published="2024-04-15", location="An Giang")
