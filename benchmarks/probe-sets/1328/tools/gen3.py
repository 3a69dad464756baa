"""p1328-3: formal report (UBND tỉnh Hà Tĩnh, Số: 486/BC-UBND): clean water 2024, flattened '|' table by supplier."""
from lib import F, period, inherit, change, target, write

TEXT = """UBND TỈNH HÀ TĨNH
Số: 486/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 12 tháng 12 năm 2024

BÁO CÁO
Tình hình sản xuất, cung cấp nước sạch năm 2024 và kế hoạch năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024
1. Sản xuất, tiêu thụ nước sạch
Năm 2024, các đơn vị cấp nước trên địa bàn tỉnh ước sản xuất 41,6 triệu m3 nước sạch, tăng 7,2% so với năm 2023; sản lượng nước thương phẩm ước đạt 34,9 triệu m3, chiếm 83,9% sản lượng sản xuất. Tỷ lệ thất thoát, thất thu nước sạch bình quân ước 16,1%, thấp hơn 0,9% so với chỉ tiêu kế hoạch.

2. Sản lượng theo đơn vị cấp nước
Đơn vị tính: nghìn m3
Đơn vị | Năm 2023 | Ước thực hiện 2024 | Kế hoạch 2025 | So với cùng kỳ (%)
Công ty CP Cấp nước Hồng Lĩnh Xanh | 28.450 | 30.620 | 32.000 | 107,6
Công ty TNHH Nước sạch Kỳ Anh | 7.380 | 7.950 | 8.600 | 107,7
Các trạm cấp nước nông thôn | 2.980 | 3.030 | 3.200 | 101,7
Tổng cộng | 38.810 | 41.600 | 43.800 | 107,2

3. Đấu nối và giá nước
Trong năm, toàn tỉnh đấu nối mới 6.730 hộ, nâng tổng số khách hàng sử dụng nước lên 158.200 hộ. Giá bán nước sạch sinh hoạt bình quân 10.450 đồng/m3, chưa bao gồm thuế giá trị gia tăng.

II. NHIỆM VỤ NĂM 2025
1. Phấn đấu sản lượng nước sạch năm 2025 đạt 43,8 triệu m3; giảm tỷ lệ thất thoát xuống dưới 15%.
2. Đấu nối mới ít nhất 7.000 hộ, ưu tiên các xã vùng bãi ngang.

Nơi nhận:
- Bộ Xây dựng (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, XD1.
"""

Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
IN_YEAR = period("Trong năm", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")
COLS = {
    "năm 2023": (period("Năm 2023", "2023-01-01", "2023-12-31"), None),
    "ước thực hiện 2024": (period("Ước thực hiện 2024", "2024-01-01", "2024-12-31"), "estimate"),
    "kế hoạch 2025": (period("Kế hoạch 2025", "2025-01-01", "2025-12-31"), "target"),
    "so với cùng kỳ": (None, None),
}
ROWS = [
    ("Công ty CP Cấp nước Hồng Lĩnh Xanh", ["28.450", "30.620", "32.000", "107,6"]),
    ("Công ty TNHH Nước sạch Kỳ Anh", ["7.380", "7.950", "8.600", "107,7"]),
    ("Các trạm cấp nước nông thôn", ["2.980", "3.030", "3.200", "101,7"]),
    ("Tổng cộng", ["38.810", "41.600", "43.800", "107,2"]),
]


def cells():
    out = []
    for label, nums in ROWS:
        prev = label.split()[-1]
        for col, n in zip(COLS, nums):
            per, st = COLS[col]
            kw = {"status": st} if st else {}
            anchor = f"{prev} | {n}"
            subj = f"sản lượng nước sạch {label} {col}"
            if col == "so với cùng kỳ":
                out.append(F(anchor, n, float(n.replace(",", ".")), "percent", "%", subj, per, **kw))
            else:
                out.append(F(anchor, n, float(n.replace(".", "")) * 1e3, "measure", "m3", subj, per, **kw))
            prev = n
    return out


FIGS = [
    F("sản xuất 41,6 triệu", "41,6", 41.6e6, "measure", "m3", "sản lượng nước sạch các đơn vị cấp nước sản xuất", Y24,
      status="estimate", change=change("increase", 7.2, "%", "năm 2023")),
    F("ước đạt 34,9 triệu", "34,9", 34.9e6, "measure", "m3", "sản lượng nước thương phẩm", Y24,
      status="estimate", percent=83.9),
    F("ước 16,1%", "16,1", 16.1, "percent", "%", "tỷ lệ thất thoát, thất thu nước sạch bình quân", inherit(Y24),
      status="estimate", change=change("decrease", 0.9, "%", "chỉ tiêu kế hoạch")),
] + cells() + [
    F("mới 6.730 hộ", "6.730", 6730, "count", "hộ", "hộ đấu nối mới", IN_YEAR),
    F("lên 158.200 hộ", "158.200", 158200, "count", "hộ", "tổng số khách hàng sử dụng nước", IN_YEAR),
    F("quân 10.450 đồng", "10.450", 10450, "money", "đồng/m3", "giá bán nước sạch sinh hoạt bình quân", inherit(IN_YEAR)),
    F("đạt 43,8 triệu", "43,8", 43.8e6, "measure", "m3", "sản lượng nước sạch", Y25, status="target"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ thất thoát", Y25, approx="under", status="target"),
    F("ít nhất 7.000 hộ", "7.000", 7000, "count", "hộ", "hộ đấu nối mới",
      period("NHIỆM VỤ NĂM 2025", "2025-01-01", "2025-12-31", inherited=True), approx="at_least", status="target"),
]

NOTES = [
    "Formal report: 'UBND TỈNH HÀ TĨNH', 'Số: 486/BC-UBND', 'Hà Tĩnh, ngày 12 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "Distractors: Số: 486/BC-UBND, the letterhead date, section numbers I./II./1.-3., 'Lưu: VT, XD1', '(b/c)', the '3' of 'm3'.",
    "Flattened '|' table, 'Đơn vị tính: nghìn m3': volume cells are measure in m3 ×10^3. Rows are suppliers, not places ('Kỳ Anh' is",
    "part of a company name), so location stays Hà Tĩnh. Subject = row label + column label; period from the column header;",
    "'Ước thực hiện 2024' → estimate, 'Kế hoạch 2025' → target. The 'So với cùng kỳ (%)' column names no period and no status cue:",
    "its cells are percent figures (growth as claim) without period, status actual. Table cells get no total.",
    "'chiếm 83,9% sản lượng sản xuất' → percent of 34,9 triệu m3. 'thấp hơn 0,9% so với chỉ tiêu kế hoạch' → change with baseline the plan.",
    "'Trong năm' in an annual report = 2024. Section II items are targets ('Phấn đấu', the NHIỆM VỤ heading); item 2 inherits năm 2025.",
]

if __name__ == "__main__":
    write("p1328-3", TEXT, NOTES, FIGS, published="2024-12-12", location="Hà Tĩnh")
