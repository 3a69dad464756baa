"""p1199-7: department site (Sở Công Thương Lâm Đồng), no dateline, one-cell-per-line table of substations."""
from lib import build, fig, per, inh, chg, tgt

TEXT = """SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG
Trang chủ / Tin tức / Năng lượng - Điện lực

Lưới điện phân phối Lâm Đồng tiếp tục được đầu tư, nâng cấp

Theo Công ty Điện lực Lâm Đồng, năm 2023 toàn tỉnh đưa vào vận hành 486 trạm biến áp phân phối của ngành điện với tổng dung lượng 96.300 kVA, xây dựng mới 215 km đường dây trung áp. Sản lượng điện thương phẩm năm 2023 đạt 2,47 tỷ kWh, tăng 8,1%; riêng thành phần nông, lâm nghiệp và thủy sản chiếm 21,6%.

Số lượng trạm biến áp trên địa bàn tỉnh
Đơn vị tính: trạm
Loại trạm
Năm 2022
Năm 2023
Kế hoạch 2024
Trạm biến áp truyền tải
14
15
17
Trạm biến áp phân phối ngành điện
7.842
8.328
8.760
Trạm biến áp chuyên dùng của khách hàng
3.615
3.904
4.150
Tổng số
11.471
12.247
12.927

Phụ tải nông nghiệp công nghệ cao tăng nhanh. Riêng huyện Đơn Dương hiện có hơn 1.900 ha nhà kính, điện năng dùng cho sản xuất nông nghiệp chiếm khoảng 60% sản lượng điện của huyện; tốc độ tăng phụ tải ở đây gấp 2 lần bình quân toàn tỉnh. Vào mùa khô, nhiều trạm biến áp tại Đơn Dương mang tải từ 85 đến 95%.

Năm 2024, ngành điện phấn đấu tỷ lệ hộ dân sử dụng điện lưới quốc gia toàn tỉnh đạt 99,8%.

Tin liên quan:
- Lâm Đồng kiểm tra an toàn hành lang lưới điện cao áp
- Hội nghị triển khai Quy hoạch điện VIII trên địa bàn tỉnh

SỞ CÔNG THƯƠNG TỈNH LÂM ĐỒNG
Địa chỉ: Số 36 Trần Phú, Phường 4, TP Đà Lạt
Điện thoại: 0263.3822.163 - Fax: 0263.3834.027
Tổng lượt truy cập: 2.847.316 | Đang trực tuyến: 41
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
COLS = [("năm 2022", per("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("năm 2023", per("Năm 2023", "2023-01-01", "2023-12-31"), None),
        ("kế hoạch 2024", per("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]


def row(label, nums):
    out = []
    prev = label
    for (col, p, status), num in zip(COLS, nums):
        kw = {"status": status} if status else {}
        out.append(fig(f"{prev}\n{num}\n", num, float(num.replace(".", "")), "count", "trạm",
                       subject=f"{label.lower()} {col}", period=p, **kw))
        prev = num
    return out


TABLE = (row("Trạm biến áp truyền tải", ["14", "15", "17"])
         + row("Trạm biến áp phân phối ngành điện", ["7.842", "8.328", "8.760"])
         + row("Trạm biến áp chuyên dùng của khách hàng", ["3.615", "3.904", "4.150"])
         + row("Tổng số", ["11.471", "12.247", "12.927"]))
for f in TABLE[9:]:
    f["subject"] = "tổng số trạm biến áp " + f["subject"].split(" ", 2)[2]

DD = "Đơn Dương"
FIGS = [
    fig("vận hành 486 trạm", "486", 486, "count", "trạm biến áp",
        subject="trạm biến áp phân phối của ngành điện đưa vào vận hành", period=Y23),
    fig("96.300 kVA", "96.300", 96300, "measure", "kVA", subject="tổng dung lượng trạm biến áp phân phối đưa vào vận hành", period=Y23),
    fig("mới 215 km", "215", 215, "measure", "km", subject="đường dây trung áp xây dựng mới", period=Y23),
    fig("đạt 2,47 tỷ kWh", "2,47", 2.47e9, "measure", "kWh", change=chg("increase", 8.1, "%"),
        subject="sản lượng điện thương phẩm", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("chiếm 21,6%", "21,6", 21.6, "percent", "%",
        subject="tỷ trọng thành phần nông, lâm nghiệp và thủy sản trong điện thương phẩm",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
] + TABLE + [
    fig("hơn 1.900 ha", "1.900", 1900, "measure", "ha", approx="over",
        subject="diện tích nhà kính", location=DD),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="tỷ trọng điện năng dùng cho sản xuất nông nghiệp trong sản lượng điện của huyện", location=DD),
    fig("gấp 2 lần", "2", 2, "multiple", "lần",
        subject="tốc độ tăng phụ tải so với bình quân toàn tỉnh", location=DD),
    fig("từ 85 đến 95%", "85", 85, "percent", "%", value_max=95,
        subject="mức mang tải của nhiều trạm biến áp vào mùa khô", location=DD),
    fig("đạt 99,8%", "99,8", 99.8, "percent", "%", status="target",
        subject="tỷ lệ hộ dân sử dụng điện lưới quốc gia toàn tỉnh",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
]

NOTES = [
    "Department site (Sở Công Thương Lâm Đồng), NO dateline: published absent. Related links, address, phone/fax, visit counters.",
    "One-cell-per-line table, 'Đơn vị tính: trạm', rows are items, columns Năm 2022 / Năm 2023 / Kế hoạch 2024 (target).",
    "Cells: subject = row label + column label (Tổng số row: 'tổng số trạm biến áp' + column); period from the column header (scored).",
    "Distractors: 'Quy hoạch điện VIII', 'Số 36 Trần Phú, Phường 4', phones 0263..., 'Tổng lượt truy cập: 2.847.316', 'Đang trực tuyến: 41'.",
    "'tăng 8,1%' without a baseline is the change of 2,47 tỷ kWh. 'riêng ... chiếm 21,6%' has no part amount: own percent figure.",
    "'gấp 2 lần bình quân toàn tỉnh' stands as the claim (no count before it): multiple. Đơn Dương passage -> location Đơn Dương.",
]

if __name__ == "__main__":
    build("p1199-7", TEXT, NOTES, FIGS, location="Lâm Đồng")
