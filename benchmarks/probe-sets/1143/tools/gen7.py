"""p1143-7: department site (Sở GTVT Bắc Ninh), no dateline; one-cell-per-line table by district (nghìn tấn)."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC NINH
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính

Kết quả khai thác cảng, bến thủy nội địa năm 2023

Năm 2023, hàng hóa bốc xếp qua 34 cảng, bến thủy nội địa trên địa bàn tỉnh đạt 6,42 triệu tấn, tăng 7,6% so với năm 2022. Cảng Á Lữ (TP Bắc Ninh) lần đầu khai thác tuyến sà lan container đi Hải Phòng với 86 chuyến, vận chuyển 7.740 TEU, bình quân 90 TEU/chuyến.

Hàng hóa bốc xếp qua cảng, bến thủy nội địa theo địa bàn
Đơn vị tính: nghìn tấn
Địa bàn
Năm 2022
Năm 2023
TP Bắc Ninh
1.126
1.240
Quế Võ
2.015
2.186
Gia Bình
1.460
1.572
Lương Tài
792
845
Thuận Thành
573
577
Tổng số
5.966
6.420

Đến hết năm 2023, toàn tỉnh có 3 cảng được trang bị cẩu chuyên dụng bốc xếp container với tổng cộng 5 cẩu; diện tích bãi hàng khoảng 42 ha. Năm 2024, Sở đặt mục tiêu sản lượng hàng hóa qua cảng, bến tăng từ 6 đến 8%, sản lượng container đạt trên 10.000 TEU.

Tin liên quan:
- Tổng kết công tác năm 2023 của ngành Giao thông vận tải (15/01/2024)
- Triển khai nhiệm vụ quản lý đường thủy nội địa quý I/2024 (02/02/2024)

SỞ GIAO THÔNG VẬN TẢI TỈNH BẮC NINH
Địa chỉ: Số 8 Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh
Điện thoại: 0222.3822.617 - Fax: 0222.3822.615
Tổng lượt truy cập: 3.184.206 | Đang trực tuyến: 57
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
END23 = per("Đến hết năm 2023", None, "2023-12-31")
COLP = {"Năm 2022": per("Năm 2022", "2022-01-01", "2022-12-31"),
        "Năm 2023": per("Năm 2023", "2023-01-01", "2023-12-31")}
CAP = "hàng hóa bốc xếp qua cảng, bến thủy nội địa"
ROWS = [("TP Bắc Ninh", "Bắc Ninh", "1.126", "1.240"),
        ("Quế Võ", "Quế Võ", "2.015", "2.186"),
        ("Gia Bình", "Gia Bình", "1.460", "1.572"),
        ("Lương Tài", "Lương Tài", "792", "845"),
        ("Thuận Thành", "Thuận Thành", "573", "577"),
        ("Tổng số", None, "5.966", "6.420")]

FIGS = [
    fig("qua 34 cảng", "34", 34, "count", "cảng, bến", subject="cảng, bến thủy nội địa", period=Y23),
    fig("đạt 6,42 triệu tấn", "6,42", 6420000, "measure", "tấn", change=chg("increase", 7.6, "%", "năm 2022"),
        subject=CAP, period=Y23),
    fig("với 86 chuyến", "86", 86, "count", "chuyến",
        subject="chuyến sà lan container đi Hải Phòng của cảng Á Lữ", period=inh(Y23), location="Bắc Ninh"),
    fig("vận chuyển 7.740 TEU", "7.740", 7740, "measure", "TEU",
        subject="container vận chuyển tuyến sà lan Á Lữ - Hải Phòng", period=inh(Y23), location="Bắc Ninh"),
    fig("bình quân 90 TEU/chuyến", "90", 90, "measure", "TEU/chuyến",
        subject="container bình quân mỗi chuyến sà lan", period=inh(Y23), location="Bắc Ninh"),
]
for label, place, a, b in ROWS:
    for num, left, col in ((a, label, "Năm 2022"), (b, a, "Năm 2023")):
        sub = f"{CAP} tổng số {col.lower()}" if place is None else f"{CAP} {col.lower()}"
        kw = {"location": place} if place else {}
        FIGS.append(fig(f"{left}\n{num}\n", num, float(num.replace(".", "")) * 1000, "measure", "tấn",
                        subject=sub, period=COLP[col], **kw))
FIGS += [
    fig("có 3 cảng", "3", 3, "count", "cảng", subject="cảng được trang bị cẩu chuyên dụng bốc xếp container",
        period=END23),
    fig("tổng cộng 5 cẩu", "5", 5, "count", "cẩu", subject="cẩu chuyên dụng bốc xếp container", period=END23),
    fig("khoảng 42 ha", "42", 42, "measure", "ha", approx="about", subject="diện tích bãi hàng", period=END23),
    fig("từ 6 đến 8%", "6", 6, "percent", "%", value_max=8, status="target",
        subject="tăng sản lượng hàng hóa qua cảng, bến", period=Y24),
    fig("trên 10.000 TEU", "10.000", 10000, "measure", "TEU", approx="over", status="target",
        subject="sản lượng container", period=Y24),
]

NOTES = [
    "Department site (Sở GTVT Bắc Ninh), no dateline: published absent. Related-link dates (15/01/2024, 02/02/2024) are menu dates, not the article's.",
    "One-cell-per-line table, 'Đơn vị tính: nghìn tấn' (x1000 tấn, measure). Row labels are districts -> location; subject = caption indicator + column label;",
    "period from the column header (scored). 'Tổng số' row: location Bắc Ninh (default), its own figures; cells get no totals.",
    "Cảng Á Lữ placed in TP Bắc Ninh -> location Bắc Ninh (same as province). 'bình quân 90 TEU/chuyến' is a rate.",
    "Distractors: menu bar, 'quý I/2024' in a link title, address 'Số 8 Lý Thái Tổ', phone/fax 0222.3822.617 / 0222.3822.615,",
    "'Tổng lượt truy cập: 3.184.206', 'Đang trực tuyến: 57'. 'tăng từ 6 đến 8%' is a targeted growth rate (percent, range, target).",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-7", TEXT, NOTES, FIGS, location="Bắc Ninh")
