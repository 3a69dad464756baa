"""p1336-5: Party newspaper (Báo Ninh Bình, tag '(BNB) -'): a chèo troupe brings chèo to the highland communes of Nho Quan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NINH BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NINH BÌNH
Văn hóa | Nghệ thuật
Thứ Sáu, 14/06/2024 | 09:32

Đoàn Chèo Tràng An mang chèo về với vùng cao Nho Quan

Từ đầu năm đến nay, Đoàn Chèo Tràng An đã tổ chức 46 buổi diễn phục vụ đồng bào các xã vùng cao huyện Nho Quan, thu hút gần 20 nghìn lượt người xem.

(BNB) - Đây là lần thứ ba Đoàn Chèo Tràng An (thuộc Trung tâm Văn hóa nghệ thuật tỉnh) thực hiện chương trình "Chèo về bản". Mỗi buổi diễn kéo dài khoảng 90 phút với ba đến bốn trích đoạn chèo cổ như Quan Âm Thị Kính, Tấm Cám, Lưu Bình - Dương Lễ.

Trong 5 tháng đầu năm 2024, đoàn đã diễn tại 18/27 xã, thị trấn của huyện Nho Quan, trong đó có 9 xã vùng đồng bào dân tộc Mường. Tổng kinh phí thực hiện chương trình năm 2024 là 850 triệu đồng, trong đó ngân sách tỉnh 600 triệu đồng, phần còn lại do xã hội hóa.

Theo Sở Văn hóa và Thể thao, toàn tỉnh hiện có 126 câu lạc bộ chèo với khoảng 2.300 hội viên, nhiều nhất là huyện Yên Khánh (24 câu lạc bộ), Kim Sơn (21 câu lạc bộ). Năm 2023, các câu lạc bộ đã tham gia biểu diễn hơn 1.500 buổi tại các lễ hội, sự kiện văn hóa.

"Chúng tôi phấn đấu đến cuối năm 2024 diễn đủ 27/27 xã, thị trấn, tổng số buổi diễn khoảng 100 buổi", Trưởng đoàn Phạm Thị Thu Hằng cho biết. Để làm được điều đó, đoàn đã tuyển thêm 6 diễn viên trẻ, nâng tổng số diễn viên, nhạc công lên 34 người.

MAI LINH
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-06-14")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
END24 = per("đến cuối năm 2024", None, "2024-12-31")
NQ = "Nho Quan"

FIGS = [
    fig("tổ chức 46 buổi", "46", 46, "count", "buổi diễn",
        subject="buổi diễn phục vụ đồng bào các xã vùng cao", period=YTD, location=NQ),
    fig("gần 20 nghìn", "20", 20000, "count", "lượt người xem", approx="nearly",
        subject="lượt người xem", period=YTD, location=NQ),
    fig("khoảng 90 phút", "90", 90, "measure", "phút", approx="about",
        subject="thời lượng mỗi buổi diễn", location=NQ),
    fig("ba đến bốn trích đoạn", "ba", 3, "count", "trích đoạn", value_max=4,
        subject="trích đoạn chèo cổ mỗi buổi diễn", location=NQ),
    fig("tại 18/27 xã", "18", 18, "count", "xã, thị trấn", total=27,
        subject="xã, thị trấn đoàn đã diễn", period=M5, location=NQ),
    fig("có 9 xã", "9", 9, "count", "xã", total=18,
        subject="xã vùng đồng bào dân tộc Mường", period=M5, location=NQ),
    fig("là 850 triệu", "850", 850e6, "money", "đồng",
        subject="tổng kinh phí thực hiện chương trình", period=Y24, location=NQ),
    fig("tỉnh 600 triệu", "600", 600e6, "money", "đồng", total=850e6,
        subject="ngân sách tỉnh", period=Y24, location=NQ),
    fig("có 126 câu lạc bộ", "126", 126, "count", "câu lạc bộ", subject="câu lạc bộ chèo"),
    fig("khoảng 2.300 hội viên", "2.300", 2300, "count", "hội viên", approx="about",
        subject="hội viên câu lạc bộ chèo"),
    fig("(24 câu lạc bộ)", "24", 24, "count", "câu lạc bộ", subject="câu lạc bộ chèo", location="Yên Khánh"),
    fig("(21 câu lạc bộ)", "21", 21, "count", "câu lạc bộ", subject="câu lạc bộ chèo", location="Kim Sơn"),
    fig("hơn 1.500 buổi", "1.500", 1500, "count", "buổi", approx="over",
        subject="buổi biểu diễn của các câu lạc bộ tại các lễ hội, sự kiện văn hóa", period=Y23),
    fig("đủ 27/27 xã", "27", 27, "count", "xã, thị trấn", total=27, status="target",
        subject="xã, thị trấn đoàn diễn", period=END24, location=NQ),
    fig("khoảng 100 buổi", "100", 100, "count", "buổi", approx="about", status="target",
        subject="tổng số buổi diễn", period=END24, location=NQ),
    fig("thêm 6 diễn viên", "6", 6, "count", "diễn viên", subject="diễn viên trẻ đoàn tuyển thêm"),
    fig("lên 34 người", "34", 34, "count", "người", subject="tổng số diễn viên, nhạc công của đoàn"),
]

NOTES = [
    "Party newspaper (Báo Ninh Bình): 'Thứ Sáu, 14/06/2024 | 09:32' (published), sapo, tag '(BNB) -', quote, byline MAI LINH at the end.",
    "Distractors: 09:32, 'lần thứ ba' (ordinal), play titles, the troupe's name.",
    "The programme serves huyện Nho Quan: its figures (sapo, durations, communes, funds, the head's targets) are located in Nho Quan;",
    "the province's club figures go to Ninh Bình (default, BNB tag), the list items to Yên Khánh and Kim Sơn (no total: no cue, no sum).",
    "The troupe's own staff (6 recruited, 34 in all) belong to a provincial centre: Ninh Bình (borderline; the sentence names no place).",
    "'Từ đầu năm đến nay' ends at the dateline; '5 tháng đầu năm 2024' ends 2024-05-31; 'đến cuối năm 2024' is an as-of end.",
    "'gần 20 nghìn' = 20 000 nearly; 'ba đến bốn trích đoạn' = range of number words 3-4.",
    "'18/27 xã' → total 27; 'trong đó có 9 xã' → total 18 (the whole it follows); '27/27 xã' → 27 with total 27 (target, 'phấn đấu').",
    "'trong đó ngân sách tỉnh 600 triệu' → total 850 triệu. The quote's 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1336-5", TEXT, NOTES, FIGS, published="2024-06-14", location="Ninh Bình")
