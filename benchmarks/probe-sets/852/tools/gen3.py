"""p852-3: UBND tỉnh Bình Định formal report, mứt Tết at craft villages, flattened | table (2025-01-24)."""
from lib import F, P, I, C, T, write_set

TEXT = """UBND TỈNH BÌNH ĐỊNH
Số: 27/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bình Định, ngày 24 tháng 01 năm 2025

BÁO CÁO
Tình hình sản xuất, cung ứng mứt Tết tại các làng nghề dịp Tết Nguyên đán Ất Tỵ 2025

Thực hiện Công văn số 112/BCT-TTTN ngày 08/01/2025 của Bộ Công Thương, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ SẢN XUẤT
1. Tính đến ngày 20/01/2025, toàn tỉnh có 214 hộ, cơ sở sản xuất mứt Tết tại 6 làng nghề, tăng 11 hộ so với Tết năm 2024. Tổng sản lượng ước đạt 642 tấn, bằng 108,6% so với vụ Tết trước, trong đó mứt dừa 385 tấn, mứt gừng 96 tấn, mứt bí và các loại khác 161 tấn.
2. Sản lượng theo địa phương
Đơn vị tính: tấn
Địa phương | Số hộ, cơ sở (hộ) | Tết Giáp Thìn 2024 | Tết Ất Tỵ 2025 (ước)
Thị xã Hoài Nhơn | 96 | 268 | 295
Huyện Tuy Phước | 54 | 142 | 158
Thị xã An Nhơn | 38 | 98 | 104
Huyện Phù Cát | 26 | 83 | 85
Tổng cộng | 214 | 591 | 642

II. GIÁ CẢ, TIÊU THỤ
Giá mứt dừa tại cơ sở phổ biến 90.000-130.000 đồng/kg, tăng khoảng 8% so với năm trước; mứt gừng 150.000 đồng/kg. Khoảng 70% sản lượng được tiêu thụ trong tỉnh, số còn lại cung ứng cho TP. Hồ Chí Minh, Đà Nẵng và các tỉnh Tây Nguyên. Doanh thu toàn vụ ước đạt 78,5 tỷ đồng. Các làng nghề giải quyết việc làm thời vụ cho khoảng 1.300 lao động.

III. PHƯƠNG HƯỚNG
Năm 2025, tỉnh phấn đấu hỗ trợ 5 cơ sở xây dựng sản phẩm OCOP từ mứt dừa Tam Quan; tổ chức ít nhất 2 đợt kiểm tra an toàn thực phẩm tại các làng nghề theo Nghị định số 15/2018/NĐ-CP.

Nơi nhận:
- Bộ Công Thương;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 20/01/2025", None, "2025-01-20")
T24 = None  # a Tết season, not a calendar period: no period
T25 = None
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
HO = "hộ, cơ sở sản xuất mứt Tết"
SL = "sản lượng mứt Tết"
S24 = "sản lượng mứt Tết Giáp Thìn 2024"
S25 = "sản lượng mứt Tết Ất Tỵ 2025 (ước)"

FIGS = [
    F("toàn tỉnh có 214 hộ", "214", 214, "count", "hộ", HO, ASOF,
      change=C("increase", 11, "hộ", "Tết năm 2024")),
    F("tại 6 làng nghề", "6", 6, "count", "làng nghề", "làng nghề sản xuất mứt Tết", ASOF),
    F("ước đạt 642 tấn", "642", 642, "measure", "tấn", "tổng sản lượng mứt Tết", I(ASOF),
      status="estimate", percent=108.6),
    F("mứt dừa 385 tấn", "385", 385, "measure", "tấn", "sản lượng mứt dừa", I(ASOF),
      status="estimate", total=642),
    F("mứt gừng 96 tấn", "96", 96, "measure", "tấn", "sản lượng mứt gừng", I(ASOF),
      status="estimate", total=642),
    F("khác 161 tấn", "161", 161, "measure", "tấn", "sản lượng mứt bí và các loại khác", I(ASOF),
      status="estimate", total=642),
    # table (subject = column label, the row label being a place -> location; gold revised after first run)
    F("Hoài Nhơn | 96", "96", 96, "count", "hộ", HO, I(ASOF), location="Hoài Nhơn"),
    F("96 | 268", "268", 268, "measure", "tấn", S24, T24, location="Hoài Nhơn"),
    F("268 | 295", "295", 295, "measure", "tấn", S25, T25, location="Hoài Nhơn", status="estimate"),
    F("Tuy Phước | 54", "54", 54, "count", "hộ", HO, I(ASOF), location="Tuy Phước"),
    F("54 | 142", "142", 142, "measure", "tấn", S24, T24, location="Tuy Phước"),
    F("142 | 158", "158", 158, "measure", "tấn", S25, T25, location="Tuy Phước", status="estimate"),
    F("An Nhơn | 38", "38", 38, "count", "hộ", HO, I(ASOF), location="An Nhơn"),
    F("38 | 98", "98", 98, "measure", "tấn", S24, T24, location="An Nhơn"),
    F("98 | 104", "104", 104, "measure", "tấn", S25, T25, location="An Nhơn", status="estimate"),
    F("Phù Cát | 26", "26", 26, "count", "hộ", HO, I(ASOF), location="Phù Cát"),
    F("26 | 83", "83", 83, "measure", "tấn", S24, T24, location="Phù Cát"),
    F("83 | 85", "85", 85, "measure", "tấn", S25, T25, location="Phù Cát", status="estimate"),
    F("Tổng cộng | 214", "214", 214, "count", "hộ", "tổng cộng số " + HO, I(ASOF)),
    F("214 | 591", "591", 591, "measure", "tấn", "tổng cộng " + S24, T24),
    F("591 | 642", "642", 642, "measure", "tấn", "tổng cộng " + S25, T25, status="estimate"),
    # II
    F("phổ biến 90.000-130.000 đồng/kg", "90.000", 90000, "money", "đồng/kg", "giá mứt dừa tại cơ sở",
      value_max=130000, change=C("increase", 8, baseline="năm trước", approx="about")),
    F("mứt gừng 150.000 đồng/kg", "150.000", 150000, "money", "đồng/kg", "giá mứt gừng"),
    F("Khoảng 70% sản lượng", "70", 70, "percent", "%", "sản lượng tiêu thụ trong tỉnh", approx="about"),
    F("ước đạt 78,5 tỷ đồng", "78,5", 78.5e9, "money", "đồng", "doanh thu toàn vụ", status="estimate"),
    F("khoảng 1.300 lao động", "1.300", 1300, "count", "lao động", "lao động thời vụ được giải quyết việc làm",
      approx="about"),
    # III
    F("hỗ trợ 5 cơ sở", "5", 5, "count", "cơ sở", "cơ sở được hỗ trợ xây dựng sản phẩm OCOP", Y25,
      status="target"),
    F("ít nhất 2 đợt", "2", 2, "count", "đợt", "đợt kiểm tra an toàn thực phẩm tại các làng nghề", Y25,
      approx="at_least", status="target"),
]

NOTES = [
    "Formal report (invented) UBND tỉnh Bình Định, Số: 27/BC-UBND, 'Bình Định, ngày 24 tháng 01 năm 2025' gives published.",
    "Distractors: Số 27/BC-UBND, Công văn số 112/BCT-TTTN ngày 08/01/2025, Nghị định số 15/2018/NĐ-CP, section numbers I-III, 1., 2.",
    "Flattened table: 'Đơn vị tính: tấn' for production columns; the hộ column carries its own unit '(hộ)'. Row places go to location.",
    "Columns 'Tết Giáp Thìn 2024' / 'Tết Ất Tỵ 2025 (ước)' name a Tết season, not a calendar year: no period recorded;",
    "the '(ước)' column is status estimate. The hộ column takes the as-of 20/01/2025 (inherited). Table cells carry no totals.",
    "'bằng 108,6% so với vụ Tết trước' is the percent of 642 tấn; parts after 'trong đó' (385+96+161=642) take total 642 and its estimate status.",
    "revised after the first run: table subjects now carry the column label (FIGURES.md Tables: row label and column label; cf. shared gold h24).",
    "Section II has no period phrase: no period. 'Khoảng 70% sản lượng' is a percent figure of its own.",
]

if __name__ == "__main__":
    write_set(3, TEXT, FIGS, NOTES, published="2025-01-24", location="Bình Định")
