"""p790-1: province portal (Thái Bình), Nhà hát Chèo, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội
Cập nhật: 08/07/2024 09:45 | Lượt xem: 2.317

Nhà hát Chèo Thái Bình phục vụ hơn 86.000 lượt khán giả trong 6 tháng

Theo báo cáo của Sở Văn hóa, Thể thao và Du lịch, 6 tháng đầu năm 2024, Nhà hát Chèo Thái Bình đã tổ chức 214 buổi biểu diễn, đạt 53,5% kế hoạch năm, tăng 12,6% so với cùng kỳ; trong đó có 148 buổi phục vụ nhiệm vụ chính trị tại cơ sở và 66 buổi biểu diễn bán vé. Tổng số khán giả ước đạt hơn 86.000 lượt người, tăng khoảng 9% so với cùng kỳ năm 2023. Doanh thu từ bán vé và hợp đồng biểu diễn ước đạt 3,12 tỷ đồng, bằng 118% cùng kỳ.

Giá vé tại rạp của Nhà hát dao động từ 80.000 đến 150.000 đồng/vé; riêng chương trình "Đêm chèo phố Kỳ Bá" tổ chức vào tối thứ Bảy hằng tuần có giá 100.000 đồng/vé.

Nhà hát hiện có 112 diễn viên, nhạc công, trong đó 9 người được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú. Trong 6 tháng, đơn vị đã dàn dựng mới 2 vở chèo dài và 5 trích đoạn; vở "Tấm lòng người mẹ" đoạt Huy chương Vàng tại Liên hoan Sân khấu chèo toàn quốc lần thứ 5.

Từ đầu năm đến nay, Đội Múa rối nước trực thuộc Nhà hát đã biểu diễn 57 suất tại Khu di tích lịch sử Đền Trần và các điểm du lịch, thu hút khoảng 12.400 lượt khách, trong đó khách quốc tế chiếm 21%.

Thực hiện Quyết định số 2817/QĐ-UBND ngày 24/11/2021 của UBND tỉnh về bảo tồn nghệ thuật chèo, năm 2024 Nhà hát phấn đấu tổ chức 400 buổi biểu diễn, phục vụ trên 160.000 lượt khán giả, doanh thu đạt 6 tỷ đồng. Dự kiến trong quý III/2024, đơn vị sẽ đưa 3 chương trình chèo về biểu diễn tại 8 huyện, thành phố.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = P("trong 6 tháng", "2024-01-01", "2024-06-30")
SIX = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-07-08")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")

FIGS = [
    F("hơn 86.000 lượt khán giả trong 6 tháng", "86.000", 86000, "count", "lượt khán giả",
      "khán giả Nhà hát Chèo Thái Bình phục vụ", HEAD, approx="over"),
    F("tổ chức 214 buổi biểu diễn", "214", 214, "count", "buổi biểu diễn",
      "buổi biểu diễn Nhà hát Chèo Thái Bình tổ chức", H1, percent=53.5,
      change=C("increase", 12.6, "%", "cùng kỳ")),
    F("có 148 buổi", "148", 148, "count", "buổi",
      "buổi phục vụ nhiệm vụ chính trị tại cơ sở", H1, total=214),
    F("66 buổi biểu diễn bán vé", "66", 66, "count", "buổi biểu diễn",
      "buổi biểu diễn bán vé", H1, total=214),
    F("ước đạt hơn 86.000 lượt người", "86.000", 86000, "count", "lượt người",
      "tổng số khán giả", I(H1), approx="over", status="estimate",
      change=C("increase", 9, "%", "cùng kỳ năm 2023", approx="about")),
    F("ước đạt 3,12 tỷ đồng", "3,12", 3.12e9, "money", "đồng",
      "doanh thu từ bán vé và hợp đồng biểu diễn", I(H1), status="estimate", percent=118),
    F("từ 80.000 đến 150.000 đồng/vé", "80.000", 80000, "money", "đồng/vé",
      "giá vé tại rạp của Nhà hát", value_max=150000),
    F("có giá 100.000 đồng/vé", "100.000", 100000, "money", "đồng/vé",
      "giá vé chương trình Đêm chèo phố Kỳ Bá"),
    F("có 112 diễn viên, nhạc công", "112", 112, "count", "diễn viên, nhạc công",
      "diễn viên, nhạc công của Nhà hát"),
    F("trong đó 9 người", "9", 9, "count", "người",
      "người được phong tặng danh hiệu Nghệ sĩ Nhân dân, Nghệ sĩ Ưu tú", total=112),
    F("mới 2 vở chèo dài", "2", 2, "count", "vở chèo dài", "vở chèo dài dàn dựng mới", SIX),
    F("và 5 trích đoạn", "5", 5, "count", "trích đoạn", "trích đoạn dàn dựng mới", SIX),
    F("biểu diễn 57 suất", "57", 57, "count", "suất",
      "suất biểu diễn của Đội Múa rối nước", YTD),
    F("khoảng 12.400 lượt khách", "12.400", 12400, "count", "lượt khách",
      "lượt khách xem Đội Múa rối nước biểu diễn", YTD, approx="about"),
    F("chiếm 21%", "21", 21, "percent", "%", "tỷ lệ khách quốc tế xem múa rối nước", YTD),
    F("tổ chức 400 buổi biểu diễn", "400", 400, "count", "buổi biểu diễn",
      "buổi biểu diễn Nhà hát tổ chức", Y24, status="target"),
    F("trên 160.000 lượt khán giả", "160.000", 160000, "count", "lượt khán giả",
      "lượt khán giả phục vụ", Y24, approx="over", status="target"),
    F("đạt 6 tỷ đồng", "6", 6e9, "money", "đồng", "doanh thu của Nhà hát", Y24, status="target"),
    F("đưa 3 chương trình chèo", "3", 3, "count", "chương trình chèo",
      "chương trình chèo đưa về biểu diễn tại cơ sở", Q3, status="forecast"),
    F("tại 8 huyện, thành phố", "8", 8, "count", "huyện, thành phố",
      "huyện, thành phố có chương trình chèo về biểu diễn", Q3, status="forecast"),
]

NOTES = [
    "Thái Bình province portal: Nhà hát Chèo Thái Bình, 6 tháng đầu năm 2024 (performances, audiences, revenue, artists, water-puppet team).",
    "Headline 'trong 6 tháng' takes 2024 from the Cập nhật date. 'Từ đầu năm đến nay' ends at the dateline 2024-07-08.",
    "'bằng 118% cùng kỳ' is the percent of 3,12 tỷ; 'chiếm 21%' (no count of foreign visitors) is a percent figure of its own.",
    "Not figures: Lượt xem 2.317, time 09:45, 'thứ Bảy', 'lần thứ 5', Quyết định số 2817/QĐ-UBND ngày 24/11/2021.",
]

write(1, TEXT, FIGS, NOTES, published="2024-07-08", location="Thái Bình")
