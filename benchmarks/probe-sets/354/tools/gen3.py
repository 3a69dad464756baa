from lib import F, P, build

TEXT = """
SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH QUẢNG NAM
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy

Trao tặng phương tiện trợ giúp, phục hồi chức năng cho người khuyết tật

Trong 6 tháng đầu năm, Sở Lao động - Thương binh và Xã hội phối hợp với Bệnh viện Phục hồi chức năng tỉnh và các tổ chức thiện nguyện đã trao tặng 412 phương tiện trợ giúp cho người khuyết tật, tổng trị giá hơn 1,9 tỷ đồng. Trong đó có 236 xe lăn, 58 xe lắc, 74 máy trợ thính và 44 bộ chân tay giả. Mỗi chiếc xe lăn có giá từ 1,5 đến 3 triệu đồng tùy loại.

Từ đầu năm đến nay, đã có 2.856 lượt người khuyết tật được khám, tư vấn và tập luyện phục hồi chức năng tại cộng đồng, tăng 12,5% so với cùng kỳ; trong đó 314 trẻ em khuyết tật được can thiệp sớm. Bệnh viện Phục hồi chức năng tỉnh cũng phẫu thuật chỉnh hình miễn phí cho 27 trẻ em bị dị tật vận động.

Hiện toàn tỉnh có 186/241 xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng, đạt 77,2%. Các huyện miền núi như Nam Trà My, Tây Giang, Phước Sơn còn gặp nhiều khó khăn do thiếu cán bộ chuyên môn; bình quân mỗi xã chỉ có 1 cộng tác viên phục hồi chức năng.

Thời gian tới, Sở đề nghị các địa phương phấn đấu đến cuối năm 2025 nâng tỷ lệ xã, phường, thị trấn có mô hình phục hồi chức năng dựa vào cộng đồng lên 85%.

Mọi thông tin xin liên hệ: Phòng Bảo trợ xã hội, số 2 Trần Phú, TP Tam Kỳ; điện thoại: 0235.3852.579.

Thu Hà
05/07/2024
"""

H1 = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1_I = P("Trong 6 tháng đầu năm", "2024-01-01", "2024-06-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05")
YTD_I = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-05", inherited=True)

FIGS = [
    F("tặng 412 phương tiện", "412", "count", "phương tiện trợ giúp", "phương tiện trợ giúp trao tặng cho người khuyết tật", period=H1),
    F("hơn 1,9 tỷ đồng", "1,9", "money", "đồng", "tổng trị giá phương tiện trợ giúp trao tặng", mult=1e9, approx="over", period=H1),
    F("236 xe lăn", "236", "count", "xe lăn", "xe lăn trao tặng", total=412, period=H1_I),
    F("58 xe lắc", "58", "count", "xe lắc", "xe lắc trao tặng", total=412, period=H1_I),
    F("74 máy trợ thính", "74", "count", "máy trợ thính", "máy trợ thính trao tặng", total=412, period=H1_I),
    F("44 bộ chân tay giả", "44", "count", "bộ chân tay giả", "bộ chân tay giả trao tặng", total=412, period=H1_I),
    F("từ 1,5 đến 3 triệu", "1,5", "money", "đồng", "giá mỗi chiếc xe lăn", mult=1e6, value_max=3000000, period=H1_I),
    F("có 2.856 lượt", "2.856", "count", "lượt người khuyết tật", "lượt người khuyết tật được khám, tư vấn và tập luyện phục hồi chức năng tại cộng đồng",
      change={"direction": "increase", "value": 12.5, "unit": "%", "approx": "exact", "baseline": "cùng kỳ"}, period=YTD),
    F("đó 314 trẻ em", "314", "count", "trẻ em khuyết tật", "trẻ em khuyết tật được can thiệp sớm", total=2856, period=YTD),
    F("cho 27 trẻ em", "27", "count", "trẻ em", "trẻ em bị dị tật vận động được phẫu thuật chỉnh hình miễn phí", period=YTD_I),
    F("186/241 xã", "186", "count", "xã, phường, thị trấn", "xã, phường, thị trấn triển khai chương trình phục hồi chức năng dựa vào cộng đồng",
      total=241, percent=77.2),
    F("chỉ có 1 cộng tác viên", "1", "measure", "cộng tác viên", "cộng tác viên phục hồi chức năng bình quân mỗi xã", optional=True),
    F("lên 85%", "85", "percent", "%", "tỷ lệ xã, phường, thị trấn có mô hình phục hồi chức năng dựa vào cộng đồng", status="target",
      period=P("đến cuối năm 2025", None, "2025-12-31")),
]

COMMENTS = [
    "Department site (Sở LĐ-TB&XH Quảng Nam): assistive devices and community-based rehabilitation, 6 months 2024. No dateline at the top;",
    "byline and a bare date '05/07/2024' at the end give 'published'; '6 tháng đầu năm' and 'Từ đầu năm đến nay' take its year (2024).",
    "The four device types after 'Trong đó có' add up to 412 (total 412). The wheelchair price range sits in the paragraph of '6 tháng đầu năm' (inherited).",
    "'186/241 xã, phường, thị trấn …, đạt 77,2%': total 241, share 77,2; 'Hiện' gives no period. '1 cộng tác viên' per commune is optional.",
    "'phấn đấu đến cuối năm 2025 … lên 85%' is a target ending 2025-12-31. Mountain districts named without figures (not figure places).",
    "Distractors: menu line, address 'số 2 Trần Phú', phone number, the date line.",
]

if __name__ == "__main__":
    build("p354-3", TEXT, FIGS, COMMENTS, published="2024-07-05", location="Quảng Nam")
