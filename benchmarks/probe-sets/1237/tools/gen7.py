"""p1237-7: department site (Sở NN&PTNT Tuyên Quang), no dateline; one-cell-per-line table of dó tree areas by district."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH TUYÊN QUANG
Giới thiệu | Tin tức - Sự kiện | Văn bản pháp quy | Hỏi đáp

Phát triển vùng nguyên liệu cây dó giấy gắn với chế biến

Tuyên Quang là một trong những địa phương có thổ nhưỡng phù hợp với cây dó giấy. Năm 2023, toàn tỉnh trồng mới 90 ha, nâng tổng diện tích lên 470 ha, đạt 94% kế hoạch; sản lượng vỏ dó khô ước đạt 310 tấn, tăng 12% so với năm 2022.

Diện tích cây dó giấy phân theo huyện (tính đến 31/12/2023):
Đơn vị tính: ha
Huyện
Tổng diện tích
Trồng mới năm 2023
Cho thu hoạch
Lâm Bình
215
40
120
Na Hang
168
35
96
Chiêm Hóa
87
15
52
Tổng số
470
90
268

Hiện toàn tỉnh có 2 hợp tác xã và 11 tổ hợp tác thu mua, sơ chế vỏ dó, trong đó Hợp tác xã Dó giấy Thượng Lâm (huyện Lâm Bình) liên kết với khoảng 140 hộ trồng dó. Năm 2023, hợp tác xã thu mua 86 tấn vỏ, doanh thu 2,6 tỷ đồng, tạo việc làm cho 15 lao động với thu nhập 5,5 triệu đồng/người/tháng. Giai đoạn 2024-2025, Sở phấn đấu mỗi năm trồng mới từ 80 đến 100 ha cây dó.

Tin liên quan:
- Hội nghị xúc tiến tiêu thụ nông sản lần thứ 4
- Tập huấn kỹ thuật trồng dó giấy tại xã Thượng Lâm

SỞ NÔNG NGHIỆP VÀ PTNT TỈNH TUYÊN QUANG
Địa chỉ: số 8, đường 17/8, phường Minh Xuân, TP Tuyên Quang
Điện thoại: 0207.3822.215
Tổng lượt truy cập: 2.084.391 | Đang online: 47
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
ASOF = P("tính đến 31/12/2023", None, "2023-12-31", inherited=True)
NEW = P("Trồng mới năm 2023", "2023-01-01", "2023-12-31")
G2425 = P("Giai đoạn 2024-2025", "2024-01-01", "2025-12-31")
COL = {"Tổng diện tích": ("tổng diện tích cây dó giấy", ASOF),
       "Trồng mới năm 2023": ("diện tích cây dó giấy trồng mới năm 2023", NEW),
       "Cho thu hoạch": ("diện tích cây dó giấy cho thu hoạch", ASOF)}


def cell(anchor, number, value, row, col):
    subj, per = COL[col]
    kw = {}
    if row == "Tổng số":
        subj = subj + " tổng số"
    else:
        kw["location"] = row
    return F(anchor, number, value, "measure", "ha", subject=subj, period=per, **kw)


FIGS = [
    F("trồng mới 90 ha", "90", 90, "measure", "ha", subject="diện tích cây dó giấy trồng mới", period=Y23),
    F("lên 470 ha", "470", 470, "measure", "ha", percent=94, subject="tổng diện tích cây dó giấy", period=Y23),
    F("ước đạt 310 tấn", "310", 310, "measure", "tấn", status="estimate",
      change=C("increase", 12, "%", "năm 2022"), subject="sản lượng vỏ dó khô", period=Y23),
    cell("Lâm Bình\n215", "215", 215, "Lâm Bình", "Tổng diện tích"),
    cell("215\n40", "40", 40, "Lâm Bình", "Trồng mới năm 2023"),
    cell("40\n120", "120", 120, "Lâm Bình", "Cho thu hoạch"),
    cell("Na Hang\n168", "168", 168, "Na Hang", "Tổng diện tích"),
    cell("168\n35", "35", 35, "Na Hang", "Trồng mới năm 2023"),
    cell("35\n96", "96", 96, "Na Hang", "Cho thu hoạch"),
    cell("Chiêm Hóa\n87", "87", 87, "Chiêm Hóa", "Tổng diện tích"),
    cell("87\n15", "15", 15, "Chiêm Hóa", "Trồng mới năm 2023"),
    cell("15\n52", "52", 52, "Chiêm Hóa", "Cho thu hoạch"),
    cell("Tổng số\n470", "470", 470, "Tổng số", "Tổng diện tích"),
    cell("470\n90", "90", 90, "Tổng số", "Trồng mới năm 2023"),
    cell("90\n268", "268", 268, "Tổng số", "Cho thu hoạch"),
    F("có 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã thu mua, sơ chế vỏ dó"),
    F("và 11 tổ hợp tác", "11", 11, "count", "tổ hợp tác", subject="tổ hợp tác thu mua, sơ chế vỏ dó"),
    F("khoảng 140 hộ", "140", 140, "count", "hộ", approx="about", location="Lâm Bình",
      subject="hộ trồng dó liên kết với Hợp tác xã Dó giấy Thượng Lâm"),
    F("thu mua 86 tấn", "86", 86, "measure", "tấn", location="Lâm Bình",
      subject="vỏ dó hợp tác xã thu mua", period=Y23),
    F("doanh thu 2,6 tỷ", "2,6", 2600000000, "money", "đồng", location="Lâm Bình",
      subject="doanh thu của hợp tác xã", period=Y23),
    F("cho 15 lao động", "15", 15, "count", "lao động", location="Lâm Bình",
      subject="lao động hợp tác xã tạo việc làm", period=Y23),
    F("nhập 5,5 triệu", "5,5", 5500000, "money", "đồng/người/tháng", location="Lâm Bình",
      subject="thu nhập lao động của hợp tác xã", period=Y23),
    F("từ 80 đến 100 ha", "80", 80, "measure", "ha/năm", value_max=100, status="target",
      subject="diện tích cây dó trồng mới mỗi năm", period=G2425),
]

NOTES = [
    "Department site (Sở NN&PTNT Tuyên Quang): no dateline (published absent); menu, related links, footer address, phone, counters.",
    "One-cell-per-line table, 'Đơn vị tính: ha', rows = districts (location), 'Tổng số' row = province. Subject = caption indicator",
    "+ column label. Periods: column 'Trồng mới năm 2023' gives the year (scored); the other columns take the caption's as-of date",
    "'tính đến 31/12/2023' (a caption line, not the cell's own header: inherited). Table cells get no total.",
    "'trong đó Hợp tác xã ... liên kết với khoảng 140 hộ' names one of the cooperatives, not a part of a number: no total.",
    "Distractors: 'đường 17/8' (road name), 'số 8', phone 0207.3822.215, 'lần thứ 4', 'Tổng lượt truy cập: 2.084.391', 'Đang online: 47',",
    "'Giai đoạn 2024-2025' (period of the target). The target 'mỗi năm trồng mới từ 80 đến 100 ha' is a rate (ha/năm).",
]

if __name__ == "__main__":
    write("p1237-7", TEXT, NOTES, FIGS, location="Tuyên Quang")
