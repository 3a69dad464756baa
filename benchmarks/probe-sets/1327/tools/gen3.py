"""p1327-3: formal report (UBND tỉnh Đồng Tháp, Số: 415/BC-UBND): fertiliser management 2024, flattened '|' table by district."""
from lib import F, period, inherited, change, write

TEXT = """UBND TỈNH ĐỒNG THÁP
Số: 415/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đồng Tháp, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả quản lý nhà nước về phân bón năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Sản xuất, kinh doanh phân bón
Tính đến ngày 30/11/2024, toàn tỉnh có 7 cơ sở sản xuất phân bón với tổng công suất 215.000 tấn/năm và 1.032 cơ sở buôn bán phân bón, giảm 26 cơ sở so với năm 2023.

2. Lượng phân bón tiêu thụ
Đơn vị tính: tấn
Địa phương | Năm 2023 | Năm 2024 | So với cùng kỳ (%)
Huyện Tháp Mười | 58.420 | 61.350 | 105,0
Huyện Tam Nông | 47.180 | 45.900 | 97,3
Huyện Hồng Ngự | 39.650 | 41.200 | 103,9
Các địa phương khác | 182.750 | 186.550 | 102,1
Tổng cộng | 328.000 | 335.000 | 102,1

3. Thanh tra, kiểm tra
Năm 2024, các cơ quan chức năng đã kiểm tra 248 cơ sở, phát hiện 17 cơ sở vi phạm, phạt tiền 312 triệu đồng, gấp 1,4 lần năm 2023. Lấy 120 mẫu phân bón kiểm định chất lượng, trong đó 11 mẫu không đạt, chiếm 9,2%.

II. NHIỆM VỤ NĂM 2025
Phấn đấu năm 2025 kiểm tra 100% cơ sở buôn bán phân bón; giảm tỷ lệ mẫu phân bón không đạt chất lượng xuống dưới 5%; mở rộng diện tích lúa sử dụng phân bón hữu cơ lên 30.000 ha; tiếp tục thực hiện Nghị định số 84/2019/NĐ-CP.

Nơi nhận:
- Bộ Nông nghiệp và PTNT (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, KT.
"""

ASOF = period("Tính đến ngày 30/11/2024", None, "2024-11-30")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
Y25 = period("năm 2025", "2025-01-01", "2025-12-31")

ROWS = [  # label, location, cells
    ("Huyện Tháp Mười", "Tháp Mười", ["58.420", "61.350", "105,0"]),
    ("Huyện Tam Nông", "Tam Nông", ["47.180", "45.900", "97,3"]),
    ("Huyện Hồng Ngự", "Hồng Ngự", ["39.650", "41.200", "103,9"]),
    ("Các địa phương khác", None, ["182.750", "186.550", "102,1"]),
    ("Tổng cộng", None, ["328.000", "335.000", "102,1"]),
]
CELLS = []
for label, place, nums in ROWS:
    row = "" if place else " " + label.lower()
    loc = {"location": place} if place else {}
    CELLS.append(F(f"{label} | {nums[0]}", nums[0], float(nums[0].replace(".", "")), "measure", "tấn",
                   f"lượng phân bón tiêu thụ{row} năm 2023", Y23, **loc))
    CELLS.append(F(f"{nums[0]} | {nums[1]}", nums[1], float(nums[1].replace(".", "")), "measure", "tấn",
                   f"lượng phân bón tiêu thụ{row} năm 2024", Y24, **loc))
    CELLS.append(F(f"{nums[1]} | {nums[2]}", nums[2], float(nums[2].replace(",", ".")), "percent", "%",
                   f"lượng phân bón tiêu thụ{row} so với cùng kỳ", **loc))

FIGS = [
    F("có 7 cơ sở", "7", 7, "count", "cơ sở", "cơ sở sản xuất phân bón", ASOF),
    F("công suất 215.000", "215.000", 215000, "measure", "tấn/năm", "tổng công suất", ASOF),
    F("và 1.032 cơ sở", "1.032", 1032, "count", "cơ sở", "cơ sở buôn bán phân bón", ASOF,
      change=change("decrease", 26, "cơ sở", "năm 2023")),
] + CELLS + [
    F("kiểm tra 248 cơ sở", "248", 248, "count", "cơ sở", "cơ sở được kiểm tra", Y24),
    F("phát hiện 17 cơ sở", "17", 17, "count", "cơ sở", "cơ sở vi phạm", Y24),
    F("phạt tiền 312 triệu", "312", 312e6, "money", "đồng", "tiền phạt", Y24,
      change=change("increase", 1.4, "lần", "năm 2023")),
    F("Lấy 120 mẫu", "120", 120, "count", "mẫu", "mẫu phân bón kiểm định chất lượng", inherited(Y24)),
    F("trong đó 11 mẫu", "11", 11, "count", "mẫu", "mẫu phân bón không đạt", inherited(Y24),
      total=120, percent=9.2),
    F("kiểm tra 100%", "100", 100, "percent", "%", "cơ sở buôn bán phân bón được kiểm tra", Y25, status="target"),
    F("dưới 5%", "5", 5, "percent", "%", "tỷ lệ mẫu phân bón không đạt chất lượng", Y25,
      approx="under", status="target"),
    F("lên 30.000 ha", "30.000", 30000, "measure", "ha", "diện tích lúa sử dụng phân bón hữu cơ", Y25, status="target"),
]

NOTES = [
    "Formal report: 'UBND TỈNH ĐỒNG THÁP', 'Số: 415/BC-UBND', 'Đồng Tháp, ngày 12 tháng 12 năm 2024' (published), sections I/II, 1-3, 'Nơi nhận'.",
    "'Tính đến ngày 30/11/2024' is an as-of date (start null) for 7 cơ sở, 215.000 tấn/năm and 1.032 cơ sở ('giảm 26 cơ sở' = change).",
    "Flattened '|' table, 'Đơn vị tính: tấn': Năm 2023 / Năm 2024 cells are measure in tấn with the column's period (scored);",
    "'So với cùng kỳ (%)' cells are percent figures (the ratio 2024/2023) with no period (the header states none). District rows → location;",
    "'Các địa phương khác' and 'Tổng cộng' are not places → Đồng Tháp, label in the subject. Table cells get no total; row words are not figures.",
    "'phạt tiền 312 triệu đồng, gấp 1,4 lần năm 2023' → change +1,4 lần. '11 mẫu' after 'trong đó' → total 120, 'chiếm 9,2%' → percent.",
    "The sentence with 120/11 states no period: 'Năm 2024' of the previous sentence is inherited (not scored).",
    "Section II 'Phấn đấu năm 2025 …' governs the three ';' clauses: 100%, dưới 5%, 30.000 ha are targets of năm 2025.",
    "Distractors: Số: 415/BC-UBND, letterhead date, section numbers, Nghị định số 84/2019/NĐ-CP, 'Lưu: VT, KT'.",
]

if __name__ == "__main__":
    write("p1327-3", TEXT, NOTES, FIGS, published="2024-12-12", location="Đồng Tháp")
