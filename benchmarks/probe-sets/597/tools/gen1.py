from lib import F, P, I, CH, T, emit

TEXT = """Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ
Hà Giang xóa 112 thôn lõm sóng trong 6 tháng đầu năm 2024
Cập nhật: 09/07/2024 15:42 | Lượt xem: 3.184

(HGP) - Theo Sở Thông tin và Truyền thông, 6 tháng đầu năm 2024, các doanh nghiệp viễn thông đã lắp đặt mới 138 trạm BTS trên địa bàn tỉnh Hà Giang, nâng tổng số trạm phát sóng toàn tỉnh lên 2.416 trạm, tăng 7,8% so với cùng kỳ năm 2023. Trong đó có 1.932 trạm 4G và 19 trạm 5G thử nghiệm tại thành phố Hà Giang.

Nhờ đó, tỉnh đã xóa được 112 thôn lõm sóng, đạt 56% kế hoạch năm. Hiện toàn tỉnh còn 87 thôn chưa có sóng di động, tập trung tại các huyện Mèo Vạc (21 thôn), Đồng Văn (18 thôn), Hoàng Su Phì (15 thôn) và Xín Mần (12 thôn). Tỷ lệ thôn có sóng di động băng rộng đạt 95,6%; tỷ lệ dân số được phủ sóng 4G đạt 98,9%.

Về hạ tầng cáp quang, 193/193 xã, phường, thị trấn đã có cáp quang đến trung tâm xã; số hộ gia đình sử dụng internet cáp quang đạt 98.450 hộ, chiếm 55,4% tổng số hộ. Toàn tỉnh có khoảng 712.000 thuê bao di động, trong đó thuê bao điện thoại thông minh chiếm 78,2%. Tổng kinh phí đầu tư hạ tầng viễn thông 6 tháng ước đạt 214,6 tỷ đồng.

Mục tiêu đến năm 2025, 100% thôn có sóng di động 4G, tốc độ truy cập di động trung bình đạt tối thiểu 40 Mbps.

Sở Thông tin và Truyền thông Hà Giang - Số 415 đường Trần Hưng Đạo, phường Nguyễn Trãi, thành phố Hà Giang - ĐT: 0219.3860.178
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1b = P("6 tháng", "2024-01-01", "2024-06-30")
Y25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("xóa 112 thôn lõm sóng trong", "112", 112, "count", "thôn", "thôn lõm sóng được xóa", H1),
    F("mới 138 trạm BTS", "138", 138, "count", "trạm BTS", "trạm BTS lắp đặt mới", H1),
    F("lên 2.416 trạm", "2.416", 2416, "count", "trạm", "tổng số trạm phát sóng toàn tỉnh", H1,
      change=CH("increase", 7.8, "%", "cùng kỳ năm 2023")),
    F("có 1.932 trạm 4G", "1.932", 1932, "count", "trạm", "trạm 4G", I(H1), total=2416),
    F("19 trạm 5G", "19", 19, "count", "trạm", "trạm 5G thử nghiệm", I(H1), total=2416),
    F("xóa được 112 thôn", "112", 112, "count", "thôn", "thôn lõm sóng được xóa", I(H1), percent=56),
    F("còn 87 thôn", "87", 87, "count", "thôn", "thôn chưa có sóng di động"),
    F("Mèo Vạc (21 thôn)", "21", 21, "count", "thôn", "thôn chưa có sóng di động", location="Mèo Vạc"),
    F("Đồng Văn (18 thôn)", "18", 18, "count", "thôn", "thôn chưa có sóng di động", location="Đồng Văn"),
    F("Hoàng Su Phì (15 thôn)", "15", 15, "count", "thôn", "thôn chưa có sóng di động", location="Hoàng Su Phì"),
    F("Xín Mần (12 thôn)", "12", 12, "count", "thôn", "thôn chưa có sóng di động", location="Xín Mần"),
    F("đạt 95,6%", "95,6", 95.6, "percent", "%", "tỷ lệ thôn có sóng di động băng rộng"),
    F("đạt 98,9%", "98,9", 98.9, "percent", "%", "tỷ lệ dân số được phủ sóng 4G"),
    F("193/193 xã", "193", 193, "count", "xã, phường, thị trấn", "xã, phường, thị trấn có cáp quang đến trung tâm xã", total=193),
    F("đạt 98.450 hộ", "98.450", 98450, "count", "hộ", "hộ gia đình sử dụng internet cáp quang", percent=55.4),
    F("khoảng 712.000 thuê bao", "712.000", 712000, "count", "thuê bao", "thuê bao di động", approx="about"),
    F("chiếm 78,2%", "78,2", 78.2, "percent", "%", "tỷ lệ thuê bao điện thoại thông minh"),
    F("ước đạt 214,6 tỷ đồng", "214,6", 214.6e9, "money", "đồng", "tổng kinh phí đầu tư hạ tầng viễn thông", H1b,
      status="estimate"),
    F("2025, 100% thôn", "100", 100, "percent", "%", "tỷ lệ thôn có sóng di động 4G", Y25, status="target"),
    F("tối thiểu 40 Mbps", "40", 40, "measure", "Mbps", "tốc độ truy cập di động trung bình", Y25,
      approx="at_least", status="target"),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Hà Giang (invented): xóa thôn lõm sóng, trạm BTS, cáp quang, thuê bao 6 tháng đầu năm 2024.",
    "Breadcrumb, 'Cập nhật: 09/07/2024 15:42' is the dateline; 'Lượt xem: 3.184', address 'Số 415 đường Trần Hưng Đạo' and the",
    "phone number are page furniture; '4G', '5G' are names. The headline 112 and the body 112 are two mentions, both figures.",
    "'Trong đó có 1.932 trạm 4G và 19 trạm 5G' (after a sentence break) are parts of 2.416 trạm. The district list after",
    "'87 thôn … tập trung tại' has no part-of cue and does not add up (66 of 87): no total; districts go to location.",
    "'tỷ lệ … chiếm 78,2%' is a percent figure of its own (a percent has no whole in thuê bao). 'Hiện' gives no period.",
]

emit("p597-1", TEXT, COMMENTS, FIGS, published="2024-07-09", location="Hà Giang")
