"""p1236-8: provincial newspaper online (Báo Tây Ninh), quarter III school chess/esports tournaments; a school club in Gò Dầu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TÂY NINH ONLINE
Thể thao | Cập nhật ngày: 08/10/2024 - 10:25

Gần 2.800 lượt học sinh dự các giải cờ vua, thể thao điện tử trong quý III

(BTN) - Theo Sở Văn hóa, Thể thao và Du lịch, trong quý III, các đơn vị trên địa bàn tỉnh tổ chức 14 giải cờ vua, cờ tướng và thể thao điện tử dành cho học sinh, thu hút gần 2.800 lượt vận động viên, tăng 18,6% so với cùng kỳ.

Tính chung 9 tháng, toàn tỉnh tổ chức 37 giải, đạt 84% kế hoạch năm. Các địa phương tổ chức nhiều giải nhất là TP Tây Ninh, thị xã Hòa Thành và thị xã Trảng Bàng với lần lượt 9, 6 và 5 giải. Kinh phí tổ chức 9 tháng gần 1,2 tỷ đồng, trong đó xã hội hóa chiếm 65%.

Tại huyện Gò Dầu, Trường THPT Quang Trung là đơn vị đầu tiên của tỉnh thành lập câu lạc bộ thể thao điện tử. Câu lạc bộ hiện có 48 thành viên, sinh hoạt tối đa 2 buổi/tuần và chỉ sau giờ học. Theo thầy hiệu trưởng Lê Văn Phúc, điểm trung bình học tập của các thành viên đạt 7,6 điểm, cao hơn 0,3 điểm so với mặt bằng chung của trường. Tháng 8 vừa qua, đội Liên Quân của trường giành hạng Ba tại giải khu vực Đông Nam Bộ.

Huấn luyện viên các câu lạc bộ cờ vua, thể thao điện tử học đường được hỗ trợ 1,5 triệu đồng/người/tháng. Quý IV, ngành phấn đấu tổ chức thêm 8 giải, ước cả năm đạt khoảng 45 giải; dự kiến Giải Cờ vua học sinh tỉnh vào tháng 11 có khoảng 400 vận động viên, tổng giải thưởng 60 triệu đồng.

MINH KHANG
"""

Q3 = per("quý III", "2024-07-01", "2024-09-30")
M9 = per("Tính chung 9 tháng", "2024-01-01", "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
CN = per("cả năm", "2024-01-01", "2024-12-31")
T11 = per("tháng 11", "2024-11-01", "2024-11-30")
T8 = per("Tháng 8 vừa qua", "2024-08-01", "2024-08-31")
GD = "Gò Dầu"
LIST = "giải cờ vua, cờ tướng và thể thao điện tử dành cho học sinh"

FIGS = [
    fig("Gần 2.800 lượt", "2.800", 2800, "count", "lượt học sinh", approx="nearly",
        subject="lượt học sinh dự các giải cờ vua, thể thao điện tử", period=Q3),
    fig("tổ chức 14 giải", "14", 14, "count", "giải", subject=LIST, period=Q3),
    fig("gần 2.800 lượt vận động viên", "2.800", 2800, "count", "lượt vận động viên", approx="nearly",
        change=chg("increase", 18.6, "%", "cùng kỳ"), subject="lượt vận động viên tham gia các giải", period=Q3),
    fig("tổ chức 37 giải", "37", 37, "count", "giải", percent=84, subject=LIST, period=M9),
    fig("lần lượt 9", "9", 9, "count", "giải", subject=LIST, location="Tây Ninh", period=inh(M9)),
    fig("9, 6", "6", 6, "count", "giải", subject=LIST, location="Hòa Thành", period=inh(M9)),
    fig("và 5 giải", "5", 5, "count", "giải", subject=LIST, location="Trảng Bàng", period=inh(M9)),
    fig("gần 1,2 tỷ", "1,2", 1200000000, "money", "đồng", approx="nearly",
        subject="kinh phí tổ chức các giải", period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("chiếm 65%", "65", 65, "percent", "%", subject="tỷ lệ kinh phí xã hội hóa",
        period=per("9 tháng", "2024-01-01", "2024-09-30")),
    fig("có 48 thành viên", "48", 48, "count", "thành viên",
        subject="thành viên câu lạc bộ thể thao điện tử Trường THPT Quang Trung", location=GD),
    fig("tối đa 2 buổi", "2", 2, "measure", "buổi/tuần", approx="at_most",
        subject="buổi sinh hoạt của câu lạc bộ", location=GD),
    fig("đạt 7,6 điểm", "7,6", 7.6, "measure", "điểm",
        change=chg("increase", 0.3, "điểm", "mặt bằng chung của trường"),
        subject="điểm trung bình học tập của các thành viên", location=GD),
    fig("hạng Ba", "Ba", 3, "rank", "hạng",
        subject="xếp hạng đội Liên Quân của trường tại giải khu vực Đông Nam Bộ", location=GD, period=T8),
    fig("1,5 triệu", "1,5", 1500000, "money", "đồng/người/tháng",
        subject="hỗ trợ huấn luyện viên các câu lạc bộ cờ vua, thể thao điện tử học đường"),
    fig("thêm 8 giải", "8", 8, "count", "giải", status="target", subject="giải tổ chức thêm", period=Q4),
    fig("khoảng 45 giải", "45", 45, "count", "giải", approx="about", status="estimate",
        subject="giải tổ chức", period=CN),
    fig("khoảng 400", "400", 400, "count", "vận động viên", approx="about", status="forecast",
        subject="vận động viên Giải Cờ vua học sinh tỉnh", period=T11),
    fig("60 triệu", "60", 60000000, "money", "đồng", status="forecast",
        subject="tổng giải thưởng Giải Cờ vua học sinh tỉnh", period=T11),
]

NOTES = [
    "Provincial newspaper online (Báo Tây Ninh): 'Cập nhật ngày: 08/10/2024 - 10:25' (published), tag '(BTN) -', byline at end.",
    "Year-less 'quý III', '9 tháng', 'Quý IV', 'cả năm', 'tháng 11', 'Tháng 8 vừa qua' take 2024 (the dateline).",
    "Headline 'Gần 2.800 lượt học sinh' and body 'gần 2.800 lượt vận động viên' are two mentions: two figures.",
    "'đạt 84% kế hoạch năm' -> percent of 37. District list 'với lần lượt 9, 6 và 5 giải': places in location, no total.",
    "'trong đó xã hội hóa chiếm 65%' is a percent figure of its own. 'hạng Ba' is a rank (number word). 'ước' -> estimate,",
    "'phấn đấu' -> target, 'dự kiến' -> forecast (its clause and the continuing 'tổng giải thưởng 60 triệu').",
    "revised after the first run: subject of 'khoảng 45 giải' held the period 'cả năm' (own field): now 'giải tổ chức'.",
    "The Gò Dầu school passage: location Gò Dầu. Distractors: 'đơn vị đầu tiên', times '10:25', 'Đông Nam Bộ', 'Liên Quân'.",
]

if __name__ == "__main__":
    write("p1236-8", TEXT, NOTES, FIGS, published="2024-10-08", location="Tây Ninh")
