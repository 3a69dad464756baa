"""p1025-2: huyện Trần Đề (Sóc Trăng) district portal — gates closed, salinity, rice protected, March 2025."""
from lib import F, build, change, inherit, period

TEXT = """Cổng thông tin điện tử huyện Trần Đề
Trang chủ | Tin tức - Sự kiện | Nông nghiệp
Thứ Ba, 11/03/2025 - 09:45

Trần Đề: Đóng 36 cống, giữ an toàn 12.450 ha lúa trước đỉnh mặn

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, ngày 10/3, độ mặn đo được tại cửa sông Mỹ Thanh là 14,2‰, cao hơn 3,5‰ so với cùng thời điểm năm 2024. Tại cống Tiếp Nhựt, độ mặn phía ngoài cống dao động từ 6 đến 8,5‰, trong khi phía trong cống chỉ khoảng 0,3‰.

Từ đầu tháng 2 đến nay, huyện đã phối hợp Công ty TNHH MTV Khai thác công trình thủy lợi tỉnh đóng 36/41 cống trên địa bàn; 5 cống còn lại chỉ mở khi độ mặn ngoài sông dưới 1‰. Nhờ đó, toàn bộ 12.450 ha lúa Đông Xuân của huyện được bảo vệ an toàn, trong đó xã Đại Ân 2 có 3.120 ha, xã Liêu Tú 2.860 ha, xã Lịch Hội Thượng 2.240 ha. Năng suất lúa ở các cánh đồng đã thu hoạch ước đạt 6,8 tấn/ha, tăng 0,4 tấn/ha so với vụ trước.

Năm nay, huyện huy động gần 2.000 ngày công cùng 14 máy đào nạo vét 27 tuyến kênh nội đồng với tổng chiều dài khoảng 38,6 km, trữ thêm khoảng 1,2 triệu m3 nước ngọt. Kinh phí thực hiện hơn 4,7 tỷ đồng, trong đó ngân sách huyện 3,1 tỷ đồng, còn lại do nhân dân đóng góp.

Theo dự báo, đỉnh mặn năm nay xuất hiện vào cuối tháng 3, độ mặn tại cửa sông có thể lên 16-18‰. Huyện phấn đấu giữ diện tích lúa bị thiệt hại dưới 1% và bảo đảm nước sinh hoạt cho 100% hộ dân vùng ven biển dọc Đường tỉnh 934.

Ông Lâm Văn Bảy, Trưởng Phòng NN&PTNT huyện, cho biết đây là năm thứ 3 liên tiếp huyện không để lúa bị thiệt hại nặng do mặn.

Phòng NN&PTNT huyện Trần Đề - Điện thoại: 0299.3843.146
"""

D10 = period("ngày 10/3", "2025-03-10", "2025-03-10")
FEB = period("Từ đầu tháng 2 đến nay", "2025-02-01", "2025-03-11")
Y25 = period("Năm nay", "2025-01-01", "2025-12-31")
RICE = "diện tích lúa Đông Xuân được bảo vệ an toàn"

FIGS = [
    F("Đóng 36 cống", "36", 36, "count", "cống", "cống được đóng"),
    F("giữ an toàn 12.450 ha", "12.450", 12450, "measure", "ha", "diện tích lúa được giữ an toàn trước đỉnh mặn"),
    F("là 14,2‰", "14,2", 14.2, "measure", "‰", "độ mặn tại cửa sông Mỹ Thanh", D10,
      change=change("increase", 3.5, "‰", "cùng thời điểm năm 2024")),
    F("từ 6 đến 8,5‰", "6", 6, "measure", "‰", "độ mặn phía ngoài cống Tiếp Nhựt", inherit(D10), value_max=8.5),
    F("khoảng 0,3‰", "0,3", 0.3, "measure", "‰", "độ mặn phía trong cống Tiếp Nhựt", inherit(D10), approx="about"),
    F("đóng 36/41 cống", "36", 36, "count", "cống", "cống trên địa bàn được đóng", FEB, total=41),
    F("5 cống còn lại", "5", 5, "count", "cống", "cống còn lại chỉ mở khi độ mặn thấp", FEB, total=41),
    F("dưới 1‰", "1", 1, "measure", "‰", "độ mặn ngoài sông khi mở cống", approx="under", optional=True),
    F("toàn bộ 12.450 ha", "12.450", 12450, "measure", "ha", RICE),
    F("Đại Ân 2 có 3.120 ha", "3.120", 3120, "measure", "ha", RICE, total=12450, location="Đại Ân 2"),
    F("Liêu Tú 2.860 ha", "2.860", 2860, "measure", "ha", RICE, total=12450, location="Liêu Tú"),
    F("Lịch Hội Thượng 2.240 ha", "2.240", 2240, "measure", "ha", RICE, total=12450, location="Lịch Hội Thượng"),
    F("ước đạt 6,8 tấn/ha", "6,8", 6.8, "measure", "tấn/ha", "năng suất lúa ở các cánh đồng đã thu hoạch",
      status="estimate", change=change("increase", 0.4, "tấn/ha", "vụ trước")),
    F("gần 2.000 ngày công", "2.000", 2000, "count", "ngày công", "ngày công huy động nạo vét kênh", Y25,
      approx="nearly"),
    F("14 máy đào", "14", 14, "count", "máy đào", "máy đào huy động nạo vét kênh", Y25),
    F("27 tuyến kênh", "27", 27, "count", "tuyến kênh", "tuyến kênh nội đồng được nạo vét", Y25),
    F("khoảng 38,6 km", "38,6", 38.6, "measure", "km", "tổng chiều dài kênh nội đồng được nạo vét", Y25,
      approx="about"),
    F("khoảng 1,2 triệu m3", "1,2", 1.2e6, "measure", "m3", "lượng nước ngọt trữ thêm", Y25, approx="about"),
    F("hơn 4,7 tỷ đồng", "4,7", 4.7e9, "money", "đồng", "kinh phí nạo vét kênh", inherit(Y25), approx="over"),
    F("ngân sách huyện 3,1 tỷ đồng", "3,1", 3.1e9, "money", "đồng", "kinh phí nạo vét kênh từ ngân sách huyện",
      inherit(Y25), total=4.7e9),
    F("lên 16-18‰", "16", 16, "measure", "‰", "độ mặn tại cửa sông", value_max=18, status="forecast"),
    F("dưới 1% và", "1", 1, "percent", "%", "tỷ lệ diện tích lúa bị thiệt hại", approx="under", status="target"),
    F("cho 100% hộ dân", "100", 100, "percent", "%", "hộ dân vùng ven biển được bảo đảm nước sinh hoạt",
      status="target"),
    F("năm thứ 3 liên tiếp", "3", 3, "count", "năm", "năm liên tiếp không để lúa bị thiệt hại nặng do mặn",
      optional=True),
]

META = {
    "published": "2025-03-11",
    "location": "Trần Đề",
    "comments": [
        "p1025-2: Cổng TTĐT huyện Trần Đề (Sóc Trăng), dateline 'Thứ Ba, 11/03/2025 - 09:45'.",
        "'ngày 10/3' (a measurement day) is the period of 14,2‰ (start = end); the Tiếp Nhựt readings inherit it.",
        "'đóng 36/41 cống' → total 41; '5 cống còn lại' are the rest of the same 41 → total 41.",
        "Commune items after 'trong đó' take total 12.450 and the commune as location (the figure describes it); 'Đại Ân 2' is a name.",
        "Crop seasons (lúa Đông Xuân, vụ trước) and 'cuối tháng 3' peak timing give no period.",
        "Distractors: Đại Ân 2, Đường tỉnh 934, Lâm Văn Bảy, 0299.3843.146, 09:45. 'năm thứ 3 liên tiếp' optional (as in shared gold h05).",
    ],
}

if __name__ == "__main__":
    build(2, TEXT, META, FIGS)
