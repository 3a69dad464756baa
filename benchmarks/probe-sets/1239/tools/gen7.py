"""p1239-7: department site (Sở NN&PTNT Lào Cai), no dateline: walnut seedlings, one-cell-per-line table (nghìn cây)."""
from lib import F, P, I, C, T, write

TEXT = """SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÀO CAI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Hỏi đáp

Nâng cao chất lượng giống óc chó phục vụ trồng mới

Lào Cai hiện có 3 vườn ươm đủ điều kiện sản xuất giống óc chó, trong đó 2 vườn tại huyện Bắc Hà và 1 vườn tại huyện Si Ma Cai. Năm 2023, các vườn ươm sản xuất 148 nghìn cây giống, tăng 23,3% so với năm 2022; tỷ lệ cây ghép đạt tiêu chuẩn xuất vườn 86%.

Kết quả sản xuất giống óc chó tại các vườn ươm:
Đơn vị tính: nghìn cây
Loại cây giống
Năm 2022
Năm 2023
Kế hoạch 2024
Cây ghép
72
101
130
Cây thực sinh
48
47
40
Tổng số
120
148
170

Đến hết tháng 6/2024, toàn tỉnh có 1.126 ha óc chó, tập trung ở Bắc Hà (538 ha), Si Ma Cai (327 ha) và Mường Khương (174 ha). 6 tháng đầu năm, các huyện trồng mới 96 ha, đạt 48% kế hoạch năm. Giá cây ghép bán tại vườn ươm từ 65.000 đến 75.000 đồng/cây. Năm 2024, ngành nông nghiệp phấn đấu nâng tỷ lệ cây ghép đạt tiêu chuẩn xuất vườn lên trên 90%.

Bài viết liên quan:
- Tập huấn kỹ thuật ghép óc chó đợt 2
- Hội nghị giao ban ngành nông nghiệp quý II

SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN TỈNH LÀO CAI
Địa chỉ: Tầng 4, Khối 5, Đại lộ Trần Hưng Đạo, phường Nam Cường, TP Lào Cai
Điện thoại: 0214.3840.258 | Email: snnptnt@laocai.gov.vn
Tổng lượt truy cập: 2.463.918 | Đang trực tuyến: 41
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
COLP = {"Năm 2022": P("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": P("Năm 2023", "2023-01-01", "2023-12-31"),
        "Kế hoạch 2024": P("Kế hoạch 2024", "2024-01-01", "2024-12-31")}
ASOF = P("Đến hết tháng 6/2024", None, "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
NURSERY = "vườn ươm đủ điều kiện sản xuất giống óc chó"
AREA = "diện tích óc chó"


def cell(anchor, number, value, row, col):
    kw = {"status": "target"} if col.startswith("Kế hoạch") else {}
    return F(anchor, number, value * 1000, "count", "cây", subject=f"giống óc chó {row.lower()} {col.lower()}",
             period=COLP[col], **kw)


FIGS = [
    F("có 3 vườn ươm", "3", 3, "count", "vườn ươm", subject=NURSERY),
    F("2 vườn", "2", 2, "count", "vườn", total=3, subject=NURSERY, location="Bắc Hà"),
    F("1 vườn", "1", 1, "count", "vườn", total=3, subject=NURSERY, location="Si Ma Cai"),
    F("148 nghìn", "148", 148000, "count", "cây giống", change=C("increase", 23.3, "%", "năm 2022"),
      subject="cây giống óc chó các vườn ươm sản xuất", period=Y23),
    F("vườn 86%", "86", 86, "percent", "%", subject="tỷ lệ cây ghép đạt tiêu chuẩn xuất vườn", period=Y23),
    cell("Cây ghép\n72", "72", 72, "Cây ghép", "Năm 2022"),
    cell("72\n101", "101", 101, "Cây ghép", "Năm 2023"),
    cell("101\n130", "130", 130, "Cây ghép", "Kế hoạch 2024"),
    cell("Cây thực sinh\n48", "48", 48, "Cây thực sinh", "Năm 2022"),
    cell("48\n47", "47", 47, "Cây thực sinh", "Năm 2023"),
    cell("47\n40", "40", 40, "Cây thực sinh", "Kế hoạch 2024"),
    cell("Tổng số\n120", "120", 120, "Tổng số", "Năm 2022"),
    cell("120\n148", "148", 148, "Tổng số", "Năm 2023"),
    cell("148\n170", "170", 170, "Tổng số", "Kế hoạch 2024"),
    F("có 1.126 ha", "1.126", 1126, "measure", "ha", subject="diện tích óc chó toàn tỉnh", period=ASOF),
    F("Bắc Hà (538 ha)", "538", 538, "measure", "ha", subject=AREA, period=I(ASOF), location="Bắc Hà"),
    F("Si Ma Cai (327 ha)", "327", 327, "measure", "ha", subject=AREA, period=I(ASOF), location="Si Ma Cai"),
    F("Mường Khương (174 ha)", "174", 174, "measure", "ha", subject=AREA, period=I(ASOF),
      location="Mường Khương"),
    F("trồng mới 96 ha", "96", 96, "measure", "ha", percent=48, subject="diện tích óc chó trồng mới", period=H1),
    F("từ 65.000 đến 75.000", "65.000", 65000, "money", "đồng/cây", value_max=75000,
      subject="giá cây ghép bán tại vườn ươm"),
    F("trên 90%", "90", 90, "percent", "%", approx="over", status="target",
      subject="tỷ lệ cây ghép đạt tiêu chuẩn xuất vườn", period=P("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Sở NN&PTNT Lào Cai) with no dateline: no published. Menu, related links, footer address, phone, e-mail, counters.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn cây' → cell values ×1000, unit 'cây'; periods from the column headers (scored);",
    "'Kế hoạch 2024' → target. Subject = caption indicator + row label + column label. Cells get no totals; 'Tổng số' row is its own figures.",
    "Distractors: 'đợt 2', 'quý II' (link titles), 'Tầng 4, Khối 5', '0214.3840.258', 'Tổng lượt truy cập: 2.463.918', 'Đang trực tuyến: 41'.",
    "2 vườn (Bắc Hà) and 1 vườn (Si Ma Cai) follow 'trong đó' after 3 vườn ươm: total 3, location the district.",
    "District list 538+327+174 < 1.126 ('tập trung ở'): no total. Year-less '6 tháng đầu năm' takes 2024 from 'tháng 6/2024' before it.",
]

if __name__ == "__main__":
    write("p1239-7", TEXT, NOTES, FIGS, published=None, location="Lào Cai")
