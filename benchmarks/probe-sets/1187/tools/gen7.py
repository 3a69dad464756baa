"""p1187-7: department site (Sở VHTTDL Cần Thơ), no dateline, one-cell-per-line table of clubs and students by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Giới thiệu | Tin tức - Sự kiện | Thể dục thể thao | Văn bản | Liên hệ

Phát triển phong trào võ cổ truyền trên địa bàn thành phố

Tính đến ngày 30/9/2024, thành phố Cần Thơ có 58 câu lạc bộ võ cổ truyền đang hoạt động với 3.140 võ sinh, tăng 6 câu lạc bộ và 420 võ sinh so với cuối năm 2023. Số câu lạc bộ, võ sinh theo quận, huyện như sau:

Đơn vị tính: câu lạc bộ; võ sinh
Quận, huyện
Câu lạc bộ
Võ sinh
Ninh Kiều
17
1.020
Bình Thủy
9
465
Cái Răng
8
410
Ô Môn
7
380
Thốt Nốt
6
325
Các huyện
11
540
Tổng số
58
3.140

Năm 2024, Cần Thơ đăng cai Giải vô địch Võ cổ truyền khu vực Đồng bằng sông Cửu Long với 320 vận động viên của 25 đoàn. Đội tuyển thành phố giành 12 HCV, 9 HCB và 11 HCĐ, xếp thứ 2 toàn đoàn. Phí tập luyện tại các câu lạc bộ phổ biến từ 150.000 đến 250.000 đồng/người/tháng.

Phấn đấu đến năm 2025, toàn thành phố có 65 câu lạc bộ võ cổ truyền và 100% quận, huyện thành lập Liên đoàn võ cổ truyền; hiện mới có 5/9 quận, huyện đạt.

Bài viết liên quan:
- Khai mạc lớp tập huấn trọng tài võ cổ truyền
- Cần Thơ tổ chức Giải Võ cổ truyền học sinh lần thứ 8

SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH THÀNH PHỐ CẦN THƠ
Địa chỉ: Số 32 Hòa Bình, phường Tân An, quận Ninh Kiều, TP Cần Thơ
Điện thoại: 0292.3820.147 | Email: svhttdl@cantho.gov.vn
Tổng lượt truy cập: 2.347.915 | Đang trực tuyến: 41
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
ROWS = [("Ninh Kiều", "17", "1.020", "Ninh Kiều"), ("Bình Thủy", "9", "465", "Bình Thủy"),
        ("Cái Răng", "8", "410", "Cái Răng"), ("Ô Môn", "7", "380", "Ô Môn"),
        ("Thốt Nốt", "6", "325", "Thốt Nốt"), ("Các huyện", "11", "540", None),
        ("Tổng số", "58", "3.140", None)]


def table():
    out = []
    for label, clb, vs, place in ROWS:
        extra = "" if place else (" các huyện" if label == "Các huyện" else " tổng số")
        kw = {"location": place} if place else {}
        out.append(F(f"{label}\n{clb}\n", clb, int(clb), "count", "câu lạc bộ",
                     subject="câu lạc bộ võ cổ truyền" + extra, period=I(ASOF), **kw))
        out.append(F(f"\n{clb}\n{vs}\n", vs, int(vs.replace(".", "")), "count", "võ sinh",
                     subject="võ sinh võ cổ truyền" + extra, period=I(ASOF), **kw))
    return out


FIGS = [
    F("có 58 câu lạc bộ", "58", 58, "count", "câu lạc bộ",
      change=C("increase", 6, "câu lạc bộ", "cuối năm 2023"),
      subject="câu lạc bộ võ cổ truyền đang hoạt động", period=ASOF),
    F("với 3.140 võ sinh", "3.140", 3140, "count", "võ sinh",
      change=C("increase", 420, "võ sinh", "cuối năm 2023"), subject="võ sinh võ cổ truyền", period=ASOF),
] + table() + [
    F("với 320 vận động viên", "320", 320, "count", "vận động viên",
      subject="vận động viên Giải vô địch Võ cổ truyền khu vực Đồng bằng sông Cửu Long", period=Y24),
    F("của 25 đoàn", "25", 25, "count", "đoàn",
      subject="đoàn tham dự Giải vô địch Võ cổ truyền khu vực Đồng bằng sông Cửu Long", period=Y24),
    F("giành 12 HCV", "12", 12, "count", "HCV", subject="HCV của đội tuyển thành phố", period=I(Y24)),
    F("9 HCB", "9", 9, "count", "HCB", subject="HCB của đội tuyển thành phố", period=I(Y24)),
    F("11 HCĐ", "11", 11, "count", "HCĐ", subject="HCĐ của đội tuyển thành phố", period=I(Y24)),
    F("xếp thứ 2", "2", 2, "rank", "hạng", subject="xếp hạng toàn đoàn của đội tuyển thành phố", period=I(Y24)),
    F("từ 150.000 đến", "150.000", 150000, "money", "đồng/người/tháng", value_max=250000,
      subject="phí tập luyện tại các câu lạc bộ võ cổ truyền"),
    F("có 65 câu lạc bộ", "65", 65, "count", "câu lạc bộ", status="target",
      subject="câu lạc bộ võ cổ truyền", period=TO25),
    F("và 100% quận", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ quận, huyện thành lập Liên đoàn võ cổ truyền", period=TO25),
    F("5/9", "5", 5, "count", "quận, huyện", total=9,
      subject="quận, huyện đã thành lập Liên đoàn võ cổ truyền"),
]

NOTES = [
    "Department site (Sở VHTTDL Cần Thơ) with no dateline: no published. Menu, related links, footer address, phone, e-mail, counters.",
    "Distractors: 'Số 32 Hòa Bình', phone 0292.3820.147, 'Tổng lượt truy cập: 2.347.915', 'Đang trực tuyến: 41', 'lần thứ 8'.",
    "One-cell-per-line table, 'Đơn vị tính: câu lạc bộ; võ sinh'. Row labels are districts → location; 'Các huyện' and 'Tổng số'",
    "are not places → location Cần Thơ, the label goes to the subject. Cells inherit the as-of date of the sentence above the table; no totals.",
    "'tăng 6 câu lạc bộ và 420 võ sinh so với cuối năm 2023' gives each of 58 and 3.140 its own change.",
    "The regional tournament was hosted by Cần Thơ: its figures are located in Cần Thơ. '5/9 quận, huyện' has total 9.",
]

if __name__ == "__main__":
    write("p1187-7", TEXT, NOTES, FIGS, published=None, location="Cần Thơ")
