"""p523-3: UBND tỉnh Bạc Liêu formal report, 9-month fisheries, flattened `|` table (plan vs estimate)."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH BẠC LIÊU
Số: 287/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Bạc Liêu, ngày 30 tháng 9 năm 2024

BÁO CÁO
Tình hình sản xuất thủy sản 9 tháng năm 2024, nhiệm vụ 3 tháng cuối năm

I. KẾT QUẢ THỰC HIỆN

1. Nuôi trồng thủy sản
Tổng diện tích nuôi trồng thủy sản ước đạt 139.850 ha, đạt 101,3% kế hoạch; trong đó diện tích nuôi tôm 136.420 ha. Diện tích tôm nuôi bị thiệt hại là 1.245 ha, giảm 18,2% so với cùng kỳ. Giá tôm thẻ cỡ 100 con/kg dao động từ 95.000 đến 105.000 đồng/kg.

2. Khai thác thủy sản
Toàn tỉnh có 1.082 tàu cá hoạt động, 100% tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình; không phát hiện tàu vi phạm vùng biển nước ngoài.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng
Tổng sản lượng thủy sản | tấn | 460.000 | 352.600
Sản lượng tôm | tấn | 225.000 | 171.300
Sản lượng khai thác | tấn | 112.000 | 84.900
Diện tích nuôi tôm siêu thâm canh | ha | 3.800 | 3.915
Kim ngạch xuất khẩu thủy sản | triệu USD | 1.100 | 842,5

II. NHIỆM VỤ 3 THÁNG CUỐI NĂM
Tập trung thu hoạch tôm vụ chính, phấn đấu cả năm sản lượng thủy sản đạt trên 465.000 tấn và hỗ trợ 35 hộ nuôi tôm siêu thâm canh tiếp cận vốn vay với mức tối đa 2 tỷ đồng/hộ.

Nơi nhận:
- Bộ NN&PTNT;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
EST = P("Ước thực hiện 9 tháng", "2024-01-01", "2024-09-30")

ROWS = [
    ("Tổng sản lượng thủy sản", "tấn", "460.000", 460000, "352.600", 352600, "measure"),
    ("Sản lượng tôm", "tấn", "225.000", 225000, "171.300", 171300, "measure"),
    ("Sản lượng khai thác", "tấn", "112.000", 112000, "84.900", 84900, "measure"),
    ("Diện tích nuôi tôm siêu thâm canh", "ha", "3.800", 3800, "3.915", 3915, "measure"),
    ("Kim ngạch xuất khẩu thủy sản", "USD", "1.100", 1100e6, "842,5", 842.5e6, "money"),
]

FIGS = [
    F("ước đạt 139.850 ha", "139.850", 139850, "measure", "ha", "tổng diện tích nuôi trồng thủy sản", INH(M9),
      percent=101.3, status="estimate"),
    F("nuôi tôm 136.420 ha", "136.420", 136420, "measure", "ha", "diện tích nuôi tôm", INH(M9),
      total=139850, status="estimate"),
    F("là 1.245 ha", "1.245", 1245, "measure", "ha", "diện tích tôm nuôi bị thiệt hại", INH(M9),
      change=CH("decrease", 18.2, baseline="cùng kỳ")),
    F("cỡ 100 con/kg", "100", 100, "measure", "con/kg", optional=True),
    F("từ 95.000 đến 105.000 đồng/kg", "95.000", 95000, "money", "đồng/kg", "giá tôm thẻ cỡ 100 con/kg",
      value_max=105000),
    F("có 1.082 tàu cá", "1.082", 1082, "count", "tàu cá", "tàu cá hoạt động"),
    F("100% tàu", "100", 100, "percent", "%", "tỷ lệ tàu từ 15 m trở lên đã lắp thiết bị giám sát hành trình"),
    F("từ 15 m trở lên", "15", 15, "measure", "m", approx="at_least", optional=True),
]
for label, unit, plan_s, plan_v, est_s, est_v, kind in ROWS:
    FIGS.append(F(f"{unit if unit != 'USD' else 'triệu USD'} | {plan_s} |", plan_s, plan_v, kind, unit,
                  f"{label} kế hoạch năm 2024", PLAN, status="target"))
    FIGS.append(F(f"| {plan_s} | {est_s}", est_s, est_v, kind, unit,
                  f"{label} ước thực hiện 9 tháng", EST, status="estimate"))
FIGS += [
    F("trên 465.000 tấn", "465.000", 465000, "measure", "tấn", "sản lượng thủy sản cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="over", status="target"),
    F("hỗ trợ 35 hộ", "35", 35, "count", "hộ", "hộ nuôi tôm siêu thâm canh được hỗ trợ tiếp cận vốn vay",
      status="target"),
    F("tối đa 2 tỷ đồng/hộ", "2", 2000000000, "money", "đồng/hộ", "mức vốn vay hỗ trợ hộ nuôi tôm siêu thâm canh",
      approx="at_most", status="target"),
]

COMMENTS = [
    "UBND tỉnh Bạc Liêu formal report `Số: 287/BC-UBND`, place-and-date line `Bạc Liêu, ngày 30 tháng 9 năm 2024`; flattened `|` table.",
    "Table: every numeric cell is a figure; `Kế hoạch năm 2024` → target, `Ước thực hiện 9 tháng` → estimate (period from the header; the year from the title).",
    "`triệu USD` in the unit cell makes `1.100` = 1,1·10⁹ USD and `842,5` = 842,5·10⁶ USD. Plan cells are figures of their own, not the estimate's target.",
    "Narrative figures take the title's `9 tháng năm 2024` as an inherited period. `trong đó` after `;` continues `ước đạt`: estimate, total 139.850.",
    "`phấn đấu cả năm … và hỗ trợ 35 hộ …` : the `và` clause continues the target. `cả năm` = the whole of 2024 (scored).",
    "Distractors: `Số: 287/BC-UBND`, date line, section numbers `I.`, `II.`, `1.`, `2.`, `Bảng 1`, `3 tháng cuối năm` (a period). Size grade `100 con/kg` and threshold `15 m` optional.",
]

if __name__ == "__main__":
    emit("p523-3", TEXT, COMMENTS, FIGS, published="2024-09-30", location="Bạc Liêu")
