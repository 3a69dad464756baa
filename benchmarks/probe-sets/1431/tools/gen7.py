"""p1431-7: department site (Sở NN&PTNT Phú Thọ), no dateline, one-cell-per-line table of planted-forest indicators."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH PHÚ THỌ
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ

Rừng trồng sản xuất tiếp tục tăng trưởng khá

Phú Thọ hiện có 118.600 ha rừng sản xuất, trong đó rừng trồng keo, bạch đàn khoảng 96.000 ha, tập trung ở các huyện Yên Lập, Thanh Sơn, Tân Sơn, Đoan Hùng. Tỷ lệ che phủ rừng toàn tỉnh đạt 40,2%, xếp thứ 3 khu vực trung du và miền núi phía Bắc.

Kết quả phát triển rừng trồng sản xuất
Chỉ tiêu
Năm 2023
Ước thực hiện 2024
So với cùng kỳ (%)
Kế hoạch 2025
Diện tích trồng rừng tập trung (ha)
9.850
10.120
102,7
10.000
Sản lượng gỗ rừng trồng khai thác (m3)
1.285.000
1.362.000
106,0
1.400.000
Trong đó: gỗ keo (m3)
1.010.000
1.085.000
107,4
1.100.000
Diện tích rừng có chứng chỉ FSC (ha)
21.400
23.900
111,7
26.000

Giá gỗ keo nguyên liệu tại bãi hiện ở mức 1,1-1,2 triệu đồng/tấn; gỗ keo lớn dùng để xẻ đạt khoảng 2,3 triệu đồng/m3. Toàn tỉnh có 812 cơ sở chế biến gỗ, trong đó 56 doanh nghiệp; giá trị sản xuất chế biến gỗ năm 2024 ước đạt 4.800 tỷ đồng.

Tin khác:
- Tập huấn kỹ thuật trồng rừng gỗ lớn năm 2025
- Hướng dẫn thực hiện Thông tư số 29/2018/TT-BNNPTNT

Sở Nông nghiệp và PTNT tỉnh Phú Thọ
Địa chỉ: Số 1515, đại lộ Hùng Vương, phường Gia Cẩm, TP Việt Trì
Điện thoại: 0210.3846.359
Lượt truy cập: 1.204.336 | Đang trực tuyến: 52
"""

C23 = per("Năm 2023", "2023-01-01", "2023-12-31")
E24 = per("Ước thực hiện 2024", "2024-01-01", "2024-12-31")
K25 = per("Kế hoạch 2025", "2025-01-01", "2025-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
COLS = ["năm 2023", "ước thực hiện 2024", "so với cùng kỳ", "kế hoạch 2025"]
ROWS = [
    ("Diện tích trồng rừng tập trung (ha)", "diện tích trồng rừng tập trung", "ha",
     ["9.850", "10.120", "102,7", "10.000"], None),
    ("Sản lượng gỗ rừng trồng khai thác (m3)", "sản lượng gỗ rừng trồng khai thác", "m3",
     ["1.285.000", "1.362.000", "106,0", "1.400.000"], None),
    ("Trong đó: gỗ keo (m3)", "sản lượng gỗ keo khai thác", "m3",
     ["1.010.000", "1.085.000", "107,4", "1.100.000"], [1285000, 1362000, None, 1400000]),
    ("Diện tích rừng có chứng chỉ FSC (ha)", "diện tích rừng có chứng chỉ FSC", "ha",
     ["21.400", "23.900", "111,7", "26.000"], None),
]


def num(n):
    return float(n.replace(".", "").replace(",", "."))


def cells():
    out = []
    for label, subj, unit, nums, totals in ROWS:
        prev = label
        for i, (col, n) in enumerate(zip(COLS, nums)):
            kw = {}
            if col == "so với cùng kỳ":
                out.append(fig(f"{prev}\n{n}", n, num(n), "percent", "%", subject=f"{subj} {col}"))
            else:
                p = {"năm 2023": C23, "ước thực hiện 2024": E24, "kế hoạch 2025": K25}[col]
                if col.startswith("ước"):
                    kw["status"] = "estimate"
                elif col.startswith("kế hoạch"):
                    kw["status"] = "target"
                if totals and totals[i]:
                    kw["total"] = totals[i]
                out.append(fig(f"{prev}\n{n}", n, num(n), "measure", unit, subject=f"{subj} {col}",
                               period=p, **kw))
            prev = n
    return out


FIGS = [
    fig("có 118.600 ha", "118.600", 118600, "measure", "ha", subject="diện tích rừng sản xuất"),
    fig("khoảng 96.000 ha", "96.000", 96000, "measure", "ha", approx="about", total=118600,
        subject="diện tích rừng trồng keo, bạch đàn"),
    fig("đạt 40,2%", "40,2", 40.2, "percent", "%", subject="tỷ lệ che phủ rừng toàn tỉnh"),
    fig("xếp thứ 3", "3", 3, "rank", "hạng",
        subject="tỷ lệ che phủ rừng toàn tỉnh"),
] + cells() + [
    fig("mức 1,1-1,2", "1,1", 1.1e6, "money", "đồng/tấn", value_max=1.2e6,
        subject="giá gỗ keo nguyên liệu tại bãi"),
    fig("khoảng 2,3 triệu", "2,3", 2.3e6, "money", "đồng/m3", approx="about",
        subject="giá gỗ keo lớn dùng để xẻ"),
    fig("có 812 cơ sở", "812", 812, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("trong đó 56 doanh nghiệp", "56", 56, "count", "doanh nghiệp", total=812,
        subject="doanh nghiệp chế biến gỗ"),
    fig("ước đạt 4.800 tỷ", "4.800", 4800e9, "money", "đồng", status="estimate",
        subject="giá trị sản xuất chế biến gỗ", period=Y24),
]

NOTES = [
    "Department site (Sở NN&PTNT Phú Thọ) with no dateline: menu, 'Tin khác', footer address, phone, 'Lượt truy cập', 'Đang trực tuyến'.",
    "Distractors: 'Số 1515, đại lộ Hùng Vương', phone 0210.3846.359, counters 1.204.336 and 52, Thông tư số 29/2018/TT-BNNPTNT,",
    "'năm 2025' in a link title. published: none.",
    "The districts named after 'tập trung ở các huyện' do not locate the provincial figures (location Phú Thọ).",
    "'xếp thứ 3 khu vực trung du và miền núi phía Bắc' → rank of the province's forest cover, location Phú Thọ.",
    "One-cell-per-line table: unit from the row label '(ha)'/'(m3)'; subject = row + column label; period and status from the",
    "column header ('Ước thực hiện 2024' estimate, 'Kế hoạch 2025' target). 'So với cùng kỳ (%)' cells are percent figures with",
    "no period (the header states none) and actual status (no cue in the header).",
    "'Trong đó: gỗ keo' row: its m3 cells are parts of the row above in the same column (FIGURES.md parts of a whole: after 'trong đó',",
    "same thing, same period) → total; its percent cell gets none.",
    "'trong đó 56 doanh nghiệp' → total 812. 'năm 2024 ước đạt 4.800 tỷ đồng' → estimate.",
]

if __name__ == "__main__":
    write("p1431-7", TEXT, NOTES, FIGS, location="Phú Thọ")
