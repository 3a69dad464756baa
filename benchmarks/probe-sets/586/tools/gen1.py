"""p586-1: Nghệ An province portal — wildlife rescued and released, first half of 2024."""
from lib import F, P, I, CH, emit

TEXT = """Cổng Thông tin điện tử tỉnh Nghệ An
Trang chủ > Tin tức - Sự kiện > Tài nguyên - Môi trường

Nghệ An thả 156 cá thể động vật hoang dã về rừng trong 6 tháng đầu năm

Cập nhật: 08/07/2024 14:35
Lượt xem: 1.842

Sáng 5/7, Chi cục Kiểm lâm Nghệ An phối hợp với Vườn quốc gia Pù Mát tổ chức thả 37 cá thể động vật hoang dã về môi trường tự nhiên tại Tiểu khu 725, xã Môn Sơn, huyện Con Cuông. Trong đó có 12 cá thể khỉ đuôi lợn, 9 cá thể culi nhỏ và 16 cá thể rùa các loại.

Theo Chi cục Kiểm lâm, tính đến ngày 30/6/2024, các đơn vị trên địa bàn tỉnh đã tiếp nhận 214 cá thể động vật hoang dã, tăng 18,2% so với cùng kỳ năm 2023; trong đó 63 cá thể do người dân tự nguyện giao nộp, chiếm 29,4%. Trong 6 tháng đầu năm 2024, toàn tỉnh đã thả 156 cá thể về rừng, đạt 78% kế hoạch năm; tỷ lệ cứu hộ thành công đạt 87,5%.

Số cá thể thuộc loài nguy cấp, quý, hiếm được cứu hộ là 41 cá thể, gồm tê tê Java (34), voọc chà vá chân nâu (5) và gấu ngựa (2). Hai cá thể gấu ngựa đã được bàn giao cho Trung tâm Cứu hộ gấu Việt Nam tại Vườn quốc gia Tam Đảo.

Kinh phí chăm sóc bình quân khoảng 1,2 triệu đồng/cá thể/tháng; tổng kinh phí cứu hộ 6 tháng đầu năm là hơn 1,35 tỷ đồng, trong đó ngân sách tỉnh chiếm 60%.

Phấn đấu đến năm 2025, tỷ lệ cá thể được tái thả về tự nhiên đạt từ 70 đến 80% số cá thể tiếp nhận. Người dân phát hiện hành vi nuôi nhốt, buôn bán động vật hoang dã trái phép xin báo về đường dây nóng 0238.3844.621 hoặc Chi cục Kiểm lâm, số 5 đường Trường Thi, TP Vinh.
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H1Y = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
ASOF = P("tính đến ngày 30/6/2024", None, "2024-06-30")
DAY = P("Sáng 5/7", "2024-07-05", "2024-07-05")

FIGS = [
    F("Nghệ An thả 156 cá thể", "156", 156, "count", "cá thể",
      "cá thể động vật hoang dã thả về rừng", H1),
    F("thả 37 cá thể", "37", 37, "count", "cá thể",
      "cá thể động vật hoang dã thả về môi trường tự nhiên", DAY, location="Con Cuông"),
    F("có 12 cá thể khỉ", "12", 12, "count", "cá thể", "cá thể khỉ đuôi lợn được thả", I(DAY),
      total=37, location="Con Cuông"),
    F("9 cá thể culi", "9", 9, "count", "cá thể", "cá thể culi nhỏ được thả", I(DAY),
      total=37, location="Con Cuông"),
    F("16 cá thể rùa", "16", 16, "count", "cá thể", "cá thể rùa các loại được thả", I(DAY),
      total=37, location="Con Cuông"),
    F("tiếp nhận 214 cá thể", "214", 214, "count", "cá thể",
      "cá thể động vật hoang dã các đơn vị trên địa bàn tỉnh đã tiếp nhận", ASOF,
      change=CH("increase", 18.2, "%", "cùng kỳ năm 2023")),
    F("đó 63 cá thể", "63", 63, "count", "cá thể",
      "cá thể do người dân tự nguyện giao nộp", ASOF, total=214, percent=29.4),
    F("đã thả 156 cá thể", "156", 156, "count", "cá thể", "cá thể thả về rừng", H1Y, percent=78),
    F("đạt 87,5%", "87,5", 87.5, "percent", "%", "tỷ lệ cứu hộ thành công", H1Y),
    F("là 41 cá thể", "41", 41, "count", "cá thể",
      "cá thể thuộc loài nguy cấp, quý, hiếm được cứu hộ", I(H1Y)),
    F("Java (34)", "34", 34, "count", "cá thể", "cá thể tê tê Java được cứu hộ", I(H1Y), total=41),
    F("chân nâu (5)", "5", 5, "count", "cá thể", "cá thể voọc chà vá chân nâu được cứu hộ", I(H1Y), total=41),
    F("gấu ngựa (2)", "2", 2, "count", "cá thể", "cá thể gấu ngựa được cứu hộ", I(H1Y), total=41),
    F("Hai cá thể gấu ngựa", "Hai", 2, "count", "cá thể",
      "cá thể gấu ngựa bàn giao cho Trung tâm Cứu hộ gấu Việt Nam", I(H1Y)),
    F("khoảng 1,2 triệu đồng/cá thể/tháng", "1,2", 1200000, "money", "đồng/cá thể/tháng",
      "kinh phí chăm sóc bình quân", I(H1), approx="about"),
    F("hơn 1,35 tỷ đồng", "1,35", 1350000000, "money", "đồng", "tổng kinh phí cứu hộ", H1,
      approx="over"),
    F("chiếm 60%", "60", 60, "percent", "%", "ngân sách tỉnh trong tổng kinh phí cứu hộ", H1),
    F("từ 70 đến 80%", "70", 70, "percent", "%", "tỷ lệ cá thể được tái thả về tự nhiên",
      P("đến năm 2025", None, "2025-12-31"), value_max=80, status="target"),
]

COMMENTS = [
    "Cổng TTĐT Nghệ An: thả động vật hoang dã về rừng, cứu hộ 6 tháng đầu năm 2024 (invented probe article, set 586).",
    "Dateline 'Cập nhật: 08/07/2024 14:35'; 'Lượt xem: 1.842' is page furniture. 'Tiểu khu 725', the hotline 0238.3844.621,",
    "'số 5 đường Trường Thi' are not figures. The release of 5/7 took place in huyện Con Cuông: its figures take that district.",
    "Year-less '6 tháng đầu năm' and 'Sáng 5/7' take 2024 from the dateline. 'Hai cá thể gấu ngựa' (number word) is a count.",
    "'ngân sách tỉnh chiếm 60%' is the share of a part with no amount of its own: a percent figure, not the percent of 1,35 tỷ.",
]

if __name__ == "__main__":
    emit("p586-1", TEXT, COMMENTS, FIGS, published="2024-07-08", location="Nghệ An")
