"""p1236-3: formal report (UBND tỉnh Bình Định) on school chess and esports, flattened | table by place."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 318/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 20 tháng 6 năm 2024

BÁO CÁO
Kết quả phát triển cờ vua và thể thao điện tử trong trường học

I. KẾT QUẢ THỰC HIỆN
1. Phong trào cờ vua
Tính đến ngày 31/5/2024, toàn tỉnh có 286 câu lạc bộ cờ vua trường học, đạt 110% kế hoạch, tăng 31 câu lạc bộ so với cùng kỳ; trong đó cấp tiểu học 171 câu lạc bộ, THCS 84 câu lạc bộ, THPT 31 câu lạc bộ. Tại Giải Cờ vua học sinh toàn quốc năm 2024, đội tuyển tỉnh giành 4 huy chương vàng, xếp thứ 8/63 đoàn.

2. Học sinh tham gia câu lạc bộ theo địa phương
Đơn vị tính: học sinh
Địa phương | Cờ vua | Thể thao điện tử | Tổng số
TP Quy Nhơn | 2.450 | 640 | 3.090
TX An Nhơn | 1.120 | 215 | 1.335
TX Hoài Nhơn | 980 | 160 | 1.140
Huyện Tuy Phước | 760 | 95 | 855
Các huyện còn lại | 2.310 | 180 | 2.490
Tổng cộng | 7.620 | 1.290 | 8.910

3. Thể thao điện tử học đường
Tháng 4/2024, tỉnh lần đầu tổ chức Giải Thể thao điện tử học sinh THPT với 2 bộ môn Liên Quân Mobile và FIFA Online 4, thu hút 112 đội của 41 trường (khoảng 650 học sinh). Thời lượng thi đấu không quá 2 giờ/ngày; 100% học sinh dự giải có văn bản đồng ý của phụ huynh.

II. PHƯƠNG HƯỚNG THỜI GIAN TỚI
Phấn đấu 100% trường THCS có câu lạc bộ cờ vua; nâng số học sinh tham gia câu lạc bộ lên khoảng 10.000 em; dự kiến ngân sách tỉnh hỗ trợ 350 triệu đồng.

Nơi nhận:
- Bộ GD&ĐT (b/c);
- Sở GD&ĐT, Sở VH&TT;
- Lưu: VT, KGVX.
"""

ASOF = per("Tính đến ngày 31/5/2024", None, "2024-05-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
M4 = per("Tháng 4/2024", "2024-04-01", "2024-04-30")
COL = {"Cờ vua": "học sinh tham gia câu lạc bộ cờ vua",
       "Thể thao điện tử": "học sinh tham gia câu lạc bộ thể thao điện tử",
       "Tổng số": "tổng số học sinh tham gia câu lạc bộ"}


def cell(anchor, number, value, col, row=None, place=None):
    subj = COL[col] + (f" {row}" if row else "")
    kw = {"location": place} if place else {}
    return fig(anchor, number, value, "count", "học sinh", subject=subj, period=inh(ASOF), **kw)


FIGS = [
    fig("có 286 câu lạc bộ", "286", 286, "count", "câu lạc bộ", percent=110,
        change=chg("increase", 31, "câu lạc bộ", "cùng kỳ"),
        subject="câu lạc bộ cờ vua trường học", period=ASOF),
    fig("tiểu học 171", "171", 171, "count", "câu lạc bộ", total=286,
        subject="câu lạc bộ cờ vua cấp tiểu học", period=ASOF),
    fig("THCS 84", "84", 84, "count", "câu lạc bộ", total=286,
        subject="câu lạc bộ cờ vua cấp THCS", period=ASOF),
    fig("THPT 31 câu lạc bộ", "31", 31, "count", "câu lạc bộ", total=286,
        subject="câu lạc bộ cờ vua cấp THPT", period=ASOF),
    fig("giành 4 huy chương", "4", 4, "count", "huy chương vàng",
        subject="huy chương vàng đội tuyển tỉnh giành tại Giải Cờ vua học sinh toàn quốc", period=Y24),
    fig("thứ 8/63", "8", 8, "rank", "hạng", total=63,
        subject="xếp hạng đội tuyển tỉnh tại Giải Cờ vua học sinh toàn quốc", period=Y24),
    cell("Quy Nhơn | 2.450", "2.450", 2450, "Cờ vua", place="Quy Nhơn"),
    cell("2.450 | 640", "640", 640, "Thể thao điện tử", place="Quy Nhơn"),
    cell("640 | 3.090", "3.090", 3090, "Tổng số", place="Quy Nhơn"),
    cell("An Nhơn | 1.120", "1.120", 1120, "Cờ vua", place="An Nhơn"),
    cell("1.120 | 215", "215", 215, "Thể thao điện tử", place="An Nhơn"),
    cell("215 | 1.335", "1.335", 1335, "Tổng số", place="An Nhơn"),
    cell("Hoài Nhơn | 980", "980", 980, "Cờ vua", place="Hoài Nhơn"),
    cell("980 | 160", "160", 160, "Thể thao điện tử", place="Hoài Nhơn"),
    cell("160 | 1.140", "1.140", 1140, "Tổng số", place="Hoài Nhơn"),
    cell("Tuy Phước | 760", "760", 760, "Cờ vua", place="Tuy Phước"),
    cell("760 | 95", "95", 95, "Thể thao điện tử", place="Tuy Phước"),
    cell("95 | 855", "855", 855, "Tổng số", place="Tuy Phước"),
    cell("còn lại | 2.310", "2.310", 2310, "Cờ vua", row="các huyện còn lại"),
    cell("2.310 | 180", "180", 180, "Thể thao điện tử", row="các huyện còn lại"),
    cell("180 | 2.490", "2.490", 2490, "Tổng số", row="các huyện còn lại"),
    cell("Tổng cộng | 7.620", "7.620", 7620, "Cờ vua", row="tổng cộng"),
    cell("7.620 | 1.290", "1.290", 1290, "Thể thao điện tử", row="tổng cộng"),
    cell("1.290 | 8.910", "8.910", 8910, "Tổng số", row="tổng cộng"),
    fig("với 2 bộ môn", "2", 2, "count", "bộ môn", subject="bộ môn thi đấu Giải Thể thao điện tử học sinh THPT",
        period=M4),
    fig("thu hút 112 đội", "112", 112, "count", "đội", subject="đội tham gia Giải Thể thao điện tử học sinh THPT",
        period=M4),
    fig("của 41 trường", "41", 41, "count", "trường", subject="trường có đội tham gia Giải Thể thao điện tử",
        period=M4),
    fig("(khoảng 650 học sinh)", "650", 650, "count", "học sinh", approx="about",
        subject="học sinh tham gia Giải Thể thao điện tử học sinh THPT", period=M4),
    fig("không quá 2 giờ", "2", 2, "measure", "giờ/ngày", approx="at_most",
        subject="thời lượng thi đấu", period=inh(M4)),
    fig("ngày; 100%", "100", 100, "percent", "%",
        subject="học sinh dự giải có văn bản đồng ý của phụ huynh", period=inh(M4)),
    fig("Phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tỷ lệ trường THCS có câu lạc bộ cờ vua"),
    fig("khoảng 10.000 em", "10.000", 10000, "count", "em", approx="about", status="target",
        subject="số học sinh tham gia câu lạc bộ"),
    fig("350 triệu", "350", 350000000, "money", "đồng", status="forecast",
        subject="kinh phí ngân sách tỉnh hỗ trợ"),
]

NOTES = [
    "Formal report under letterhead: 'UBND TỈNH BÌNH ĐỊNH', 'Số: 318/BC-UBND', 'Bình Định, ngày 20 tháng 6 năm 2024' (published).",
    "Flattened '|' table, 'Đơn vị tính: học sinh', rows are places (-> location), columns Cờ vua / Thể thao điện tử / Tổng số.",
    "Table subject = caption indicator + column label (+ row label when it is not a place); period = as-of 31/5/2024 of",
    "section 1 (inherited: the caption carries no date). Cells get no totals; 'Các huyện còn lại' and 'Tổng cộng' stay Bình Định.",
    "'tăng 31 câu lạc bộ' is the change of 286; 'THPT 31 câu lạc bộ' is a part (same digits, different roles). 'xếp thứ 8/63 đoàn' -> rank 8, total 63.",
    "Distractors: 'Số: 318/BC-UBND', 'FIFA Online 4', section numbers I./II./1.-3., 'Lưu: VT, KGVX', 'lần đầu'.",
    "Section II targets carry no stated period ('THỜI GIAN TỚI'). 'Phấn đấu' governs the clauses after ';' until '; dự kiến' (forecast).",
]

if __name__ == "__main__":
    write("p1236-3", TEXT, NOTES, FIGS, published="2024-06-20", location="Bình Định")
