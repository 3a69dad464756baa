"""p956-7: department site (Chi cục Lâm nghiệp Nghệ An), no dateline, one-cell-per-line table."""
from lib import F, P, I, C, T, build

TEXT = """CHI CỤC LÂM NGHIỆP TỈNH NGHỆ AN
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ
Sản xuất cây giống lâm nghiệp năm 2023 vượt kế hoạch

Năm 2023, các cơ sở sản xuất giống trên địa bàn tỉnh Nghệ An đã cung ứng 61,8 triệu cây giống, vượt 3% kế hoạch năm, tăng 4,2% so với năm 2022. Trong đó, keo lai nhân giống bằng mô, hom chiếm 68,1%; cây bản địa (lim xanh, lát hoa, re hương, sao đen) đạt 6,3 triệu cây, tăng 1,2 triệu cây so với năm trước.

Toàn tỉnh hiện có 286 cơ sở sản xuất, kinh doanh giống cây lâm nghiệp, tập trung tại các huyện Anh Sơn (41 cơ sở), Tân Kỳ (38 cơ sở), Nghĩa Đàn (35 cơ sở) và Quỳ Hợp (29 cơ sở). Có 43 nguồn giống với tổng diện tích 612,7 ha đã được công nhận. Năm 2024, tỉnh phấn đấu sản xuất 65 triệu cây giống, trong đó tỷ lệ cây mô, hom đạt ít nhất 70%.

Sản lượng cây giống lâm nghiệp theo loài:
Đơn vị tính: triệu cây
Loài cây
Năm 2022
Năm 2023
Kế hoạch 2024
Keo lai (mô, hom)
38,6
42,1
45,0
Keo hạt
12,4
9,8
7,5
Bạch đàn
3,2
3,6
4,0
Cây bản địa
5,1
6,3
8,5
Tổng số
59,3
61,8
65,0

Ý kiến bạn đọc (0)
CHI CỤC LÂM NGHIỆP TỈNH NGHỆ AN
Địa chỉ: Số 96 Nguyễn Thị Minh Khai, TP Vinh, Nghệ An
Điện thoại: 0238.3844.126 - Fax: 0238.3844.530
Đang truy cập: 37 | Tổng lượt truy cập: 1.284.507
"""

NA = "Nghệ An"
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("Năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Keo lai (mô, hom)", ["38,6", "42,1", "45,0"]), ("Keo hạt", ["12,4", "9,8", "7,5"]),
        ("Bạch đàn", ["3,2", "3,6", "4,0"]), ("Cây bản địa", ["5,1", "6,3", "8,5"]),
        ("Tổng số", ["59,3", "61,8", "65,0"])]

FIGS = [
    F("cung ứng 61,8 triệu cây", "61,8", 61.8e6, "count", "cây giống",
      change=C("increase", 3, "%", "kế hoạch năm"),
      subject="cây giống các cơ sở sản xuất giống cung ứng", period=Y23),
    F("tăng 4,2% so với năm 2022", "4,2", 4.2, "percent", "%",
      subject="tăng cây giống cung ứng so với năm 2022", period=Y23, optional=True),
    F("chiếm 68,1%", "68,1", 68.1, "percent", "%",
      subject="keo lai nhân giống bằng mô, hom trong cây giống cung ứng", period=I(Y23)),
    F("đạt 6,3 triệu cây", "6,3", 6.3e6, "count", "cây", total=61.8e6,
      change=C("increase", 1.2e6, "cây", "năm trước"),
      subject="cây bản địa", period=I(Y23)),
    F("hiện có 286 cơ sở", "286", 286, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp"),
    F("Anh Sơn (41 cơ sở)", "41", 41, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", location="Anh Sơn"),
    F("Tân Kỳ (38 cơ sở)", "38", 38, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", location="Tân Kỳ"),
    F("Nghĩa Đàn (35 cơ sở)", "35", 35, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", location="Nghĩa Đàn"),
    F("Quỳ Hợp (29 cơ sở)", "29", 29, "count", "cơ sở",
      subject="cơ sở sản xuất, kinh doanh giống cây lâm nghiệp", location="Quỳ Hợp"),
    F("Có 43 nguồn giống", "43", 43, "count", "nguồn giống", subject="nguồn giống đã được công nhận"),
    F("tích 612,7 ha", "612,7", 612.7, "measure", "ha",
      subject="tổng diện tích nguồn giống được công nhận"),
    F("sản xuất 65 triệu cây", "65", 65e6, "count", "cây giống", status="target",
      subject="cây giống tỉnh phấn đấu sản xuất", period=Y24),
    F("ít nhất 70%", "70", 70, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ cây mô, hom", period=Y24),
]

prev = "Tổng số"  # placeholder
for label, cells in ROWS:
    left = label
    for (col, per, status), cell in zip(COLS, cells):
        anchor = f"{left}\n{cell}\n"
        name = "tổng số cây giống" if label == "Tổng số" else f"cây giống {label}"
        FIGS.append(F(anchor, cell, float(cell.replace(",", ".")) * 1e6, "count", "cây",
                      status=None if status == "actual" else status,
                      subject=f"{name} {col.lower()}", period=per))
        left = cell

NOTES = [
    "Chi cục Lâm nghiệp Nghệ An department page: no dateline (published null), footer with address, phone/fax and visit counters.",
    "One-cell-per-line table: 'Đơn vị tính: triệu cây' (cells x10^6); header cells Loài cây / Năm 2022 / Năm 2023 / Kế hoạch 2024,",
    "then each row's label and cells on their own lines. Column headers give periods; 'Kế hoạch 2024' gives status target.",
    "'vượt 3% kế hoạch năm' is a gap to the plan: the change of 61,8 triệu (baseline kế hoạch năm); the second change",
    "'tăng 4,2% so với năm 2022' is then a percent figure of its own (optional, spec 'one of each attribute').",
    "'Trong đó ... cây bản địa ... đạt 6,3 triệu cây' after a sentence break: total 61,8 triệu; 'tăng 1,2 triệu cây so với năm trước' its change.",
    "District list in brackets is a ranking that does not add up to 286: no total; districts are locations.",
    "Distractors: address 'Số 96 Nguyễn Thị Minh Khai', phone/fax, 'Đang truy cập: 37', 'Tổng lượt truy cập: 1.284.507', 'Ý kiến bạn đọc (0)'.",
]

if __name__ == "__main__":
    build("p956-7", TEXT, FIGS, NOTES, published=None, location=NA)
