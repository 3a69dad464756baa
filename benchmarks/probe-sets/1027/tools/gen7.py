"""p1027-7: Ban Dân tộc tỉnh Lâm Đồng (department site, no dateline), K'Ho weaving; table one cell per line."""
from lib import F, P, I, C, write

ROWS = [("1", "Lớp truyền dạy", "lớp", ["8", "11", "14"]),
        ("2", "Học viên", "người", ["240", "330", "420"]),
        ("3", "Bộ trang phục may mới", "bộ", ["650", "810", "1.000"]),
        ("4", "Sản phẩm tiêu thụ", "sản phẩm", ["5.600", "7.250", "9.000"])]
HEAD = ["STT", "Chỉ tiêu", "Đơn vị", "Năm 2022", "Năm 2023", "Kế hoạch 2024"]
table = "\n".join(HEAD) + "\n" + "\n".join("\n".join([n, label, unit, *cells]) for n, label, unit, cells in ROWS)

TEXT = """BAN DÂN TỘC TỈNH LÂM ĐỒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Khôi phục nghề dệt thổ cẩm của đồng bào K'Ho, Mạ, Chu Ru

Năm 2023, toàn tỉnh Lâm Đồng có 2.140 người biết dệt thổ cẩm, trong đó 1.450 người thường xuyên tham gia dệt. Số người biết dệt tập trung ở các huyện Lạc Dương, Di Linh và Đam Rông, lần lượt là 720, 610 và 390 người.

Giá khăn choàng thổ cẩm K'Ho từ 250.000 đến 400.000 đồng/chiếc, tấm vải lớn 1,2-1,5 triệu đồng; thu nhập của thợ dệt bình quân 3,8 triệu đồng/người/tháng. Kinh phí bảo tồn nghề dệt năm 2023 là 2,65 tỷ đồng, bằng 132% năm 2022.

Kết quả truyền dạy, tiêu thụ sản phẩm giai đoạn 2022-2024:

""" + table + """

Trong 6 tháng đầu năm 2024, Ban đã phối hợp với UBND các huyện mở 6 lớp, đạt 42,9% kế hoạch năm. Làng dệt B'Nơr C (huyện Lạc Dương) đón trên 15.000 lượt khách tham quan trong quý II/2024.

BAN DÂN TỘC TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP. Đà Lạt, tỉnh Lâm Đồng
Điện thoại: 0263.3822.415 - Email: bdt@lamdong.gov.vn
Tổng lượt truy cập: 1.348.902 | Đang trực tuyến: 37
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
H1 = P("Trong 6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Q2 = P("quý II/2024", "2024-04-01", "2024-06-30")
COLP = [("năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), "actual"),
        ("năm 2023", P("Năm 2023", "2023-01-01", "2023-12-31"), "actual"),
        ("kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
UNITS = {"lớp": ("count", "lớp"), "người": ("count", "người"), "bộ": ("count", "bộ"), "sản phẩm": ("count", "sản phẩm")}


def table_figs():
    out = []
    for i, (n, label, unit, cells) in enumerate(ROWS):
        nxt = ROWS[i + 1][0] if i + 1 < len(ROWS) else None
        for j, num in enumerate(cells):
            # anchor: the previous line plus this cell plus the next line
            prev = unit if j == 0 else cells[j - 1]
            after = cells[j + 1] if j + 1 < len(cells) else (nxt or "")
            anchor = f"{prev}\n{num}\n{after}" if after else f"{prev}\n{num}"
            if j == 0:
                anchor = f"{label}\n{anchor}"
            col, per, status = COLP[j]
            kind, u = UNITS[unit]
            value = int(num.replace(".", ""))
            extra = {"status": status} if status != "actual" else {}
            out.append(F(anchor, num, value, kind, u, f"{label} {col}", per, **extra))
    return out


FIGS = [
    F("có 2.140 người", "2.140", 2140, "count", "người", "người biết dệt thổ cẩm", Y23),
    F("trong đó 1.450 người", "1.450", 1450, "count", "người", "người thường xuyên tham gia dệt", Y23, total=2140),
    F("lần lượt là 720", "720", 720, "count", "người", "người biết dệt", I(Y23), location="Lạc Dương"),
    F("720, 610 và", "610", 610, "count", "người", "người biết dệt", I(Y23), location="Di Linh"),
    F("và 390 người", "390", 390, "count", "người", "người biết dệt", I(Y23), location="Đam Rông"),
    F("từ 250.000 đến 400.000 đồng/chiếc", "250.000", 250000, "money", "đồng/chiếc", "giá khăn choàng thổ cẩm K'Ho",
      value_max=400000),
    F("lớn 1,2-1,5 triệu đồng", "1,2", 1_200_000, "money", "đồng", "giá tấm vải lớn", value_max=1_500_000),
    F("3,8 triệu đồng/người/tháng", "3,8", 3_800_000, "money", "đồng/người/tháng", "thu nhập bình quân của thợ dệt"),
    F("là 2,65 tỷ đồng", "2,65", 2_650_000_000, "money", "đồng", "kinh phí bảo tồn nghề dệt", Y23b, percent=132),
    *table_figs(),
    F("mở 6 lớp", "6", 6, "count", "lớp", "lớp truyền dạy", H1, percent=42.9),
    F("trên 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan làng dệt B'Nơr C", Q2,
      approx="over", location="Lạc Dương"),
]

NOTES = [
    "Ban Dân tộc tỉnh Lâm Đồng (department site): nghề dệt thổ cẩm K'Ho, Mạ, Chu Ru — weavers, prices, funds; table one cell per line",
    "(STT | Chỉ tiêu | Đơn vị | Năm 2022 | Năm 2023 | Kế hoạch 2024). No dateline, so no published. STT 1-4 are row numbers.",
    "Footer address (Số 36 Trần Phú, Phường 4, TP. Đà Lạt), phone, 'Tổng lượt truy cập: 1.348.902', 'Đang trực tuyến: 37' are page furniture.",
    "Table cells: subject row label + column label, unit from the Đơn vị cell, period from the column header (scored as in the shared h23),",
    "'Kế hoạch 2024' → target. The district list ('lần lượt là 720, 610 và 390 người') shares the indicator of the sentence before",
    "(its period is inherited); it does not add up to 2.140, so no total. '42,9% kế hoạch năm' is the percent of the 6 classes.",
]

write(7, TEXT, FIGS, NOTES, location="Lâm Đồng")
