"""p946-7: Sở NN&PTNT Bình Phước site, no dateline, one-cell-per-line table, footer with address/phone/counter."""
from lib import F, P, Y, I, C, T, write

HEAD = ["Chỉ tiêu", "Năm 2022", "Năm 2023", "Ước năm 2024", "Kế hoạch 2025"]
ROWS = [("Diện tích (ha)", "ha", "diện tích chôm chôm", ["960", "1.010", "1.080", "1.200"]),
        ("Sản lượng (tấn)", "tấn", "sản lượng chôm chôm", ["9.240", "10.150", "11.300", "13.000"]),
        ("Diện tích đạt VietGAP (ha)", "ha", "diện tích chôm chôm đạt VietGAP", ["45", "78", "120", "200"]),
        ("Mã số vùng trồng (mã)", "mã", "mã số vùng trồng chôm chôm", ["2", "3", "5", "8"])]
TABLE = "\n".join(HEAD + [c for label, _, _, cells in ROWS for c in [label] + cells])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH PHƯỚC
Trang chủ / Tin tức / Trồng trọt - Bảo vệ thực vật

Chôm chôm Thái trên đất Bù Đốp: hướng đi mới cho nông dân vùng biên

Những năm gần đây, chôm chôm Thái (Rong Riêng) được nông dân các huyện Bù Đốp, Lộc Ninh trồng thay thế một phần diện tích điều già cỗi. Theo Chi cục Trồng trọt và Bảo vệ thực vật, năm 2023 toàn tỉnh có 1.010 ha chôm chôm, trong đó huyện Bù Đốp 420 ha, Lộc Ninh 310 ha.

Hợp tác xã Nông nghiệp Thanh Hòa (huyện Bù Đốp) hiện có 32 thành viên với 68 ha chôm chôm, năng suất bình quân 11 tấn/ha. Nhờ bán trái vụ vào tháng 9-10, giá chôm chôm đạt 22.000-26.000 đồng/kg, lợi nhuận bình quân trên 120 triệu đồng/ha/năm, cao hơn gần 3 lần so với trồng điều.

Một số chỉ tiêu phát triển chôm chôm tỉnh Bình Phước
""" + TABLE + """

Theo kế hoạch, đến năm 2025 tỉnh sẽ hình thành 3 vùng chôm chôm tập trung quy mô từ 100 ha trở lên tại Bù Đốp, Lộc Ninh, Bù Gia Mập; hỗ trợ 100% kinh phí tập huấn và 50% chi phí cây giống cho nông dân tham gia liên kết.

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH BÌNH PHƯỚC
Địa chỉ: Số 688 Quốc lộ 14, phường Tân Bình, TP. Đồng Xoài, tỉnh Bình Phước
Điện thoại: 0271.3879.345 - Fax: 0271.3879.346
Lượt truy cập: 1.284.506
"""

Y23 = Y(2023)
T25 = P("đến năm 2025", None, "2025-12-31")
BD = "Bù Đốp"
COLS = [(Y(2022, "Năm 2022"), "actual"), (Y(2023, "Năm 2023"), "actual"),
        (Y(2024, "Ước năm 2024"), "estimate"), (Y(2025, "Kế hoạch 2025"), "target")]

FIGS = [
    F("có 1.010 ha", "1.010", "measure", "ha", "diện tích chôm chôm", period=Y23),
    F("Bù Đốp 420 ha", "420", "measure", "ha", "diện tích chôm chôm", total=1010, period=Y23, location=BD),
    F("Lộc Ninh 310 ha", "310", "measure", "ha", "diện tích chôm chôm", total=1010, period=Y23, location="Lộc Ninh"),
    F("có 32 thành viên", "32", "count", "thành viên", "thành viên Hợp tác xã Nông nghiệp Thanh Hòa", location=BD),
    F("với 68 ha", "68", "measure", "ha", "diện tích chôm chôm của Hợp tác xã Nông nghiệp Thanh Hòa", location=BD),
    F("bình quân 11 tấn/ha", "11", "measure", "tấn/ha", "năng suất bình quân chôm chôm của Hợp tác xã", location=BD),
    F("đạt 22.000-26.000 đồng/kg", "22.000", "money", "đồng/kg", "giá chôm chôm trái vụ",
      value_max=26000, location=BD),
    F("trên 120 triệu đồng/ha/năm", "120", "money", "đồng/ha/năm", "lợi nhuận bình quân trồng chôm chôm",
      approx="over", change=C("increase", 3, "lần", baseline="trồng điều", approx="nearly"), location=BD),
]
for label, unit, subj, cells in ROWS:
    prev = label
    for (per, status), cell in zip(COLS, cells):
        kw = {"status": status} if status != "actual" else {}
        FIGS.append(F(f"{prev}\n{cell}\n", cell, "count" if unit == "mã" else "measure",
                      "mã số vùng trồng" if unit == "mã" else unit, f"{subj} {per['text'].lower()}", period=per, **kw))
        prev = cell

FIGS += [
    F("hình thành 3 vùng", "3", "count", "vùng", "vùng chôm chôm tập trung", status="target", period=T25),
    F("từ 100 ha trở lên", "100", "measure", "ha", "quy mô vùng chôm chôm tập trung",
      approx="at_least", status="target", period=T25, optional=True),
    F("hỗ trợ 100% kinh phí", "100", "percent", "%", "mức hỗ trợ kinh phí tập huấn", status="target", period=T25),
    F("và 50% chi phí", "50", "percent", "%", "mức hỗ trợ chi phí cây giống cho nông dân tham gia liên kết",
      status="target", period=T25),
]

NOTES = [
    "Department site (Sở NN&PTNT Bình Phước), no dateline: rambutan replacing old cashew in Bù Đốp/Lộc Ninh; table pasted one cell per line.",
    "Table: header cells Chỉ tiêu | Năm 2022 | Năm 2023 | Ước năm 2024 | Kế hoạch 2025, then each row's label and 4 cells;",
    "subject = row label + column label (FIGURES.md; cf. h24 'năm 2015'); unit from the row label; period from the column header (scored); 'Ước năm 2024' → estimate, 'Kế hoạch 2025' → target; location Bình Phước.",
    "'cao hơn gần 3 lần so với trồng điều' is the change (lần, nearly) of 120 triệu đồng/ha/năm. 'từ 100 ha trở lên' is a size class (optional).",
    "Distractors: tháng 9-10, Quốc lộ 14, Số 688, phone/fax 0271.3879.345/346, Lượt truy cập 1.284.506. No published date.",
    "Revised after the first run: table-cell subjects now carry the column label (spec: row label and column label), e.g. 'diện tích chôm chôm năm 2022'.",
]

write("p946-7", TEXT, FIGS, NOTES, published=None, location="Bình Phước")
