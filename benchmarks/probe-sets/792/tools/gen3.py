"""p792-3: formal report, UBND tỉnh Ninh Bình, cave tourism 2023, flattened | table."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH NINH BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 38/BC-UBND
Ninh Bình, ngày 16 tháng 01 năm 2024

BÁO CÁO
Kết quả khai thác du lịch tại các khu, điểm hang động năm 2023 và nhiệm vụ năm 2024

I. KẾT QUẢ NĂM 2023
1. Khách du lịch và doanh thu
Năm 2023, các khu, điểm du lịch hang động trên địa bàn tỉnh đón 4,62 triệu lượt khách, tăng 37,3% so với năm 2022, vượt 15,5% kế hoạch; trong đó khách quốc tế khoảng 870 nghìn lượt. Tổng thu từ vé tham quan và dịch vụ đò ước đạt 1.286 tỷ đồng, chiếm 38,4% tổng thu du lịch toàn tỉnh.

Kết quả đón khách tại các khu, điểm như sau:
Đơn vị tính: nghìn lượt khách
Khu, điểm du lịch | Năm 2022 | Năm 2023 | Kế hoạch 2024
Tràng An | 1.850 | 2.560 | 2.800
Tam Cốc - Bích Động | 920 | 1.240 | 1.350
Hang Múa | 410 | 560 | 600
Động Thiên Hà | 155 | 185 | 200
Tuyệt Tịnh Cốc | 30 | 75 | 90
Tổng cộng | 3.365 | 4.620 | 5.040

2. Bảo tồn và lao động
Ban Quản lý Quần thể danh thắng Tràng An đã thu gom khoảng 320 tấn rác thải tại các tuyến đò, hang động; trồng mới 12 ha rừng; lắp đặt 46 camera giám sát. Toàn quần thể có 2.850 lao động chèo đò, thu nhập bình quân 6,8 triệu đồng/người/tháng, tăng 0,9 triệu đồng so với năm 2022.

II. NHIỆM VỤ NĂM 2024
1. Phấn đấu đón 5,04 triệu lượt khách, tổng thu đạt 1.450 tỷ đồng.
2. Hoàn thành nâng cấp 3 tuyến tham quan hang động theo Nghị quyết số 12/2023/NQ-HĐND; dự kiến tổng vốn khoảng 210 tỷ đồng.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, HĐND tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("NHIỆM VỤ NĂM 2024", "2024-01-01", "2024-12-31")
COLS = [("Năm 2022", P("Năm 2022", "2022-01-01", "2022-12-31"), None),
        ("Năm 2023", Y23, None),
        ("Kế hoạch 2024", P("Kế hoạch 2024", "2024-01-01", "2024-12-31"), "target")]
ROWS = [("Tràng An", ["1.850", "2.560", "2.800"]),
        ("Tam Cốc - Bích Động", ["920", "1.240", "1.350"]),
        ("Hang Múa", ["410", "560", "600"]),
        ("Động Thiên Hà", ["155", "185", "200"]),
        ("Tuyệt Tịnh Cốc", ["30", "75", "90"]),
        ("Tổng cộng", ["3.365", "4.620", "5.040"])]


def table_figs():
    out = []
    for label, cells in ROWS:
        line = label + " | " + " | ".join(cells)
        for i, (cname, per, status) in enumerate(COLS):
            # anchor: the cell with its left neighbour (label or previous cell) and separator
            left = label if i == 0 else cells[i - 1]
            anchor = f"{left} | {cells[i]}"
            if i == 0:
                anchor = f"{label} | {cells[0]} |"
            what = "tổng lượt khách các khu, điểm" if label == "Tổng cộng" else f"lượt khách đến {label}"
            val = float(cells[i].replace(".", "")) * 1000
            out.append(F(anchor, cells[i], val, "count", "lượt khách", f"{what} {cname.lower()}",
                         status=status, period=per))
    return out


FIGS = [
    F("đón 4,62 triệu lượt khách", "4,62", 4.62e6, "count", "lượt khách",
      "lượt khách đến các khu, điểm du lịch hang động",
      change=C("increase", 37.3, baseline="năm 2022"), period=Y23),
    F("vượt 15,5% kế hoạch", "15,5", 15.5, "percent", "%", "lượt khách vượt kế hoạch", period=Y23, optional=True),
    F("khoảng 870 nghìn lượt", "870", 870000, "count", "lượt", "khách quốc tế", approx="about",
      total=4.62e6, period=Y23),
    F("ước đạt 1.286 tỷ đồng", "1.286", 1286e9, "money", "đồng", "tổng thu từ vé tham quan và dịch vụ đò",
      percent=38.4, status="estimate", period=I(Y23)),
] + table_figs() + [
    F("khoảng 320 tấn rác", "320", 320, "measure", "tấn", "rác thải thu gom tại các tuyến đò, hang động",
      approx="about", period=I(Y23)),
    F("trồng mới 12 ha", "12", 12, "measure", "ha", "rừng trồng mới", period=I(Y23)),
    F("lắp đặt 46 camera", "46", 46, "count", "camera", "camera giám sát lắp đặt", period=I(Y23)),
    F("có 2.850 lao động", "2.850", 2850, "count", "lao động", "lao động chèo đò"),
    F("6,8 triệu đồng/người/tháng", "6,8", 6.8e6, "money", "đồng/người/tháng",
      "thu nhập bình quân của lao động chèo đò", change=C("increase", 900000, "đồng", "năm 2022"), period=I(Y23)),
    F("đón 5,04 triệu lượt khách", "5,04", 5.04e6, "count", "lượt khách", "lượt khách đến các khu, điểm hang động",
      status="target", period=I(Y24)),
    F("đạt 1.450 tỷ đồng", "1.450", 1450e9, "money", "đồng", "tổng thu", status="target", period=I(Y24)),
    F("nâng cấp 3 tuyến", "3", 3, "count", "tuyến", "tuyến tham quan hang động hoàn thành nâng cấp",
      status="target", period=I(Y24)),
    F("khoảng 210 tỷ đồng", "210", 210e9, "money", "đồng", "tổng vốn nâng cấp tuyến tham quan", approx="about",
      status="forecast", period=I(Y24)),
]

NOTES = [
    "UBND tỉnh Ninh Bình, Số: 38/BC-UBND, ngày 16 tháng 01 năm 2024: báo cáo du lịch hang động năm 2023 (formal report).",
    "Flattened '|' table, 'Đơn vị tính: nghìn lượt khách' (cell 1.850 = 1 850 000 lượt khách); columns give periods,",
    "'Kế hoạch 2024' gives status target; rows are sites (not administrative places) so they go into the subject;",
    "the Tổng cộng row is a figure of its own; table cells carry no totals. '4,62 triệu ..., tăng 37,3% ..., vượt 15,5%",
    "kế hoạch': the first change is the attribute, the plan gap is a second change, so an optional percent figure.",
    "'tăng 0,9 triệu đồng so với năm 2022' = change value 900000 (multiplier applied), unit đồng.",
    "Section II figures take 2024 from the heading (inherited). Distractors: Số: 38/BC-UBND, Nghị quyết số 12/2023/NQ-HĐND,",
    "section numbers I., II., 1., 2., the report date.",
]

if __name__ == "__main__":
    write_set(3, TEXT, FIGS, NOTES, published="2024-01-16", location="Ninh Bình")
