"""p581-7: Cục QLTT tỉnh Nghệ An department site (no dateline) — Q1/2024 inspections, one-cell-per-line table by team."""
from lib import F, P, INH, CH, emit

TEXT = """CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH NGHỆ AN
Trang chủ | Tin hoạt động | Văn bản | Liên hệ

Kết quả kiểm tra, xử lý vi phạm quý I/2024

Quý I/2024, Cục Quản lý thị trường tỉnh Nghệ An đã kiểm tra 412 vụ, xử lý 356 vụ vi phạm, trong đó 58 vụ buôn bán hàng cấm, hàng nhập lậu; 41 vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ; 137 vụ vi phạm về giá, ghi nhãn, khuyến mại và bảo vệ quyền lợi người tiêu dùng. Tổng số tiền xử phạt và bán hàng tịch thu là 2.186,4 triệu đồng, tăng 9,2% so với quý I/2023; mức thu bình quân 6,1 triệu đồng/vụ.

Bảng: Kết quả theo đơn vị
Đơn vị
Số vụ kiểm tra (vụ)
Số vụ vi phạm (vụ)
Thu nộp ngân sách (triệu đồng)
Đội QLTT số 1
86
74
512,8
Đội QLTT số 2
71
63
398,5
Đội QLTT số 3
65
57
341,2
Đội QLTT số 4
58
49
287,6
Đội QLTT số 5
54
45
254,9
Đội QLTT cơ động
78
68
391,4
Tổng cộng
412
356
2.186,4

Đường dây nóng của Cục (0238.3595.112) tiếp nhận 27 tin báo của người tiêu dùng, đã xác minh, xử lý 24 tin. Riêng lĩnh vực thương mại điện tử, Cục phát hiện 12 tài khoản mạng xã hội kinh doanh hàng hóa không rõ nguồn gốc, xử phạt 96,5 triệu đồng.

Quý II/2024, Cục dự kiến kiểm tra khoảng 450 vụ, tập trung vào thực phẩm, mỹ phẩm, thuốc và hàng hóa bán qua mạng.

Địa chỉ: số 70 đường Trường Thi, TP. Vinh, Nghệ An | Lượt truy cập: 587.203
"""

Q1 = P("Quý I/2024", "2024-01-01", "2024-03-31")
Q1I = INH(Q1)

COLS = [("Số vụ kiểm tra", "count", "vụ", 1), ("Số vụ vi phạm", "count", "vụ", 1),
        ("Thu nộp ngân sách", "money", "đồng", 1e6)]


def row(label, cells):
    """cells: list of (anchor, number, value-as-written) for the three columns."""
    out = []
    for (col, kind, unit, mult), (anchor, number, v) in zip(COLS, cells):
        out.append(F(anchor, number, v * mult, kind, unit, f"{col} {label}", Q1I))
    return out


FIGS = [
    F("kiểm tra 412 vụ", "412", 412, "count", "vụ", "vụ Cục Quản lý thị trường tỉnh kiểm tra", Q1),
    F("xử lý 356 vụ vi phạm", "356", 356, "count", "vụ vi phạm", "vụ vi phạm xử lý", Q1),
    F("trong đó 58 vụ", "58", 58, "count", "vụ", "vụ buôn bán hàng cấm, hàng nhập lậu", Q1, total=356),
    F("41 vụ hàng giả", "41", 41, "count", "vụ", "vụ hàng giả, hàng xâm phạm quyền sở hữu trí tuệ", Q1, total=356),
    F("137 vụ vi phạm", "137", 137, "count", "vụ",
      "vụ vi phạm về giá, ghi nhãn, khuyến mại và bảo vệ quyền lợi người tiêu dùng", Q1, total=356),
    F("là 2.186,4 triệu đồng", "2.186,4", 2186400000, "money", "đồng",
      "tổng số tiền xử phạt và bán hàng tịch thu", Q1I, change=CH("increase", 9.2, baseline="quý I/2023")),
    F("6,1 triệu đồng/vụ", "6,1", 6100000, "money", "đồng/vụ", "mức thu bình quân", Q1I),
]
FIGS += row("Đội QLTT số 1", [("số 1\n86", "86", 86), ("86\n74", "74", 74), ("512,8", "512,8", 512.8)])
FIGS += row("Đội QLTT số 2", [("số 2\n71", "71", 71), ("71\n63", "63", 63), ("398,5", "398,5", 398.5)])
FIGS += row("Đội QLTT số 3", [("số 3\n65", "65", 65), ("65\n57", "57", 57), ("341,2", "341,2", 341.2)])
FIGS += row("Đội QLTT số 4", [("số 4\n58", "58", 58), ("58\n49", "49", 49), ("287,6", "287,6", 287.6)])
FIGS += row("Đội QLTT số 5", [("số 5\n54", "54", 54), ("54\n45", "45", 45), ("254,9", "254,9", 254.9)])
FIGS += row("Đội QLTT cơ động", [("cơ động\n78", "78", 78), ("78\n68", "68", 68), ("391,4", "391,4", 391.4)])
FIGS += row("Tổng cộng", [("Tổng cộng\n412", "412", 412), ("412\n356\n2", "356", 356),
                          ("356\n2.186,4", "2.186,4", 2186.4)])
FIGS += [
    F("tiếp nhận 27 tin báo", "27", 27, "count", "tin báo",
      "tin báo của người tiêu dùng đường dây nóng của Cục tiếp nhận"),
    F("xử lý 24 tin", "24", 24, "count", "tin", "tin báo đã xác minh, xử lý"),
    F("phát hiện 12 tài khoản", "12", 12, "count", "tài khoản",
      "tài khoản mạng xã hội kinh doanh hàng hóa không rõ nguồn gốc", Q1I),
    F("xử phạt 96,5 triệu đồng", "96,5", 96500000, "money", "đồng",
      "tiền xử phạt lĩnh vực thương mại điện tử", Q1I),
    F("khoảng 450 vụ", "450", 450, "count", "vụ", "vụ Cục dự kiến kiểm tra",
      P("Quý II/2024", "2024-04-01", "2024-06-30"), approx="about", status="forecast"),
]

COMMENTS = [
    "Cục Quản lý thị trường tỉnh Nghệ An site (invented): kết quả kiểm tra, xử lý vi phạm quý I/2024. No dateline anywhere: no published.",
    "One-cell-per-line table with units in the column headers ('(vụ)', '(triệu đồng)'); every numeric cell is a figure, subject = column",
    "label + row label, money cells ×10^6; period from the title/lead 'quý I/2024' (inherited, unscored). Row labels 'Đội QLTT số 1' … 'số 5'",
    "are team names, not figures; the 'Tổng cộng' row repeats the lead's totals and is annotated as cells too.",
    "58 + 41 + 137 follow 'trong đó' after 356 vụ vi phạm: total 356 (they need not add up). '6,1 triệu đồng/vụ' is a money rate.",
    "Not figures: phone '0238.3595.112', 'số 70 đường Trường Thi', 'Lượt truy cập: 587.203', 'quý I/2023' (baseline).",
    "The hotline sentence has no period phrase (no period); 'Riêng lĩnh vực thương mại điện tử' figures inherit quý I/2024.",
    "'Quý II/2024, Cục dự kiến kiểm tra khoảng 450 vụ' → forecast + about, period quý II/2024.",
]

if __name__ == "__main__":
    emit("p581-7", TEXT, COMMENTS, FIGS, location="Nghệ An")
