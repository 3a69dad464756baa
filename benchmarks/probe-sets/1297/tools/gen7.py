"""p1297-7: department site (Sở TN&MT Lâm Đồng), no dateline; one-cell-per-line table of land registration files."""
from lib import fig, per, inh, chg, write

ROWS = [("Cấp GCN lần đầu", ["2.415", "2.730", "113,0", "5.600"]),
        ("Đăng ký biến động", ["38.260", "41.905", "109,5", "80.000"]),
        ("Cấp đổi, cấp lại GCN", ["6.120", "5.480", "89,5", "12.000"]),
        ("Tổng số", ["46.795", "50.115", "107,1", "97.600"])]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


for i in (0, 1, 3):
    assert sum(num(r[1][i]) for r in ROWS[:3]) == num(ROWS[3][1][i])
for _, c in ROWS:
    assert abs(num(c[1]) / num(c[0]) * 100 - num(c[2])) < 0.06, c

HEAD = ["Nội dung", "6 tháng đầu năm 2023", "6 tháng đầu năm 2024", "So với cùng kỳ (%)", "Kế hoạch năm 2024"]
TABLE = "\n".join(HEAD + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp

Kết quả đăng ký đất đai, cấp giấy chứng nhận 6 tháng đầu năm 2024

Trong 6 tháng đầu năm 2024, Văn phòng Đăng ký đất đai tỉnh và 12 chi nhánh đã giải quyết 50.115 hồ sơ đăng ký đất đai, tăng 7,1% so với cùng kỳ, đạt 51,3% kế hoạch năm. Tỷ lệ hồ sơ giải quyết đúng hạn đạt 97,2%, cao hơn 3,4 điểm phần trăm so với cùng kỳ.

Kết quả giải quyết hồ sơ đất đai
Đơn vị tính: hồ sơ
""" + TABLE + """

Riêng TP Đà Lạt, số hồ sơ tồn đọng còn 640 hồ sơ, giảm 1.190 hồ sơ so với đầu năm; huyện Lâm Hà cấp 412 GCN lần đầu, nhiều nhất tỉnh. Dự kiến 6 tháng cuối năm, toàn tỉnh tiếp nhận thêm khoảng 48 nghìn hồ sơ. Đến nay, cơ sở dữ liệu đất đai đã vận hành tại 8/12 huyện, thành phố với khoảng 1,36 triệu thửa đất.

Liên kết: Bộ Tài nguyên và Môi trường | Cổng thông tin điện tử tỉnh Lâm Đồng
SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH LÂM ĐỒNG
Địa chỉ: 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.443
Lượt truy cập: 1.204.377 | Đang online: 52
"""

H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H2 = per("6 tháng cuối năm", "2024-07-01", "2024-12-31")
COLS = [("6 tháng đầu năm 2023", per("6 tháng đầu năm 2023", "2023-01-01", "2023-06-30"), None),
        ("6 tháng đầu năm 2024", per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), None),
        ("so với cùng kỳ", inh(H1), None),
        ("kế hoạch năm 2024", per("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target")]

CELLS = []
for label, cells in ROWS:
    prev = label
    for (cname, p, st), n in zip(COLS, cells):
        kw = {"status": st} if st else {}
        if cname == "so với cùng kỳ":
            f = fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{label.lower()} so với cùng kỳ",
                    period=p, **kw)
        else:
            f = fig(f"{prev}\n{n}", n, num(n), "count", "hồ sơ", subject=f"{label.lower()} {cname}", period=p, **kw)
        CELLS.append(f)
        prev = n

FIGS = [
    fig("và 12 chi nhánh", "12", 12, "count", "chi nhánh", subject="chi nhánh Văn phòng Đăng ký đất đai"),
    fig("giải quyết 50.115 hồ sơ", "50.115", 50115, "count", "hồ sơ", percent=51.3,
        change=chg("increase", 7.1, "%", "cùng kỳ"), subject="hồ sơ đăng ký đất đai đã giải quyết", period=H1),
    fig("đạt 97,2%", "97,2", 97.2, "percent", "%", change=chg("increase", 3.4, "điểm phần trăm", "cùng kỳ"),
        subject="tỷ lệ hồ sơ giải quyết đúng hạn", period=inh(H1)),
] + CELLS + [
    fig("còn 640 hồ sơ", "640", 640, "count", "hồ sơ", change=chg("decrease", 1190, "hồ sơ", "đầu năm"),
        subject="hồ sơ tồn đọng", location="Đà Lạt"),
    fig("cấp 412 GCN", "412", 412, "count", "GCN", subject="GCN lần đầu cấp", location="Lâm Hà"),
    fig("khoảng 48 nghìn", "48", 48000, "count", "hồ sơ", approx="about", status="forecast",
        subject="hồ sơ toàn tỉnh tiếp nhận thêm", period=H2),
    fig("tại 8/12", "8", 8, "count", "huyện, thành phố", total=12,
        subject="huyện, thành phố có cơ sở dữ liệu đất đai đã vận hành"),
    fig("khoảng 1,36 triệu", "1,36", 1.36e6, "count", "thửa đất", approx="about",
        subject="thửa đất trong cơ sở dữ liệu đất đai"),
]

NOTES = [
    "Department site (Sở TN&MT Lâm Đồng), no dateline: menu, links, footer address 36 Trần Phú, Phường 4, phone, 'Lượt truy cập',",
    "'Đang online'. Distractors: 'Phường 4', '36 Trần Phú', phone 0263.3822.443, counters 1.204.377 and 52.",
    "50.115 'tăng 7,1% so với cùng kỳ, đạt 51,3% kế hoạch năm' → change and percent (50.115 / 97.600 = 51,3%).",
    "97,2% 'cao hơn 3,4 điểm phần trăm so với cùng kỳ' → change in điểm phần trăm; its period is in the previous sentence (inherited).",
    "One-cell-per-line table, 'Đơn vị tính: hồ sơ'; subject = row label + column label; periods from the column headers;",
    "'Kế hoạch năm 2024' → target. 'So với cùng kỳ (%)' cells are percent figures (ratio to the same period), unit % from the header;",
    "their header names no period, so the caption-level 6 months of 2024 is inherited (not scored). Cells get no total.",
    "640 'giảm 1.190 hồ sơ so với đầu năm' → change in hồ sơ; location Đà Lạt. 412 → Lâm Hà. 'nhiều nhất tỉnh' has no number.",
    "'Dự kiến 6 tháng cuối năm ... khoảng 48 nghìn' → forecast, 2024-07-01..2024-12-31 (year from the earlier period).",
    "'Đến nay ... 8/12 huyện, thành phố' → total 12; with no dateline 'Đến nay' gives no date, so no period.",
    "No 'published': the page states no date.",
    "revised after the first run: subject of 412 'GCN lần đầu huyện Lâm Hà cấp' → 'GCN lần đầu cấp' (the place is the location).",
]

if __name__ == "__main__":
    write("p1297-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
