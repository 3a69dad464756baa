"""p983-2: district portal (huyện Hải Hậu, Nam Định), all communes on IP radio; smart speaker clusters."""
from lib import F, period, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Hải Hậu hoàn thành chuyển đổi đài truyền thanh xã sang công nghệ IP

Ngày đăng: 06/11/2023 | Người đăng: Trung tâm Văn hóa, Thông tin và Thể thao huyện

Đến hết tháng 10/2023, 34/34 xã, thị trấn của huyện Hải Hậu đã chuyển đổi đài truyền thanh sang ứng dụng công nghệ thông tin - viễn thông, về đích trước 2 năm so với mục tiêu của tỉnh.

Tổng số cụm loa trên địa bàn huyện hiện là 812 cụm, bình quân gần 4 cụm loa/thôn, xóm. Riêng năm 2023, huyện lắp mới 146 cụm loa thông minh với tổng kinh phí 3,8 tỷ đồng, trong đó ngân sách huyện hỗ trợ 2,1 tỷ đồng, còn lại do các xã đối ứng.

Theo ông Trần Văn Tám, Giám đốc Trung tâm, từ tháng 1 đến tháng 10/2023, các đài truyền thanh xã đã phát 9.650 tin, bài do địa phương tự sản xuất và tiếp sóng chương trình của Đài Phát thanh - Truyền hình tỉnh với tần suất 2 lần/ngày, mỗi lần từ 30 đến 45 phút. Một số xã làm tốt như Hải Bắc (412 tin, bài), Hải Minh (389 tin, bài), thị trấn Yên Định (376 tin, bài). Tại Liên hoan phát thanh cơ sở tỉnh Nam Định lần thứ 3, huyện đoạt 1 giải A và 2 giải B.

Năm 2024, huyện phấn đấu 100% thôn, xóm có cụm loa thông minh và nâng tỷ lệ tin, bài tự sản xuất lên trên 60%. Dự kiến huyện sẽ chi khoảng 1,2 tỷ đồng để thay thế 48 cụm loa đã xuống cấp dọc tuyến Quốc lộ 21 và đường tỉnh 488B.

Địa chỉ: Khu 4, thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.215
"""

Y23 = period("năm 2023", "2023-01-01", "2023-12-31")
JAN_OCT = period("từ tháng 1 đến tháng 10/2023", "2023-01-01", "2023-10-31")
JAN_OCT_INH = period("từ tháng 1 đến tháng 10/2023", "2023-01-01", "2023-10-31", inherited=True)
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
LOCAL = "tin, bài do địa phương tự sản xuất"

FIGS = [
    F("34/34 xã", "34", 34, "count", "xã, thị trấn", "xã, thị trấn chuyển đổi đài truyền thanh sang ứng dụng công nghệ thông tin - viễn thông",
      total=34, period=period("Đến hết tháng 10/2023", end="2023-10-31")),
    F("trước 2 năm", "2", 2, "measure", "năm", "thời gian về đích trước mục tiêu của tỉnh", optional=True),
    F("hiện là 812 cụm", "812", 812, "count", "cụm", "cụm loa trên địa bàn huyện"),
    F("gần 4 cụm loa/thôn", "4", 4, "measure", "cụm loa/thôn, xóm", "cụm loa bình quân mỗi thôn, xóm", approx="nearly"),
    F("mới 146 cụm loa", "146", 146, "count", "cụm loa", "cụm loa thông minh lắp mới", period=Y23),
    F("phí 3,8 tỷ đồng", "3,8", 3.8e9, "money", "đồng", "tổng kinh phí lắp mới cụm loa thông minh", period=Y23),
    F("hỗ trợ 2,1 tỷ đồng", "2,1", 2.1e9, "money", "đồng", "ngân sách huyện hỗ trợ", total=3.8e9, period=Y23),
    F("phát 9.650 tin, bài", "9.650", 9650, "count", "tin, bài", LOCAL, period=JAN_OCT),
    F("tần suất 2 lần/ngày", "2", 2, "measure", "lần/ngày", "tần suất tiếp sóng chương trình của Đài Phát thanh - Truyền hình tỉnh", period=JAN_OCT),
    F("từ 30 đến 45 phút", "30", 30, "measure", "phút", "thời lượng mỗi lần tiếp sóng", value_max=45, period=JAN_OCT),
    F("Hải Bắc (412 tin, bài)", "412", 412, "count", "tin, bài", LOCAL, period=JAN_OCT_INH),
    F("Hải Minh (389 tin, bài)", "389", 389, "count", "tin, bài", LOCAL, period=JAN_OCT_INH),
    F("Yên Định (376 tin, bài)", "376", 376, "count", "tin, bài", LOCAL, period=JAN_OCT_INH),
    F("đoạt 1 giải A", "1", 1, "count", "giải A", "giải A tại Liên hoan phát thanh cơ sở tỉnh Nam Định"),
    F("và 2 giải B", "2", 2, "count", "giải B", "giải B tại Liên hoan phát thanh cơ sở tỉnh Nam Định"),
    F("phấn đấu 100% thôn", "100", 100, "percent", "%", "thôn, xóm có cụm loa thông minh", status="target", period=Y24),
    F("trên 60%", "60", 60, "percent", "%", "tỷ lệ tin, bài tự sản xuất", approx="over", status="target", period=Y24),
    F("khoảng 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "kinh phí thay thế cụm loa xuống cấp", approx="about", status="forecast",
      period=period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
    F("thế 48 cụm loa", "48", 48, "count", "cụm loa", "cụm loa xuống cấp được thay thế", status="forecast",
      period=period("Năm 2024", "2024-01-01", "2024-12-31", inherited=True)),
]

NOTES = [
    "District portal of Hải Hậu (Nam Định): commune radio converted to IP, smart speaker clusters, broadcasts Jan-Oct 2023, 2024 targets.",
    "All figures take the district (Hải Hậu) as location, also the commune list items (communes are not a location level in FIGURES.md).",
    "'về đích trước 2 năm' (a lead time) is optional. '2 lần/ngày' is a rate (measure). 'Hiện' gives no period.",
    "Distractors: Trần Văn Tám (name), lần thứ 3 (ordinal), Quốc lộ 21, đường tỉnh 488B, Khu 4, phone, date/time line.",
]

write("p983-2", TEXT, FIGS, NOTES, published="2023-11-06", location="Hải Hậu")
