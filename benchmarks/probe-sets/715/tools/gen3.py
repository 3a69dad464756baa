from lib import F, P, I, CH, emit

ROWS = [("1", "Sân golf Đại Ninh mở rộng", "Đức Trọng", "154,3", "18", "1.320", "65"),
        ("2", "Sân golf hồ Đa Nhim", "Đơn Dương", "212", "27", "2.150", "30"),
        ("3", "Sân golf Lộc Châu", "Bảo Lộc", "98,5", "18", "865", "15")]
SUM = ("", "Cộng", "", "464,8", "63", "4.335", "")
HEAD = ("STT", "Dự án", "Địa điểm", "Diện tích (ha)", "Quy mô (hố)", "Vốn đăng ký (tỷ đồng)", "Tiến độ đến 31/8/2024 (%)")
table = "\n".join(" | ".join(r) for r in (HEAD,) + tuple(ROWS) + (SUM,))

TEXT = """ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LÂM ĐỒNG                  Độc lập - Tự do - Hạnh phúc
Số: 245/BC-UBND                Lâm Đồng, ngày 26 tháng 9 năm 2024

BÁO CÁO
Tình hình triển khai các dự án sân golf theo quy hoạch trên địa bàn tỉnh Lâm Đồng

Thực hiện Văn bản số 6120/BKHĐT-QLQH ngày 05/8/2024 của Bộ Kế hoạch và Đầu tư, UBND tỉnh Lâm Đồng báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Theo quy hoạch được duyệt, tỉnh có 11 địa điểm sân golf với tổng diện tích 2.860,4 ha. Tính đến ngày 31/8/2024, có 4 sân golf đã đi vào hoạt động với tổng số 90 hố, gồm: Dalat Palace, Sam Tuyền Lâm, Dalat at 1200 và Novaworld Bảo Lộc; 3 dự án đang triển khai xây dựng, cụ thể như sau:

""" + table + """

2. Năm 2023, các sân golf đón 96.400 lượt khách, doanh thu đạt 512 tỷ đồng. 9 tháng năm 2024, nộp ngân sách nhà nước ước đạt 86,7 tỷ đồng, đạt 78,8% dự toán năm. Các sân golf hiện giải quyết việc làm cho 1.150 lao động.

II. KHÓ KHĂN, VƯỚNG MẮC
Có 5/11 địa điểm quy hoạch chưa lựa chọn được nhà đầu tư; 2 dự án chậm tiến độ trên 24 tháng so với chủ trương đầu tư.

III. KIẾN NGHỊ
Đề nghị Bộ Kế hoạch và Đầu tư xem xét đưa ra khỏi quy hoạch 02 địa điểm sân golf có tổng diện tích 305 ha do không còn phù hợp.

Nơi nhận:                      TM. ỦY BAN NHÂN DÂN
- Bộ KH&ĐT;                    KT. CHỦ TỊCH
- Lưu: VT, KT.                 PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 31/8/2024", None, "2024-08-31")
COLP = P("Tiến độ đến 31/8/2024", None, "2024-08-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")

FIGS = [
    F("tỉnh có 11 địa điểm", "11", 11, "count", "địa điểm", "địa điểm sân golf theo quy hoạch được duyệt"),
    F("tổng diện tích 2.860,4 ha", "2.860,4", 2860.4, "measure", "ha", "tổng diện tích các địa điểm sân golf theo quy hoạch"),
    F("có 4 sân golf", "4", 4, "count", "sân golf", "sân golf đã đi vào hoạt động", ASOF),
    F("tổng số 90 hố", "90", 90, "count", "hố", "tổng số hố của các sân golf đã đi vào hoạt động", ASOF),
    F("; 3 dự án", "3", 3, "count", "dự án", "dự án sân golf đang triển khai xây dựng", ASOF),
]
units = [("measure", "ha", 1, "diện tích"), ("count", "hố", 1, "quy mô"),
         ("money", "đồng", 10**9, "vốn đăng ký"), ("percent", "%", 1, "tiến độ")]
for no, proj, place, *cells in ROWS:
    anchors = [f"{place} | {cells[0]} |", f"| {cells[0]} | {cells[1]} |", f"| {cells[2]} |", f"| {cells[3]}\n"]
    for (kind, unit, mult, lab), cell, anc in zip(units, cells, anchors):
        v = float(cell.replace(".", "").replace(",", "."))
        v = int(v) if v.is_integer() else v
        per = COLP if lab == "tiến độ" else I(ASOF)
        FIGS.append(F(anc, cell, v * mult, kind, unit, f"{proj} {lab}", per, location=place))
FIGS += [
    F("| 464,8 |", "464,8", 464.8, "measure", "ha", "Cộng diện tích", I(ASOF)),
    F("| 63 |", "63", 63, "count", "hố", "Cộng quy mô", I(ASOF)),
    F("| 4.335 |", "4.335", 4335 * 10**9, "money", "đồng", "Cộng vốn đăng ký", I(ASOF)),
    F("đón 96.400 lượt khách", "96.400", 96400, "count", "lượt khách", "lượt khách các sân golf đón", Y23),
    F("đạt 512 tỷ đồng", "512", 512 * 10**9, "money", "đồng", "doanh thu các sân golf", Y23),
    F("ước đạt 86,7 tỷ đồng", "86,7", 86700000000, "money", "đồng", "nộp ngân sách nhà nước", M9,
      percent=78.8, status="estimate"),
    F("cho 1.150 lao động", "1.150", 1150, "count", "lao động", "lao động được các sân golf giải quyết việc làm"),
    F("5/11 địa điểm", "5", 5, "count", "địa điểm", "địa điểm quy hoạch chưa lựa chọn được nhà đầu tư", total=11),
    F("2 dự án chậm", "2", 2, "count", "dự án", "dự án chậm tiến độ"),
    F("trên 24 tháng", "24", 24, "measure", "tháng", "thời gian chậm tiến độ so với chủ trương đầu tư", approx="over"),
    F("quy hoạch 02 địa điểm", "02", 2, "count", "địa điểm", "địa điểm sân golf đề nghị đưa ra khỏi quy hoạch"),
    F("diện tích 305 ha", "305", 305, "measure", "ha", "tổng diện tích địa điểm sân golf đề nghị đưa ra khỏi quy hoạch"),
]

COMMENTS = [
    "UBND tỉnh Lâm Đồng, formal report 'Số: 245/BC-UBND', place-and-date line 'Lâm Đồng, ngày 26 tháng 9 năm 2024' (published).",
    "Flattened '|' table of projects: units from the column headers (ha, hố, tỷ đồng = 10^9 đồng, %); district column -> location",
    "(Đức Trọng, Đơn Dương, Bảo Lộc); subject = project + column. Only the 'Tiến độ đến 31/8/2024 (%)' column states a period (scored,",
    "as-of); other cells inherit 'Tính đến ngày 31/8/2024' (unscored). The 'Cộng' row: figures of their own (province), no totals in tables.",
    "'Theo quy hoạch được duyệt, tỉnh có 11 địa điểm' is a fact about the approved plan -> actual (no horizon, no target cue).",
    "'9 tháng năm 2024 ... ước đạt 86,7 tỷ đồng, đạt 78,8% dự toán năm' -> estimate, percent 78.8. '5/11 địa điểm' total 11.",
    "Distractors: 'Số: 245/BC-UBND', 'Văn bản số 6120/BKHĐT-QLQH ngày 05/8/2024', course name 'Dalat at 1200', STT row numbers,",
    "section numbers I./II./III./1./2., the header date '31/8/2024'.",
    "revised after scoring: the 'Cộng' row subjects are now row label + column label only ('Cộng diện tích', ...), as FIGURES.md",
    "defines a table cell's subject (the first version had added 'các dự án sân golf đang triển khai', unlike the project rows).",
]

emit("p715-3", TEXT, COMMENTS, FIGS, published="2024-09-26", location="Lâm Đồng")
