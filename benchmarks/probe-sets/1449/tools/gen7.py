"""p1449-7: department site (Sở Công Thương Hưng Yên), no dateline, one-cell-per-line table by product."""
from lib import F, P, I, C, T, write

TEXT = """SỞ CÔNG THƯƠNG TỈNH HƯNG YÊN
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Hỏi đáp

Sản xuất tất, vớ tăng trưởng khá trong nửa đầu năm

Hưng Yên hiện có 19 doanh nghiệp và khoảng 650 hộ sản xuất tất, vớ, tập trung chủ yếu tại huyện Văn Lâm và thị xã Mỹ Hào. 6 tháng đầu năm 2024, sản lượng tất, vớ toàn tỉnh đạt 16,2 triệu đôi, tăng 8,7% so với cùng kỳ, bằng 49,1% kế hoạch năm. Riêng huyện Văn Lâm sản xuất 9,8 triệu đôi, chiếm 60,5% sản lượng toàn tỉnh.

Sản lượng tất, vớ theo nhóm sản phẩm
(Đơn vị: triệu đôi)
Nhóm sản phẩm
Năm 2023
6 tháng đầu năm 2024
Kế hoạch năm 2024
Tất thể thao
18,4
10,2
20,0
Tất công sở
9,6
4,7
10,0
Tất y tế
2,1
1,3
3,0
Tổng số
30,1
16,2
33,0
Trong đó: xuất khẩu
21,5
11,9
24,0

Giá tất thể thao xuất xưởng bình quân 7.200 đồng/đôi, tăng 5% so với năm 2023 do giá sợi tăng. Trong 6 tháng, các doanh nghiệp tuyển mới 420 lao động, nâng tổng số lao động của ngành lên gần 7.300 người. Về kim ngạch xuất khẩu tất, vớ, Hưng Yên đứng thứ 5 cả nước.

6 tháng cuối năm, ngành phấn đấu sản xuất 16,8 triệu đôi, trong đó xuất khẩu khoảng 12 triệu đôi.

Bản quyền thuộc Sở Công Thương tỉnh Hưng Yên
Địa chỉ: Số 8 đường Chùa Chuông, phường Hiến Nam, TP Hưng Yên
Điện thoại: 0221.3862.456 | Email: sct@hungyen.gov.vn
Lượt truy cập: 1.204.377 | Đang online: 25
"""

H1 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
H1s = P("Trong 6 tháng", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
COLS = [
    ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), None),
    ("6 tháng đầu năm 2024", P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30"), None),
    ("kế hoạch năm 2024", P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31"), "target"),
]
ROWS = [("Tất thể thao", "sản lượng tất thể thao", ["18,4", "10,2", "20,0"]),
        ("Tất công sở", "sản lượng tất công sở", ["9,6", "4,7", "10,0"]),
        ("Tất y tế", "sản lượng tất y tế", ["2,1", "1,3", "3,0"]),
        ("Tổng số", "tổng số sản lượng tất, vớ", ["30,1", "16,2", "33,0"]),
        ("Trong đó: xuất khẩu", "sản lượng tất, vớ xuất khẩu", ["21,5", "11,9", "24,0"])]
TOTALS = dict(zip([c[0] for c in COLS], ROWS[3][2]))  # the 'Tổng số' row, whole of the 'Trong đó' row
CELLS = []
for label, head, nums in ROWS:
    prev = label
    for (col, per, st), n in zip(COLS, nums):
        kw = {"status": st} if st else {}
        if label.startswith("Trong đó"):
            kw["total"] = float(TOTALS[col].replace(",", ".")) * 1e6
        CELLS.append(F(f"{prev}\n{n}\n", n, float(n.replace(",", ".")) * 1e6, "count", "đôi",
                       subject=f"{head} {col}", period=per, **kw))
        prev = n

FIGS = [
    F("có 19 doanh nghiệp", "19", 19, "count", "doanh nghiệp", subject="doanh nghiệp sản xuất tất, vớ"),
    F("khoảng 650 hộ", "650", 650, "count", "hộ", approx="about", subject="hộ sản xuất tất, vớ"),
    F("đạt 16,2 triệu", "16,2", 16.2e6, "count", "đôi", percent=49.1,
      change=C("increase", 8.7, "%", "cùng kỳ"), subject="sản lượng tất, vớ toàn tỉnh", period=H1),
    F("sản xuất 9,8 triệu", "9,8", 9.8e6, "count", "đôi", percent=60.5,
      subject="sản lượng tất, vớ huyện Văn Lâm sản xuất", period=I(H1), location="Văn Lâm"),
] + CELLS + [
    F("bình quân 7.200 đồng/đôi", "7.200", 7200, "money", "đồng/đôi",
      change=C("increase", 5, "%", "năm 2023"), subject="giá tất thể thao xuất xưởng bình quân"),
    F("tuyển mới 420 lao động", "420", 420, "count", "lao động", subject="lao động các doanh nghiệp tuyển mới",
      period=H1s),
    F("gần 7.300 người", "7.300", 7300, "count", "người", approx="nearly",
      subject="tổng số lao động của ngành", period=H1s),
    F("đứng thứ 5", "5", 5, "rank", "hạng", subject="kim ngạch xuất khẩu tất, vớ"),
    F("sản xuất 16,8 triệu", "16,8", 16.8e6, "count", "đôi", status="target",
      subject="tất, vớ ngành sản xuất", period=H2),
    F("khoảng 12 triệu", "12", 12e6, "count", "đôi", approx="about", total=16.8e6, status="target",
      subject="tất, vớ xuất khẩu", period=H2),
]

NOTES = [
    "Department site (Sở Công Thương Hưng Yên) with no dateline: menu, headline, footer with address, phone, e-mail, 'Lượt truy cập', 'Đang online'. published = none.",
    "One-cell-per-line table, '(Đơn vị: triệu đôi)': columns Năm 2023 / 6 tháng đầu năm 2024 / Kế hoạch năm 2024; rows by product, 'Tổng số' and 'Trong đó: xuất khẩu'.",
    "Table cells: subject = row label + column label, period from the column header (scored), 'Kế hoạch' column → target.",
    "revised after the first run: the 'Trong đó: xuất khẩu' cells take the 'Tổng số' cell of their column as total (spec §3: a part after 'trong đó' that follows the whole); product rows stand before the total, with no cue: no total.",
    "'Riêng huyện Văn Lâm sản xuất 9,8 triệu đôi, chiếm 60,5% ...' → location Văn Lâm, percent attribute 60.5; 'riêng' gives no total; period inherited.",
    "'bằng 49,1% kế hoạch năm' → percent attribute of 16,2 triệu (the first share); 'tăng 8,7% so với cùng kỳ' → change.",
    "'6 tháng cuối năm' (year-less) takes 2024 from the nearest earlier period. 'phấn đấu' governs the 'trong đó' part too (target, total 16,8 triệu).",
    "The standing price 7.200 đồng/đôi has no period ('năm 2023' is its baseline). 'Hưng Yên đứng thứ 5 cả nước' → rank located in Hưng Yên.",
    "'Trong 6 tháng' (year-less) → 2024; 'nâng tổng số lao động ... lên gần 7.300 người' is a stock, not a whole of the 420 hired: no total.",
    "Distractors: menu, 'Số 8 đường Chùa Chuông', phone 0221.3862.456, 'Lượt truy cập: 1.204.377', 'Đang online: 25'.",
]

if __name__ == "__main__":
    write("p1449-7", TEXT, NOTES, FIGS, published=None, location="Hưng Yên")
