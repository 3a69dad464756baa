"""p1481-6: department site (Sở Công Thương Hưng Yên), no dateline, one-cell-per-line table by district."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Công nghiệp | Thương mại | Hỏi đáp

Ngành bao bì PP dệt Hưng Yên tăng trưởng ổn định

Theo số liệu tổng hợp của Sở Công Thương, năm 2024 toàn tỉnh có 38 doanh nghiệp sản xuất bao bì PP dệt và bao jumbo, tăng 5 doanh nghiệp so với năm 2023; sản lượng ước đạt 46 nghìn tấn, tăng 9,5%.

Sản lượng bao bì PP dệt phân theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn
Năm 2023
Ước thực hiện 2024
Kế hoạch 2025
Huyện Văn Lâm
18,6
20,3
22,0
Thị xã Mỹ Hào
12,4
13,1
14,5
Huyện Yên Mỹ
7,9
9,2
10,0
Địa bàn khác
3,1
3,4
3,8
Tổng số
42,0
46,0
50,3

Các doanh nghiệp thu hút khoảng 6.700 lao động. 11 tháng năm 2024, kim ngạch xuất khẩu bao bì PP dệt đạt 92,4 triệu USD, tăng 13,2% so với cùng kỳ, chủ yếu sang Nhật Bản, Hàn Quốc.

Tuy nhiên, còn 7 cơ sở sản xuất nhỏ lẻ tại làng nghề tái chế nhựa xã Minh Khai (huyện Văn Lâm) chưa đáp ứng yêu cầu về môi trường. Năm 2025, Sở phấn đấu 100% doanh nghiệp trong khu công nghiệp có hệ thống xử lý nước thải đạt chuẩn.

Tin liên quan:
- Hội chợ Thương mại Hưng Yên lần thứ 12
- Công bố Quy hoạch cụm công nghiệp tỉnh thời kỳ 2021-2030

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 437 đường Nguyễn Văn Linh, phường An Tảo, TP Hưng Yên
Điện thoại: 0221.3862.215
Lượt truy cập: 1.204.577 | Trực tuyến: 18
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
COLS = [("năm 2023", C23, None), ("ước thực hiện 2024", E24, "estimate"), ("kế hoạch 2025", K25, "target")]
ROWS = [("Huyện Văn Lâm", "Văn Lâm", ["18,6", "20,3", "22,0"]),
        ("Thị xã Mỹ Hào", "Mỹ Hào", ["12,4", "13,1", "14,5"]),
        ("Huyện Yên Mỹ", "Yên Mỹ", ["7,9", "9,2", "10,0"]),
        ("Địa bàn khác", None, ["3,1", "3,4", "3,8"]),
        ("Tổng số", None, ["42,0", "46,0", "50,3"])]
CELLS = []
for label, place, nums in ROWS:
    prev = label
    for (col, p, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if place:
            kw["location"] = place
            subj = f"sản lượng bao bì PP dệt {col}"
        else:
            subj = f"sản lượng bao bì PP dệt {label.lower()} {col}"
        CELLS.append(fig(f"{prev}\n{n}", n, float(n.replace(",", ".")) * 1e3, "measure", "tấn",
                         subject=subj, period=p, **kw))
        prev = n

FIGS = [
    fig("có 38 doanh nghiệp", "38", 38, "count", "doanh nghiệp",
        change=chg("increase", 5, "doanh nghiệp", "năm 2023"),
        subject="doanh nghiệp sản xuất bao bì PP dệt và bao jumbo", period=Y24),
    fig("ước đạt 46 nghìn", "46", 46e3, "measure", "tấn", status="estimate", change=chg("increase", 9.5, "%"),
        subject="sản lượng", period=Y24),
] + CELLS + [
    fig("khoảng 6.700 lao động", "6.700", 6700, "count", "lao động", approx="about",
        subject="lao động các doanh nghiệp thu hút"),
    fig("đạt 92,4 triệu", "92,4", 92.4e6, "money", "USD", change=chg("increase", 13.2, "%", "cùng kỳ"),
        subject="kim ngạch xuất khẩu bao bì PP dệt",
        period=per("11 tháng năm 2024", "2024-01-01", "2024-11-30")),
    fig("còn 7 cơ sở", "7", 7, "count", "cơ sở",
        subject="cơ sở sản xuất nhỏ lẻ chưa đáp ứng yêu cầu về môi trường", location="Văn Lâm"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="doanh nghiệp trong khu công nghiệp có hệ thống xử lý nước thải đạt chuẩn",
        period=per("Năm 2025", "2025-01-01", "2025-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, footer address, phone, 'Lượt truy cập', 'Trực tuyến'.",
    "Distractors: 'lần thứ 12', 'thời kỳ 2021-2030', 'Số 437 đường Nguyễn Văn Linh', phone 0221.3862.215, counters 1.204.577 and 18.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' → cells ×10^3 tấn; rows are districts → location (Văn Lâm, Mỹ Hào, Yên Mỹ),",
    "subject = caption indicator + column label; 'Địa bàn khác' and 'Tổng số' rows stay in Hưng Yên with the row label in the subject.",
    "Period from column headers (scored): 'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. Cells get no total.",
    "'tăng 5 doanh nghiệp so với năm 2023' is a change in doanh nghiệp. '46 nghìn tấn, tăng 9,5%' continues the 'ước đạt' clause: estimate, change without baseline.",
    "'7 cơ sở ... tại làng nghề ... xã Minh Khai (huyện Văn Lâm)' → location Văn Lâm. 'phấn đấu 100% doanh nghiệp ...' → target percent.",
    "'Các doanh nghiệp thu hút khoảng 6.700 lao động' has no period in its sentence; none given.",
]

if __name__ == "__main__":
    write("p1481-6", TEXT, NOTES, FIGS, location="Hưng Yên")
