"""p477-3: UBND tỉnh Bắc Ninh formal report — restoration of relics 9 months 2024, flattened '|' table by locality."""
from lib import F, P, I, CH, TG, emit

TEXT = """UBND TỈNH BẮC NINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND
Bắc Ninh, ngày 14 tháng 10 năm 2024

BÁO CÁO
Kết quả tu bổ, tôn tạo di tích và phát huy giá trị di sản 9 tháng năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Công tác tu bổ, tôn tạo di tích
Thực hiện Nghị quyết số 06/2021/NQ-HĐND, 9 tháng năm 2024 toàn tỉnh đã triển khai tu bổ, tôn tạo 64 di tích với tổng kinh phí 187,3 tỷ đồng, đạt 72,1% kế hoạch vốn năm; trong đó ngân sách tỉnh hỗ trợ 112,6 tỷ đồng, nguồn xã hội hóa 74,7 tỷ đồng. Trong số 64 di tích, đã hoàn thành, bàn giao đưa vào sử dụng 29 di tích, 35 di tích đang thi công.

Bảng 1. Kết quả tu bổ di tích theo địa phương (tính đến 30/9/2024)
Địa phương | Số di tích (di tích) | Tổng kinh phí (triệu đồng) | Ngân sách tỉnh (triệu đồng)
TP Bắc Ninh | 14 | 45.820 | 30.150
TP Từ Sơn | 11 | 38.460 | 21.700
Huyện Thuận Thành | 12 | 41.250 | 24.670
Các huyện còn lại | 27 | 61.770 | 36.080
Tổng cộng | 64 | 187.300 | 112.600

2. Công tác phát huy giá trị di sản
9 tháng, các di tích trên địa bàn tỉnh đón khoảng 2,8 triệu lượt khách, tăng 12,5% so với cùng kỳ năm 2023; tổng thu phí tham quan, dịch vụ ước đạt 21,4 tỷ đồng. Tỷ lệ di tích có ban quản lý hoặc tổ bảo vệ đạt 96,8%.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu trong quý IV hoàn thành thêm 15 di tích, nâng tổng số di tích hoàn thành trong năm lên 44 di tích; giải ngân 100% kế hoạch vốn được giao.

Nơi nhận:
- Bộ VHTTDL (để b/c);
- Lưu: VT, KGVX.
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
M9b = P("9 tháng", "2024-01-01", "2024-09-30")
T = P("tính đến 30/9/2024", None, "2024-09-30", inh=True)
Q4 = P("quý IV", "2024-10-01", "2024-12-31")

def row(anchor, number, value, place, col, unit, kind="count", loc=None):
    return F(anchor, number, value, kind, unit, f"{col} {place}".strip() if not loc else col, T,
             **({"location": loc} if loc else {}))

C1, C2, C3 = "Số di tích tu bổ", "Tổng kinh phí tu bổ di tích", "Ngân sách tỉnh tu bổ di tích"
FIGS = [
    F("tôn tạo 64 di tích", "64", 64, "count", "di tích", "di tích được tu bổ, tôn tạo", M9),
    F("kinh phí 187,3 tỷ đồng", "187,3", 187300000000, "money", "đồng", "tổng kinh phí tu bổ, tôn tạo di tích", M9,
      percent=72.1),
    F("hỗ trợ 112,6 tỷ đồng", "112,6", 112600000000, "money", "đồng", "ngân sách tỉnh hỗ trợ tu bổ di tích", M9,
      total=187300000000),
    F("hóa 74,7 tỷ đồng", "74,7", 74700000000, "money", "đồng", "nguồn xã hội hóa tu bổ di tích", M9,
      total=187300000000),
    F("Trong số 64 di tích", "64", 64, "count", "di tích", "di tích được tu bổ, tôn tạo", I(M9), optional=True),
    F("sử dụng 29 di tích", "29", 29, "count", "di tích", "di tích đã hoàn thành, bàn giao đưa vào sử dụng",
      I(M9), total=64),
    F("29 di tích, 35 di tích", "35", 35, "count", "di tích", "di tích đang thi công", I(M9), total=64),
    # table (period from the title line, another line: inherited)
    row("Bắc Ninh | 14 |", "14", 14, "", C1, "di tích", loc="TP Bắc Ninh"),
    row("| 45.820 |", "45.820", 45820000000, "", C2, "đồng", "money", loc="TP Bắc Ninh"),
    row("| 30.150", "30.150", 30150000000, "", C3, "đồng", "money", loc="TP Bắc Ninh"),
    row("Từ Sơn | 11 |", "11", 11, "", C1, "di tích", loc="Từ Sơn"),
    row("| 38.460 |", "38.460", 38460000000, "", C2, "đồng", "money", loc="Từ Sơn"),
    row("| 21.700", "21.700", 21700000000, "", C3, "đồng", "money", loc="Từ Sơn"),
    row("Thành | 12 |", "12", 12, "", C1, "di tích", loc="Thuận Thành"),
    row("| 41.250 |", "41.250", 41250000000, "", C2, "đồng", "money", loc="Thuận Thành"),
    row("| 24.670", "24.670", 24670000000, "", C3, "đồng", "money", loc="Thuận Thành"),
    row("lại | 27 |", "27", 27, "các huyện còn lại", C1, "di tích"),
    row("| 61.770 |", "61.770", 61770000000, "các huyện còn lại", C2, "đồng", "money"),
    row("| 36.080", "36.080", 36080000000, "các huyện còn lại", C3, "đồng", "money"),
    row("cộng | 64 |", "64", 64, "tổng cộng", C1, "di tích"),
    row("| 187.300 |", "187.300", 187300000000, "tổng cộng", C2, "đồng", "money"),
    row("| 112.600", "112.600", 112600000000, "tổng cộng", C3, "đồng", "money"),
    F("khoảng 2,8 triệu lượt khách", "2,8", 2800000, "count", "lượt khách", "lượt khách đến các di tích", M9b,
      approx="about", change=CH("increase", 12.5, baseline="cùng kỳ năm 2023")),
    F("ước đạt 21,4 tỷ đồng", "21,4", 21400000000, "money", "đồng", "tổng thu phí tham quan, dịch vụ", M9b,
      status="estimate"),
    F("đạt 96,8%", "96,8", 96.8, "percent", "%", "tỷ lệ di tích có ban quản lý hoặc tổ bảo vệ", I(M9b)),
    F("thêm 15 di tích", "15", 15, "count", "di tích", "di tích hoàn thành thêm", Q4, status="target"),
    F("lên 44 di tích", "44", 44, "count", "di tích", "tổng số di tích hoàn thành trong năm",
      P("trong năm", "2024-01-01", "2024-12-31"), status="target"),
    F("giải ngân 100%", "100", 100, "percent", "%", "giải ngân kế hoạch vốn được giao", I(Q4), status="target"),
]

COMMENTS = [
    "Báo cáo UBND tỉnh Bắc Ninh Số 412/BC-UBND: tu bổ, tôn tạo di tích 9 tháng năm 2024, flattened '|' table by locality, visitors, Q4 tasks.",
    "Published from the place-and-date line. Table: units from column headers ('(triệu đồng)' ×10⁶ → đồng, '(di tích)'); period from the",
    "table title '(tính đến 30/9/2024)', another line, so inherited; locality rows go to location (TP Bắc Ninh, Từ Sơn, Thuận Thành);",
    "'Các huyện còn lại' and 'Tổng cộng' are no place: Bắc Ninh, label kept in the subject. Table cells get no total (no cue in a table).",
    "Text: 112,6 + 74,7 = 187,3 tỷ after 'trong đó' → total; 'Trong số 64 di tích' → total 64 for 29 and 35; the repeated 64 there is",
    "optional (a restatement used as the whole). Distractors: Số 412/BC-UBND, Nghị quyết số 06/2021/NQ-HĐND, I./II./1./2., Bảng 1, b/c.",
    "Q4 tasks after 'Phấn đấu' are targets; 'trong năm' (2024) for the 44; '100% kế hoạch vốn' is a target percent figure.",
]

if __name__ == "__main__":
    import sys
    emit("p477-3", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Bắc Ninh", show_free="-v" in sys.argv)
