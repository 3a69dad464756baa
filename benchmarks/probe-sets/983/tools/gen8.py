"""p983-8: provincial newspaper online (Báo Phú Yên style), headline figure, '(BPY) -' tag; 11 months 2024."""
from lib import F, period, change, write

TEXT = """Báo Phú Yên điện tử › Xã hội › Thông tin - Truyền thông

Đài truyền thanh cơ sở phát gần 24.000 tin, bài trong 11 tháng

Thứ hai, 09/12/2024 10:12

(BPY) - Theo Sở Thông tin và Truyền thông, 11 tháng năm 2024, các đài truyền thanh cấp xã trên địa bàn tỉnh đã phát 23.860 tin, bài, đạt 108% kế hoạch năm, tăng 9,4% so với cùng kỳ. Tổng thời lượng phát sóng đạt 14.200 giờ, trong đó thời lượng tiếp âm chương trình của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình tỉnh chiếm khoảng 65%.

Hiện toàn tỉnh có 110 đài truyền thanh cấp xã, trong đó 83 đài ứng dụng công nghệ thông tin - viễn thông với 1.154 cụm loa; các địa phương có tỷ lệ cao là huyện Tây Hòa, huyện Phú Hòa và thị xã Đông Hòa, lần lượt đạt 100%, 92,3% và 90%.

Thời gian qua, ngành chức năng đã tập huấn cho 236 lượt cán bộ đài truyền thanh xã; chế độ nhuận bút cho cộng tác viên là 80.000 đồng/tin và 150.000 đồng/bài. Tại Liên hoan phát thanh cơ sở toàn tỉnh lần thứ 5, Ban tổ chức trao 24 giải cho các tác phẩm xuất sắc.

Tuy nhiên, khoảng 20% cụm loa lắp đặt trước năm 2020 đã xuống cấp, nhiều cụm ở các xã ven Quốc lộ 1A, Quốc lộ 25 bị hư hỏng sau bão số 5. Năm 2025, tỉnh phấn đấu 100% đài truyền thanh cấp xã ứng dụng CNTT-VT; dự kiến cần khoảng 12,5 tỷ đồng để đầu tư 27 đài còn lại.

MINH KHÔI
"""

M11 = period("11 tháng năm 2024", "2024-01-01", "2024-11-30")
Y25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SHARE = "tỷ lệ đài ứng dụng công nghệ thông tin - viễn thông"

FIGS = [
    F("gần 24.000 tin, bài", "24.000", 24000, "count", "tin, bài", "tin, bài đài truyền thanh cơ sở phát", approx="nearly",
      period=period("11 tháng", "2024-01-01", "2024-11-30")),
    F("phát 23.860 tin, bài", "23.860", 23860, "count", "tin, bài", "tin, bài các đài truyền thanh cấp xã phát", percent=108,
      change=change("increase", 9.4, baseline="cùng kỳ"), period=M11),
    F("đạt 14.200 giờ", "14.200", 14200, "measure", "giờ", "tổng thời lượng phát sóng",
      period=period("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)),
    F("khoảng 65%", "65", 65, "percent", "%", "thời lượng tiếp âm chương trình của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình tỉnh",
      approx="about", period=period("11 tháng năm 2024", "2024-01-01", "2024-11-30", inherited=True)),
    F("có 110 đài", "110", 110, "count", "đài", "đài truyền thanh cấp xã"),
    F("trong đó 83 đài", "83", 83, "count", "đài", "đài ứng dụng công nghệ thông tin - viễn thông", total=110),
    F("với 1.154 cụm loa", "1.154", 1154, "count", "cụm loa", "cụm loa"),
    F("lần lượt đạt 100%", "100", 100, "percent", "%", SHARE, location="Tây Hòa"),
    F("100%, 92,3%", "92,3", 92.3, "percent", "%", SHARE, location="Phú Hòa"),
    F("92,3% và 90%", "90", 90, "percent", "%", SHARE, location="Đông Hòa"),
    F("cho 236 lượt cán bộ", "236", 236, "count", "lượt cán bộ", "lượt cán bộ đài truyền thanh xã được tập huấn"),
    F("là 80.000 đồng/tin", "80.000", 80000, "money", "đồng/tin", "nhuận bút cho cộng tác viên mỗi tin"),
    F("và 150.000 đồng/bài", "150.000", 150000, "money", "đồng/bài", "nhuận bút cho cộng tác viên mỗi bài"),
    F("trao 24 giải", "24", 24, "count", "giải", "giải trao cho các tác phẩm xuất sắc tại Liên hoan phát thanh cơ sở toàn tỉnh"),
    F("khoảng 20% cụm loa", "20", 20, "percent", "%", "cụm loa lắp đặt trước năm 2020 đã xuống cấp", approx="about"),
    F("phấn đấu 100% đài", "100", 100, "percent", "%", "đài truyền thanh cấp xã ứng dụng CNTT-VT", status="target", period=Y25),
    F("khoảng 12,5 tỷ đồng", "12,5", 12.5e9, "money", "đồng", "kinh phí đầu tư đài còn lại", approx="about", status="forecast", period=Y25),
    F("tư 27 đài", "27", 27, "count", "đài", "đài còn lại cần đầu tư", status="forecast", period=Y25),
]

NOTES = [
    "Provincial newspaper online (Báo Phú Yên style): headline figure, dateline 'Thứ hai, 09/12/2024 10:12', tag '(BPY) -', byline at the end.",
    "Headline 'gần 24.000 tin, bài trong 11 tháng' is its own figure; its year-less '11 tháng' takes 2024 (published).",
    "'đạt 108% kế hoạch năm' is the percent of 23.860. 'thời lượng tiếp âm ... chiếm khoảng 65%' is the share of a part that has no number",
    "of its own: a percent figure (not the percent of 14.200 giờ, which is the whole). 'Hiện' gives no period; 'lần lượt' items take the",
    "districts/town as location. 'dự kiến cần ...' governs both 12,5 tỷ and 27 đài (forecast).",
    "Distractors: (BPY), dateline and time, lần thứ 5, trước năm 2020, Quốc lộ 1A, Quốc lộ 25, bão số 5.",
]

write("p983-8", TEXT, FIGS, NOTES, published="2024-12-09", location="Phú Yên")
