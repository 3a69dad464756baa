"""p1138-2: district portal (huyện Nam Đàn, Nghệ An): nhà thi đấu đa năng xã Kim Liên, district works 2024."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NAM ĐÀN
Trang chủ / Tin tức - Sự kiện / Văn hóa - Xã hội

Khánh thành nhà thi đấu đa năng xã Kim Liên

Thứ Hai, 09/09/2024 - 16:05

Sáng 7/9, UBND xã Kim Liên tổ chức lễ khánh thành, đưa vào sử dụng nhà thi đấu đa năng xã nằm cạnh Quốc lộ 46. Công trình khởi công từ tháng 11/2023, xây dựng trên khuôn viên rộng 3.200 m2, diện tích sàn thi đấu 1.080 m2, khán đài khoảng 400 chỗ ngồi. Tổng mức đầu tư 9,5 tỷ đồng, trong đó ngân sách huyện hỗ trợ 5 tỷ đồng, ngân sách xã 2,3 tỷ đồng, còn lại huy động từ con em quê hương và doanh nghiệp.

Nhà thi đấu bố trí một sân bóng chuyền, ba sân cầu lông và khu tập bóng bàn; dự kiến năm 2025 phục vụ hơn 20.000 lượt người tập luyện, thi đấu. Ngay sau lễ khánh thành, xã tổ chức Giải bóng chuyền hơi các câu lạc bộ lần thứ 3 với 16 đội tham gia.

Theo Phòng Văn hóa và Thông tin huyện, từ đầu năm đến nay toàn huyện đã xây mới, nâng cấp 27 nhà văn hóa xóm và 9 sân bóng đá mini cỏ nhân tạo, với tổng kinh phí hơn 41 tỷ đồng. Hiện 100% xóm có nhà văn hóa; 17/19 xã, thị trấn có sân thể thao đạt chuẩn (chiếm 89,5%).

Phong trào thể thao quần chúng phát triển rộng khắp với 112 câu lạc bộ, thu hút gần 4.500 hội viên thường xuyên sinh hoạt. Trong 8 tháng, các xã đã tổ chức 64 giải thể thao cấp xã, tăng 11 giải so với cùng kỳ.

Năm 2025, huyện phấn đấu có thêm ít nhất 5 nhà thi đấu đa năng cấp xã, 100% xã, thị trấn có sân bóng đá mini.

Nguyễn Thu Hà - Trung tâm VH-TT&TT huyện
Địa chỉ: Khối Mậu Tài, thị trấn Nam Đàn, huyện Nam Đàn, tỉnh Nghệ An. Điện thoại: 0238.3822.315
"""

Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
Y25b = P("Năm 2025", "2025-01-01", "2025-12-31")
YTD = P("từ đầu năm đến nay", "2024-01-01", "2024-09-09")
M8 = P("Trong 8 tháng", "2024-01-01", "2024-08-31")
NTD = "nhà thi đấu đa năng xã Kim Liên"

FIGS = [
    F("rộng 3.200 m2", "3.200", 3200, "measure", "m2", subject=f"diện tích khuôn viên {NTD}"),
    F("1.080 m2", "1.080", 1080, "measure", "m2", subject="diện tích sàn thi đấu"),
    F("khoảng 400 chỗ", "400", 400, "count", "chỗ ngồi", approx="about", subject="chỗ ngồi khán đài"),
    F("tư 9,5 tỷ", "9,5", 9.5e9, "money", "đồng", subject=f"tổng mức đầu tư {NTD}"),
    F("hỗ trợ 5 tỷ", "5", 5e9, "money", "đồng", total=9.5e9, subject="ngân sách huyện hỗ trợ"),
    F("xã 2,3 tỷ", "2,3", 2.3e9, "money", "đồng", total=9.5e9, subject="ngân sách xã"),
    F("một sân bóng chuyền", "một", 1, "count", "sân bóng chuyền", subject="sân bóng chuyền trong nhà thi đấu"),
    F("ba sân cầu lông", "ba", 3, "count", "sân cầu lông", subject="sân cầu lông trong nhà thi đấu"),
    F("hơn 20.000 lượt", "20.000", 20000, "count", "lượt người", approx="over", status="forecast",
      subject="lượt người tập luyện, thi đấu tại nhà thi đấu", period=Y25),
    F("với 16 đội", "16", 16, "count", "đội", subject="đội tham gia Giải bóng chuyền hơi các câu lạc bộ"),
    F("27 nhà văn hóa", "27", 27, "count", "nhà văn hóa xóm", subject="nhà văn hóa xóm xây mới, nâng cấp", period=YTD),
    F("9 sân bóng", "9", 9, "count", "sân bóng đá mini", subject="sân bóng đá mini cỏ nhân tạo xây mới, nâng cấp",
      period=YTD),
    F("hơn 41 tỷ", "41", 41e9, "money", "đồng", approx="over",
      subject="tổng kinh phí xây mới, nâng cấp nhà văn hóa xóm và sân bóng đá mini", period=YTD),
    F("Hiện 100%", "100", 100, "percent", "%", subject="tỷ lệ xóm có nhà văn hóa"),
    F("17/19", "17", 17, "count", "xã, thị trấn", total=19, percent=89.5,
      subject="xã, thị trấn có sân thể thao đạt chuẩn"),
    F("112 câu lạc bộ", "112", 112, "count", "câu lạc bộ", subject="câu lạc bộ thể thao quần chúng"),
    F("gần 4.500 hội viên", "4.500", 4500, "count", "hội viên", approx="nearly",
      subject="hội viên thường xuyên sinh hoạt câu lạc bộ"),
    F("64 giải", "64", 64, "count", "giải", change=C("increase", 11, "giải", "cùng kỳ"),
      subject="giải thể thao cấp xã đã tổ chức", period=M8),
    F("ít nhất 5 nhà", "5", 5, "count", "nhà thi đấu đa năng", approx="at_least", status="target",
      subject="nhà thi đấu đa năng cấp xã có thêm", period=Y25b),
    F("xã, 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ xã, thị trấn có sân bóng đá mini", period=Y25b),
]

NOTES = [
    "District portal (huyện Nam Đàn, Nghệ An); dateline 'Thứ Hai, 09/09/2024 - 16:05' (published). Default location: the district.",
    "Distractors: 'Sáng 7/9', 'tháng 11/2023', 'Quốc lộ 46', 'lần thứ 3', phone 0238.3822.315, time 16:05, 'Khối Mậu Tài'.",
    "Number words: 'một sân bóng chuyền', 'ba sân cầu lông'. 'từ đầu năm đến nay' runs to the published date; 'Trong 8 tháng' takes 2024.",
    "Parts after 'trong đó' (5 tỷ, 2,3 tỷ) get the whole 9,5 tỷ even though 'còn lại' is not given as a number.",
    "'17/19 … (chiếm 89,5%)': total 19 and the bracketed share as percent. Kim Liên is a commune of Nam Đàn: location Nam Đàn.",
]

if __name__ == "__main__":
    write("p1138-2", TEXT, NOTES, FIGS, published="2024-09-09", location="Nam Đàn")
