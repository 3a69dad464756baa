"""p1054-7: Sở NN&PTNT Đồng Nai site, no dateline: jackfruit production 2023, one-cell-per-line table by locality, codes, 2024 targets."""
from lib import F, period, inherit, change, write

ROWS = [("Xuân Lộc", "2.460", "2.010", "41.200"),
        ("Cẩm Mỹ", "1.530", "1.240", "24.900"),
        ("Định Quán", "1.180", "950", "18.300"),
        ("Long Khánh", "856", "705", "13.400"),
        ("Cộng 4 địa phương", "6.026", "4.905", "97.800")]
TABLE = "\n".join(["Địa phương", "Diện tích (ha)", "Diện tích thu hoạch (ha)", "Sản lượng (tấn)"]
                  + [c for r in ROWS for c in r])

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
Trang chủ » Tin chuyên ngành » Trồng trọt

Tình hình sản xuất mít trên địa bàn tỉnh năm 2023

Năm 2023, tổng diện tích mít toàn tỉnh Đồng Nai đạt 7.385 ha, giảm 3,4% so với năm 2022; diện tích cho thu hoạch 5.920 ha, sản lượng đạt 118.600 tấn. Diện tích mít tập trung chủ yếu ở Xuân Lộc, Cẩm Mỹ, Định Quán và Long Khánh, chiếm 81,6% diện tích toàn tỉnh, cụ thể:

""" + TABLE + """

Toàn tỉnh hiện có 16 mã số vùng trồng mít xuất khẩu với diện tích 842 ha và 5 cơ sở đóng gói được cấp mã số. Giá mít Thái bình quân năm 2023 khoảng 11.500 đồng/kg, thấp hơn 42% so với năm 2022, nên lợi nhuận của nhà vườn chỉ đạt 25-40 triệu đồng/ha.

Năm 2024, Sở đặt chỉ tiêu cấp mới 6 mã số vùng trồng mít, đưa diện tích mít sản xuất theo VietGAP đạt 15% tổng diện tích.

Các tin khác:
- Phòng trừ bệnh thối trái mít mùa mưa
- Hội thảo liên kết tiêu thụ mít lần thứ 3

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH ĐỒNG NAI
Địa chỉ: Số 2 đường Nguyễn Văn Trị, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai
Điện thoại: 0251.3822.418 - Fax: 0251.3822.419
Lượt truy cập: 1.284.563
"""

NOTES = [
    "Department site (Sở NN&PTNT Đồng Nai) with no dateline; footer address, phone, fax, visit counter: published is null.",
    "One-cell-per-line table (header cells then each row's cells, one per line); row label = locality (location), column label = subject,",
    "units from the headers; no column period, so cells inherit năm 2023 from the title and lead (inherited). The 'Cộng 4 địa phương' row",
    "is its own figure (location Đồng Nai); the '4' in its label is optional. 81,6% has no base amount in its sentence: a percent figure.",
    "'lợi nhuận … chỉ đạt 25-40 triệu đồng/ha' continues the sentence of 'năm 2023' (scored period). 'chỉ tiêu' -> target.",
    "Distractors: phone/fax 0251.3822.418/419, Số 2 đường Nguyễn Văn Trị, 'lần thứ 3', 'Lượt truy cập: 1.284.563'.",
]
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TI = inherit(Y23)


def num(s):
    return float(s.replace(".", "").replace(",", "."))


def table_figs():
    out = []
    for label, a, h, p in ROWS:
        place = "Đồng Nai" if label.startswith("Cộng") else label
        pre = "Cộng 4 địa phương " if label.startswith("Cộng") else ""
        out += [
            F(f"{label}\n{a}", a, num(a), "measure", "ha", pre + "Diện tích", TI, location=place),
            F(f"{a}\n{h}", h, num(h), "measure", "ha", pre + "Diện tích thu hoạch", TI, location=place),
            F(f"{h}\n{p}", p, num(p), "measure", "tấn", pre + "Sản lượng", TI, location=place),
        ]
    return out


FIGS = [
    F("đạt 7.385 ha", "7.385", 7385, "measure", "ha", "tổng diện tích mít toàn tỉnh", Y23,
      change=change("decrease", 3.4, "%", "năm 2022")),
    F("thu hoạch 5.920 ha", "5.920", 5920, "measure", "ha", "diện tích mít cho thu hoạch", Y23),
    F("đạt 118.600 tấn", "118.600", 118600, "measure", "tấn", "sản lượng mít", Y23),
    F("chiếm 81,6%", "81,6", 81.6, "percent", "%", "tỷ trọng diện tích mít của Xuân Lộc, Cẩm Mỹ, Định Quán và Long Khánh",
      TI),
    *table_figs(),
    F("Cộng 4 địa phương", "4", 4, "count", "địa phương", "địa phương", TI, optional=True),
    F("có 16 mã số", "16", 16, "count", "mã số", "mã số vùng trồng mít xuất khẩu"),
    F("diện tích 842 ha", "842", 842, "measure", "ha", "diện tích vùng trồng mít xuất khẩu được cấp mã số"),
    F("5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở đóng gói được cấp mã số"),
    F("khoảng 11.500 đồng/kg", "11.500", 11500, "money", "đồng/kg", "giá mít Thái bình quân", Y23b, approx="about",
      change=change("decrease", 42, "%", "năm 2022")),
    F("đạt 25-40 triệu đồng/ha", "25", 25e6, "money", "đồng/ha", "lợi nhuận của nhà vườn", Y23b, value_max=40e6),
    F("cấp mới 6 mã số", "6", 6, "count", "mã số", "mã số vùng trồng mít cấp mới", Y24, status="target"),
    F("đạt 15%", "15", 15, "percent", "%", "tỷ lệ diện tích mít sản xuất theo VietGAP", Y24, status="target"),
]

if __name__ == "__main__":
    write("p1054-7", TEXT, NOTES, FIGS, published=None, location="Đồng Nai")
