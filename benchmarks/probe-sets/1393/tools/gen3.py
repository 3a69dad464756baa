"""p1393-3: formal report (UBND tỉnh Kiên Giang), island water supply 2024, flattened '|' table by district."""
from lib import F, asof, change, write, year

TEXT = """UBND TỈNH KIÊN GIANG
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kiên Giang, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả cấp nước sinh hoạt vùng đảo năm 2024 và phương hướng năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Công suất cấp nước
Năm 2024, tổng công suất các công trình cấp nước vùng đảo của tỉnh ước đạt 85.350 m3/ngày đêm, tăng 20,5% so với năm 2023, bằng 96,4% kế hoạch.

Đơn vị tính: m3/ngày đêm
Địa phương | Năm 2023 | Ước thực hiện năm 2024 | So với cùng kỳ (%)
TP Phú Quốc | 68.500 | 82.000 | 119,7
Huyện Kiên Hải | 1.450 | 2.150 | 148,3
Huyện Kiên Lương (xã đảo) | 900 | 1.200 | 133,3
Tổng cộng | 70.850 | 85.350 | 120,5

2. Hộ dân sử dụng nước sạch
Đến ngày 30/11/2024, toàn vùng đảo có 41.230 hộ sử dụng nước sạch từ công trình tập trung, đạt 92,6%; riêng huyện Kiên Hải đạt 78,4%, thấp hơn 6,6% so với chỉ tiêu Nghị quyết số 08-NQ/TU. Trong năm, tỉnh đầu tư 3 công trình lọc nước biển tại các xã Lại Sơn, An Sơn và Nam Du (huyện Kiên Hải) với tổng kinh phí 46,8 tỷ đồng; giá nước tại các xã này từ 15.000 đến 24.000 đồng/m3.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu đến cuối năm 2025, tỷ lệ hộ dân vùng đảo sử dụng nước sạch đạt 95%; khởi công hồ chứa nước Dương Đông 2 (TP Phú Quốc) dung tích khoảng 2,1 triệu m3. Dự kiến năm 2025, tỉnh bố trí 120 tỷ đồng cho các công trình cấp nước vùng đảo.

Nơi nhận:
- Bộ Nông nghiệp và PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, P.KT.
"""

Y24 = year("Năm 2024", 2024)
C23 = year("Năm 2023", 2023)
E24 = year("Ước thực hiện năm 2024", 2024)
NOV30 = asof("Đến ngày 30/11/2024", "2024-11-30")
IN24 = year("Trong năm", 2024)
TO25 = asof("đến cuối năm 2025", "2025-12-31")
P25 = year("năm 2025", 2025)

ROWS = [("TP Phú Quốc", "Phú Quốc", ["68.500", "82.000", "119,7"]),
        ("Huyện Kiên Hải", "Kiên Hải", ["1.450", "2.150", "148,3"]),
        ("Huyện Kiên Lương (xã đảo)", "Kiên Lương", ["900", "1.200", "133,3"]),
        ("Tổng cộng", None, ["70.850", "85.350", "120,5"])]


def cells():
    out = []
    for label, place, nums in ROWS:
        prev = label
        extra = {"location": place} if place else {}
        row = "tổng cộng " if not place else ""
        for i, n in enumerate(nums):
            anchor = f"{prev} | {n}"
            prev = n
            if i == 0:
                out.append(F(anchor, n, float(n.replace(".", "")), "measure", "m3/ngày đêm",
                             f"công suất cấp nước {row}năm 2023", C23, **extra))
            elif i == 1:
                out.append(F(anchor, n, float(n.replace(".", "")), "measure", "m3/ngày đêm",
                             f"công suất cấp nước {row}ước thực hiện năm 2024", E24, status="estimate", **extra))
            else:
                out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%",
                             f"công suất cấp nước {row}so với cùng kỳ", **extra))
    return out


FIGS = [
    F("ước đạt 85.350 m3", "85.350", 85350, "measure", "m3/ngày đêm",
      "tổng công suất các công trình cấp nước vùng đảo", Y24, status="estimate", percent=96.4,
      change=change("increase", 20.5, "%", "năm 2023")),
] + cells() + [
    F("có 41.230 hộ", "41.230", 41230, "count", "hộ", "hộ sử dụng nước sạch từ công trình tập trung", NOV30,
      percent=92.6),
    F("đạt 78,4%", "78,4", 78.4, "percent", "%", "tỷ lệ hộ sử dụng nước sạch từ công trình tập trung", NOV30,
      location="Kiên Hải", change=change("decrease", 6.6, "%", "chỉ tiêu Nghị quyết số 08-NQ/TU")),
    F("tư 3 công trình", "3", 3, "count", "công trình", "công trình lọc nước biển tỉnh đầu tư", IN24,
      location="Kiên Hải"),
    F("phí 46,8 tỷ", "46,8", 46.8e9, "money", "đồng", "tổng kinh phí đầu tư công trình lọc nước biển", IN24,
      location="Kiên Hải"),
    F("từ 15.000 đến", "15.000", 15000, "money", "đồng/m3", "giá nước tại các xã đảo", value_max=24000,
      location="Kiên Hải"),
    F("đạt 95%", "95", 95, "percent", "%", "tỷ lệ hộ dân vùng đảo sử dụng nước sạch", TO25, status="target"),
    F("khoảng 2,1 triệu", "2,1", 2.1e6, "measure", "m3", "dung tích hồ chứa nước Dương Đông 2", approx="about",
      status="target", location="Phú Quốc"),
    F("trí 120 tỷ", "120", 120e9, "money", "đồng", "kinh phí bố trí cho các công trình cấp nước vùng đảo", P25,
      status="forecast"),
]

NOTES = [
    "Formal report (UBND tỉnh Kiên Giang, 'Số: 412/BC-UBND', 'Kiên Giang, ngày 16 tháng 12 năm 2024', sections I/II, 'Nơi nhận').",
    "Distractors: 'Số: 412/BC-UBND', section numbers 'I.', '1.', '2.', 'II.', 'Nghị quyết số 08-NQ/TU', 'Dương Đông 2', letterhead date.",
    "Flattened '|' table, 'Đơn vị tính: m3/ngày đêm'; rows are districts → location (Tổng cộng row: the province); subject = indicator",
    "(section heading 'Công suất cấp nước') + column label; 'Ước thực hiện năm 2024' → estimate; 'So với cùng kỳ (%)' cells are percents",
    "with no period and status actual (the header names neither). Cells get no total.",
    "'bằng 96,4% kế hoạch' → percent attribute; 'thấp hơn 6,6% so với chỉ tiêu Nghị quyết' → a change (gap to a plan).",
    "'Trong năm' takes the year 2024 of the nearest earlier date. The communes Lại Sơn, An Sơn, Nam Du are named with 'huyện Kiên Hải'.",
    "'Phấn đấu' governs both clauses of its sentence (95% and the reservoir of 2,1 triệu m3 → target); the capacity spec gets no period.",
]

if __name__ == "__main__":
    write("p1393-3", TEXT, NOTES, FIGS, published="2024-12-16", location="Kiên Giang")
