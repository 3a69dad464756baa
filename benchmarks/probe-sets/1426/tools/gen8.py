"""p1426-8: radio/TV site (Đài Phát thanh và Truyền hình Thanh Hóa): children's xiangqi classes at the provincial children's palace."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Xã hội | Thể thao | Video | Podcast

Lớp cờ tướng năng khiếu hút thiếu nhi xứ Thanh
25/10/2024 - 10:15 | Nghe bài viết 03:42

(TTV) - Nhiều năm nay, lớp cờ tướng năng khiếu tại Cung Văn hóa Thiếu nhi tỉnh Thanh Hóa là điểm đến quen thuộc của học sinh yêu môn thể thao trí tuệ này.

9 tháng đầu năm 2024, Cung mở 14 lớp cờ tướng với 312 học viên, bằng 104% kế hoạch năm, tăng 47 học viên so với cùng kỳ. Học viên nhỏ tuổi nhất mới 6 tuổi. Mỗi lớp học 2 buổi/tuần, học phí 450.000 đồng/tháng.

Tại Giải cờ tướng trẻ toàn quốc tháng 7/2024, học viên của Cung giành 9 huy chương, trong đó có 2 huy chương vàng; em Hoàng Minh Đức xếp thứ 3 lứa tuổi U11. Đức hiện có hệ số Elo 1.850 điểm, cao nhất trong số các kỳ thủ nhí của tỉnh.

Toàn tỉnh hiện có 68 câu lạc bộ cờ tướng, riêng thị xã Nghi Sơn có 9 câu lạc bộ. Mỗi năm, ngân sách tỉnh hỗ trợ khoảng 150 triệu đồng cho hoạt động cờ tướng thiếu nhi.

Ông Nguyễn Văn Tuấn, Phó Giám đốc Cung Văn hóa Thiếu nhi tỉnh cho biết, năm 2025 đơn vị dự kiến mở thêm 4 lớp, nâng tổng số học viên lên khoảng 400 em.

BTV: Lê Hà - Quay phim: Minh Khoa
© Đài Phát thanh và Truyền hình Thanh Hóa. Địa chỉ: Số 25 Đại lộ Lê Lợi, TP Thanh Hóa
"""

N9 = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
M7 = per("tháng 7/2024", "2024-07-01", "2024-07-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("mở 14 lớp", "14", 14, "count", "lớp", subject="lớp cờ tướng Cung mở", period=N9),
    fig("với 312 học viên", "312", 312, "count", "học viên", percent=104,
        change=chg("increase", 47, "học viên", "cùng kỳ"), subject="học viên lớp cờ tướng", period=N9),
    fig("mới 6 tuổi", "6", 6, "measure", "tuổi", subject="tuổi của học viên nhỏ tuổi nhất"),
    fig("học 2 buổi/tuần", "2", 2, "measure", "buổi/tuần", subject="buổi học của mỗi lớp"),
    fig("450.000 đồng/tháng", "450.000", 450000, "money", "đồng/tháng", subject="học phí"),
    fig("giành 9 huy chương", "9", 9, "count", "huy chương",
        subject="huy chương học viên của Cung giành tại Giải cờ tướng trẻ toàn quốc", period=M7),
    fig("có 2 huy chương vàng", "2", 2, "count", "huy chương vàng", total=9, subject="huy chương vàng",
        period=M7),
    fig("xếp thứ 3", "3", 3, "rank", "hạng", subject="em Hoàng Minh Đức lứa tuổi U11", period=M7),
    fig("Elo 1.850 điểm", "1.850", 1850, "measure", "điểm", subject="hệ số Elo của Đức"),
    fig("có 68 câu lạc bộ", "68", 68, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng"),
    fig("có 9 câu lạc bộ", "9", 9, "count", "câu lạc bộ", subject="câu lạc bộ cờ tướng", location="Nghi Sơn"),
    fig("khoảng 150 triệu", "150", 150e6, "money", "đồng/năm", approx="about",
        subject="ngân sách tỉnh hỗ trợ cho hoạt động cờ tướng thiếu nhi"),
    fig("thêm 4 lớp", "4", 4, "count", "lớp", status="forecast", subject="lớp mở thêm", period=Y25),
    fig("khoảng 400 em", "400", 400, "count", "em", approx="about", status="forecast",
        subject="tổng số học viên", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu with Video/Podcast, '25/10/2024 - 10:15 | Nghe bài viết 03:42', tag '(TTV) -', editor and camera credits.",
    "Distractors: 10:15, the audio length 03:42, 'U11' (age-group label), 'Số 25 Đại lộ Lê Lợi'.",
    "312 học viên: percent 104 ('bằng 104% kế hoạch năm'), change +47 học viên (cùng kỳ). Ages and standing rates have no period.",
    "'2 huy chương vàng' after 'trong đó' → total 9; the sentence's 'tháng 7/2024' dates all three results (medals, rank).",
    "The Elo sentence says 'hiện': no period. 'riêng thị xã Nghi Sơn có 9 câu lạc bộ': 'riêng' is not a part-of cue in the spec, so no total;",
    "location Nghi Sơn. 'Mỗi năm ... khoảng 150 triệu đồng' is a yearly amount: unit 'đồng/năm'.",
    "'năm 2025 ... dự kiến mở thêm 4 lớp, nâng ... lên khoảng 400 em': both forecast, period năm 2025; 400 is a new level, not a change.",
]

if __name__ == "__main__":
    write("p1426-8", TEXT, NOTES, FIGS, published="2024-10-25", location="Thanh Hóa")
