"""p1469-7: department site (Sở Công Thương Hưng Yên), no dateline; one-cell-per-line table of chalk output."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Sản xuất phấn viết bảng trên địa bàn tỉnh tăng trưởng khá

Năm 2024, sản lượng phấn viết bảng của các cơ sở trên địa bàn tỉnh ước đạt 3.140 tấn, tăng 6,2% so với năm 2023; giá trị sản xuất ước khoảng 96 tỷ đồng. Hưng Yên hiện đứng thứ 3 cả nước về sản lượng phấn, sau Thanh Hóa và Hà Nam.

Sản lượng phấn viết bảng theo cơ sở
Đơn vị tính: tấn
Cơ sở
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Công ty CP Phấn Phố Hiến
1.480
1.575
106,4
Công ty TNHH Văn phòng phẩm Tân Dân
960
1.010
105,2
Các hộ sản xuất tại huyện Kim Động
517
555
107,4
Tổng số
2.957
3.140
106,2
Trong đó: phấn không bụi
1.420
1.630
114,8

Các cơ sở sản xuất phấn trong tỉnh sử dụng khoảng 310 lao động, thu nhập bình quân 7,2 triệu đồng/người/tháng. Trong năm 2024, các doanh nghiệp đã xuất khẩu 420 tấn phấn sang Lào và Campuchia, chiếm 13,4% sản lượng. Năm 2025, ngành phấn đặt mục tiêu sản lượng đạt 3.400 tấn, trong đó phấn không bụi chiếm trên 55%.

Tin liên quan:
- Hưng Yên: Hội chợ hàng công nghiệp nông thôn tiêu biểu lần thứ 4
- Thông báo lịch tiếp công dân tháng 9

SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Địa chỉ: Số 437 đường Nguyễn Văn Linh, TP Hưng Yên
Điện thoại: 0221.3862.419
Lượt truy cập: 1.206.337 | Đang trực tuyến: 24
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

ROWS = [("Công ty CP Phấn Phố Hiến", "Công ty CP Phấn Phố Hiến", None, ["1.480", "1.575", "106,4"]),
        ("Công ty TNHH Văn phòng phẩm Tân Dân", "Công ty TNHH Văn phòng phẩm Tân Dân", None,
         ["960", "1.010", "105,2"]),
        ("Các hộ sản xuất tại huyện Kim Động", "các hộ sản xuất", "Kim Động", ["517", "555", "107,4"]),
        ("Tổng số", "tổng số", None, ["2.957", "3.140", "106,2"]),
        ("Trong đó: phấn không bụi", "trong đó phấn không bụi", None, ["1.420", "1.630", "114,8"])]
TOTALS = ["2.957", "3.140"]


def cells():
    out = []
    for label, row, place, nums in ROWS:
        kw_place = {"location": place} if place else {}
        prev = label
        for i, n in enumerate(nums):
            anchor = f"{prev}\n{n}"
            prev = n
            if i == 2:
                out.append(fig(anchor, n, float(n.replace(",", ".")), "percent", "%",
                               subject=f"sản lượng phấn viết bảng {row} so với cùng kỳ", **kw_place))
                continue
            kw = dict(kw_place)
            if i == 0:
                kw["period"] = C23
                col = "năm 2023"
            else:
                kw["period"] = E24
                kw["status"] = "estimate"
                col = "ước thực hiện 2024"
            if row.startswith("trong đó"):
                kw["total"] = float(TOTALS[i].replace(".", ""))
            out.append(fig(anchor, n, float(n.replace(".", "")), "measure", "tấn",
                           subject=f"sản lượng phấn viết bảng {row} {col}", **kw))
    return out


FIGS = [
    fig("ước đạt 3.140 tấn", "3.140", 3140, "measure", "tấn", status="estimate",
        change=chg("increase", 6.2, "%", "năm 2023"),
        subject="sản lượng phấn viết bảng của các cơ sở trên địa bàn tỉnh", period=Y24),
    fig("ước khoảng 96 tỷ", "96", 96e9, "money", "đồng", approx="about", status="estimate",
        subject="giá trị sản xuất", period=Y24),
    fig("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng phấn"),
] + cells() + [
    fig("khoảng 310 lao động", "310", 310, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất phấn sử dụng"),
    fig("7,2 triệu", "7,2", 7.2e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("xuất khẩu 420 tấn", "420", 420, "measure", "tấn", percent=13.4,
        subject="phấn các doanh nghiệp đã xuất khẩu", period=per("Trong năm 2024", "2024-01-01", "2024-12-31")),
    fig("đạt 3.400 tấn", "3.400", 3400, "measure", "tấn", status="target",
        subject="sản lượng phấn", period=Y25),
    fig("trên 55%", "55", 55, "percent", "%", approx="over", status="target",
        subject="phấn không bụi trong sản lượng phấn", period=Y25),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên), no dateline: menu, related links, address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "'Hưng Yên hiện đứng thứ 3 cả nước về sản lượng phấn': rank of the province → location Hưng Yên, no period (hiện).",
    "One-cell-per-line table, 'Đơn vị tính: tấn'; subject = indicator + row label + column label; period from the column header (scored);",
    "'Ước thực hiện 2024' → estimate. 'So với cùng kỳ (%)' cells are percent figures (every numeric cell is a figure); the header has no",
    "year and no status cue, so they get no period and status actual. Row 'Các hộ sản xuất tại huyện Kim Động' → location Kim Động.",
    "'Trong đó: phấn không bụi' sub-row follows the 'Tổng số' row: its tonnage cells take the Tổng số cell of the same column as total.",
    "'Năm 2025, ngành phấn đặt mục tiêu ... 3.400 tấn, trong đó phấn không bụi chiếm trên 55%' → both target; the 55% is a percent figure.",
    "Distractors: 'lần thứ 4', 'tháng 9' in a link, 'Số 437', phone 0221.3862.419, 'Lượt truy cập: 1.206.337', 'Đang trực tuyến: 24'.",
]

if __name__ == "__main__":
    write("p1469-7", TEXT, NOTES, FIGS, location="Hưng Yên")
