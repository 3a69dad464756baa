"""p1187-1: Bình Định province portal, 6 months 2024: traditional martial arts clubs, medals, budget."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Thể thao

Bình Định: Hơn 1.600 câu lạc bộ, võ đường võ cổ truyền hoạt động thường xuyên

Cập nhật: 26/07/2024 14:20 | Lượt xem: 2.418

(binhdinh.gov.vn) - Theo Sở Văn hóa và Thể thao, 6 tháng đầu năm 2024, toàn tỉnh Bình Định có 1.635 câu lạc bộ, võ đường võ cổ truyền hoạt động thường xuyên, tăng 48 đơn vị so với cùng kỳ năm 2023, thu hút khoảng 52.000 người tập luyện. Trong đó, 412 câu lạc bộ được thành lập trong các trường học, chiếm 25,2% tổng số câu lạc bộ.

Thị xã An Nhơn và huyện Tây Sơn tiếp tục là hai địa phương có phong trào mạnh nhất, lần lượt có 286 và 241 võ đường. Riêng huyện Tây Sơn có 100% trường tiểu học, trung học cơ sở đưa võ cổ truyền vào giờ học thể dục ngoại khóa.

Trong 6 tháng, tỉnh đã tổ chức 3 giải thi đấu cấp tỉnh với gần 1.100 lượt vận động viên tham gia; đội tuyển võ cổ truyền Bình Định giành 27 huy chương tại các giải toàn quốc (11 HCV, 9 HCB, 7 HCĐ), đạt 67,5% chỉ tiêu huy chương cả năm.

Kinh phí ngân sách tỉnh hỗ trợ phong trào võ cổ truyền năm 2024 ước đạt 4,8 tỷ đồng, trong đó 1,2 tỷ đồng dành cho sưu tầm, phục dựng và xuất bản tài liệu các bài võ cổ. Mỗi võ sư dạy võ tại trường học được hỗ trợ 1,5 triệu đồng/tháng theo Nghị quyết số 21/2022/NQ-HĐND của HĐND tỉnh.

Liên hoan Võ cổ truyền Bình Định lần thứ 10 dự kiến diễn ra trong quý IV, với khoảng 1.500 võ sư, võ sinh của 35 đoàn trong và ngoài nước, thu hút hàng chục nghìn lượt khách.

Mục tiêu đến năm 2025, 100% xã, phường, thị trấn trên địa bàn tỉnh có ít nhất một câu lạc bộ võ cổ truyền; hiện đã có 148/155 xã, phường, thị trấn đạt tiêu chí này.
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1B = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Q4 = P("quý IV", "2024-10-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
CLB = "câu lạc bộ, võ đường võ cổ truyền hoạt động thường xuyên"

FIGS = [
    F("Hơn 1.600 câu lạc bộ", "1.600", 1600, "count", "câu lạc bộ, võ đường", approx="over", subject=CLB),
    F("có 1.635 câu lạc bộ", "1.635", 1635, "count", "câu lạc bộ, võ đường",
      change=C("increase", 48, "đơn vị", "cùng kỳ năm 2023"), subject=CLB, period=H1),
    F("khoảng 52.000 người", "52.000", 52000, "count", "người", approx="about",
      subject="người tập luyện võ cổ truyền", period=H1),
    F("412 câu lạc bộ", "412", 412, "count", "câu lạc bộ", total=1635, percent=25.2,
      subject="câu lạc bộ võ cổ truyền được thành lập trong các trường học", period=I(H1)),
    F("là hai địa phương", "hai", 2, "count", "địa phương", optional=True,
      subject="địa phương có phong trào võ cổ truyền mạnh nhất"),
    F("có 286 và", "286", 286, "count", "võ đường", subject="võ đường", location="An Nhơn"),
    F("và 241 võ đường", "241", 241, "count", "võ đường", subject="võ đường", location="Tây Sơn"),
    F("có 100% trường", "100", 100, "percent", "%",
      subject="tỷ lệ trường tiểu học, trung học cơ sở đưa võ cổ truyền vào giờ học thể dục ngoại khóa",
      location="Tây Sơn"),
    F("tổ chức 3 giải", "3", 3, "count", "giải thi đấu", subject="giải thi đấu võ cổ truyền cấp tỉnh", period=H1B),
    F("gần 1.100 lượt", "1.100", 1100, "count", "lượt vận động viên", approx="nearly",
      subject="lượt vận động viên tham gia giải thi đấu cấp tỉnh", period=H1B),
    F("giành 27 huy chương", "27", 27, "count", "huy chương", percent=67.5,
      subject="huy chương của đội tuyển võ cổ truyền Bình Định tại các giải toàn quốc", period=H1B),
    F("(11 HCV", "11", 11, "count", "HCV", total=27, subject="HCV tại các giải toàn quốc", period=H1B),
    F("9 HCB", "9", 9, "count", "HCB", total=27, subject="HCB tại các giải toàn quốc", period=H1B),
    F("7 HCĐ", "7", 7, "count", "HCĐ", total=27, subject="HCĐ tại các giải toàn quốc", period=H1B),
    F("ước đạt 4,8 tỷ", "4,8", 4.8e9, "money", "đồng", status="estimate",
      subject="kinh phí ngân sách tỉnh hỗ trợ phong trào võ cổ truyền", period=Y24),
    F("trong đó 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", total=4.8e9, status="estimate",
      subject="kinh phí sưu tầm, phục dựng và xuất bản tài liệu các bài võ cổ", period=Y24),
    F("hỗ trợ 1,5 triệu", "1,5", 1.5e6, "money", "đồng/tháng",
      subject="hỗ trợ võ sư dạy võ tại trường học"),
    F("khoảng 1.500 võ sư", "1.500", 1500, "count", "võ sư, võ sinh", approx="about", status="forecast",
      subject="võ sư, võ sinh tham dự Liên hoan Võ cổ truyền Bình Định", period=Q4),
    F("của 35 đoàn", "35", 35, "count", "đoàn", status="forecast",
      subject="đoàn trong và ngoài nước tham dự Liên hoan Võ cổ truyền Bình Định", period=Q4),
    F("hàng chục nghìn lượt khách", "hàng chục nghìn", 10000, "count", "lượt khách", approx="about",
      status="forecast", subject="lượt khách đến Liên hoan Võ cổ truyền Bình Định", period=Q4),
    F("2025, 100% xã", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ xã, phường, thị trấn có ít nhất một câu lạc bộ võ cổ truyền", period=TO25),
    F("ít nhất một câu lạc bộ", "một", 1, "count", "câu lạc bộ", approx="at_least", status="target",
      optional=True, subject="câu lạc bộ võ cổ truyền mỗi xã, phường, thị trấn", period=TO25),
    F("148/155", "148", 148, "count", "xã, phường, thị trấn", total=155,
      subject="xã, phường, thị trấn có ít nhất một câu lạc bộ võ cổ truyền"),
]

NOTES = [
    "Province portal (Bình Định): breadcrumb, headline figure 'Hơn 1.600', 'Cập nhật: 26/07/2024 14:20 | Lượt xem: 2.418'.",
    "Distractors: time 14:20, view counter 2.418, 'Nghị quyết số 21/2022/NQ-HĐND', 'lần thứ 10' (ordinal).",
    "'Trong đó, 412 câu lạc bộ' takes the whole 1.635 (same noun), not the 52.000 people standing right before the cue.",
    "'hai địa phương' only refers back to the two places listed (optional). 'ít nhất một câu lạc bộ' defines the criterion (optional).",
    "'quý IV' has no year: the nearest earlier period is 'năm 2024'. The festival figures are forecasts ('dự kiến'), location Bình Định.",
    "'hàng chục nghìn' is a number word (FIGURES.md §2): 10000, approx about.",
]

if __name__ == "__main__":
    write("p1187-1", TEXT, NOTES, FIGS, published="2024-07-26", location="Bình Định")
