"""p804-7: Sở LĐTBXH Đà Nẵng department site, no dateline, one-cell-per-line table of inspections by equipment type."""
from lib import F, P, I, C, T, write

HEAD = ["Loại thiết bị", "Năm 2022", "Năm 2023", "9 tháng năm 2024"]
ROWS = [("Nồi hơi", ["186", "204", "151"]),
        ("Bình chịu áp lực", ["1.342", "1.415", "1.087"]),
        ("Thang máy", ["2.108", "2.356", "1.932"]),
        ("Thiết bị nâng", ["1.874", "1.960", "1.466"]),
        ("Tổng cộng", ["5.510", "5.935", "4.636"])]
TABLE = "\n".join(HEAD + [x for label, cells in ROWS for x in [label] + cells])

TEXT = """SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI THÀNH PHỐ ĐÀ NẴNG
Trang chủ | Giới thiệu | Tin tức | An toàn lao động | Văn bản

Kết quả kiểm định máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động

Trên địa bàn thành phố hiện có 28 tổ chức kiểm định kỹ thuật an toàn lao động đang hoạt động, trong đó 6 tổ chức có trụ sở chính tại Đà Nẵng. Năm 2023, các tổ chức đã kiểm định 5.935 thiết bị, tăng 7,7% so với năm 2022; 9 tháng năm 2024 kiểm định 4.636 thiết bị, đạt 78,6% kế hoạch năm.

Kết quả kiểm định theo loại thiết bị
Đơn vị tính: thiết bị
""" + TABLE + """

Thang máy chiếm 41,7% tổng số thiết bị được kiểm định trong 9 tháng năm 2024, chủ yếu tại các tòa nhà cao tầng, khách sạn ven biển ở quận Sơn Trà, Ngũ Hành Sơn. Qua kiểm định, có 38 thiết bị không đạt yêu cầu, trong đó 14 nồi hơi, bình chịu áp lực và 24 thiết bị nâng. Thanh tra Sở đã kiểm tra 52 doanh nghiệp, xử phạt 7 doanh nghiệp với số tiền 315 triệu đồng.

Năm 2025, Sở phấn đấu kiểm định khoảng 6.200 thiết bị và 100% người vận hành nồi hơi được huấn luyện an toàn.

Sở Lao động - Thương binh và Xã hội thành phố Đà Nẵng
Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu
Điện thoại: 0236.3822.185 - Fax: 0236.3822.971
Đang truy cập: 37 | Tổng lượt truy cập: 3.418.072
"""

PER = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
       "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
       "9 tháng năm 2024": P("9 tháng năm 2024", "2024-01-01", "2024-09-30")}
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")


def table_figs():
    out = []
    for label, cells in ROWS:
        for j, cell in enumerate(cells):
            left = label if j == 0 else cells[j - 1]
            anchor = f"{left}\n{cell}\n"
            col = HEAD[j + 1]
            # row label + column label (FIGURES.md, Tables); the Tổng cộng row keeps its own label
            out.append(F(anchor, cell, float(cell.replace(".", "")), "count", "thiết bị",
                         subject=f"{label} được kiểm định {col.lower()}", period=PER[col]))
    return out


FIGS = [
    F("có 28 tổ chức", "28", 28, "count", "tổ chức",
      subject="tổ chức kiểm định kỹ thuật an toàn lao động đang hoạt động"),
    F("trong đó 6 tổ chức", "6", 6, "count", "tổ chức", total=28,
      subject="tổ chức kiểm định có trụ sở chính tại Đà Nẵng"),
    F("kiểm định 5.935 thiết bị", "5.935", 5935, "count", "thiết bị",
      change=C("increase", 7.7, baseline="năm 2022"),
      subject="thiết bị được kiểm định", period=Y23),
    F("kiểm định 4.636 thiết bị", "4.636", 4636, "count", "thiết bị", percent=78.6,
      subject="thiết bị được kiểm định", period=M9),
] + table_figs() + [
    F("chiếm 41,7%", "41,7", 41.7, "percent", "%",
      subject="thang máy trong tổng số thiết bị được kiểm định", period=M9),
    F("có 38 thiết bị", "38", 38, "count", "thiết bị",
      subject="thiết bị không đạt yêu cầu", period=I(M9)),
    F("trong đó 14 nồi hơi", "14", 14, "count", "nồi hơi, bình chịu áp lực", total=38,
      subject="nồi hơi, bình chịu áp lực không đạt yêu cầu", period=I(M9)),
    F("và 24 thiết bị nâng", "24", 24, "count", "thiết bị nâng", total=38,
      subject="thiết bị nâng không đạt yêu cầu", period=I(M9)),
    F("kiểm tra 52 doanh nghiệp", "52", 52, "count", "doanh nghiệp",
      subject="doanh nghiệp được Thanh tra Sở kiểm tra", period=I(M9)),
    F("xử phạt 7 doanh nghiệp", "7", 7, "count", "doanh nghiệp",
      subject="doanh nghiệp bị xử phạt", period=I(M9)),
    F("tiền 315 triệu đồng", "315", 315000000, "money", "đồng",
      subject="số tiền xử phạt", period=I(M9)),
    F("khoảng 6.200 thiết bị", "6.200", 6200, "count", "thiết bị", approx="about", status="target",
      subject="thiết bị được kiểm định", period=Y25),
    F("và 100% người", "100", 100, "percent", "%", status="target",
      subject="người vận hành nồi hơi được huấn luyện an toàn", period=Y25),
]

NOTES = [
    "Sở LĐTBXH Đà Nẵng site (invented), no dateline: inspection organisations, 2023 and 9-month 2024 inspections,",
    "one-cell-per-line table (header cells one per line: Loại thiết bị / Năm 2022 / Năm 2023 / 9 tháng năm 2024; Đơn vị tính: thiết bị;",
    "rows Nồi hơi, Bình chịu áp lực, Thang máy, Thiết bị nâng, Tổng cộng). Cell periods from the column headers (scored), no totals.",
    "'đạt 78,6% kế hoạch năm' → percent on 4.636; 'Thang máy chiếm 41,7% ...' stands alone → percent figure.",
    "'38 thiết bị ..., trong đó 14 nồi hơi, bình chịu áp lực và 24 thiết bị nâng' → total 38 (14+24 = 38).",
    "Sentences after the table without a period phrase inherit '9 tháng năm 2024' from the previous sentence.",
    "Distractors: address '24 Trần Phú', 'Tầng 6', phone/fax 0236..., 'Đang truy cập: 37', 'Tổng lượt truy cập: 3.418.072'.",
    "revised after the first run: Tổng cộng row subjects now use the row label itself ('Tổng cộng được kiểm định năm 2022'),",
    "as FIGURES.md (Tables) defines a cell's subject, instead of the paraphrase 'tổng số thiết bị được kiểm định ...'.",
    "Location: Đà Nẵng (a city; '28 tổ chức ... trên địa bàn thành phố'); quận Sơn Trà, Ngũ Hành Sơn carry no figure.",
]

write("p804-7", TEXT, NOTES, FIGS, published=None, location="Đà Nẵng")
