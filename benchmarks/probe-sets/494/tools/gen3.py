"""p494-3: formal report, UBND tỉnh Ninh Bình — tourism 9 months 2023, flattened | table, accommodation, Q4 tasks."""
from lib import F, P, I, CH, T, emit

TEXT = """UBND TỈNH NINH BÌNH
Số: 186/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả hoạt động du lịch 9 tháng năm 2023, nhiệm vụ trọng tâm quý IV/2023

I. KẾT QUẢ THỰC HIỆN
1. Khách du lịch và doanh thu
9 tháng năm 2023, toàn tỉnh đón 6,78 triệu lượt khách, tăng 38,5% so với cùng kỳ, đạt 84,8% kế hoạch năm (kế hoạch 8 triệu lượt). Khách lưu trú đạt 1,915 triệu lượt; thời gian lưu trú bình quân 1,6 ngày/khách.

Bảng 1. Một số chỉ tiêu chủ yếu
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2023 | Thực hiện 9 tháng | So với KH (%)
Tổng lượt khách | nghìn lượt | 8.000 | 6.780 | 84,8
Khách quốc tế | nghìn lượt | 500 | 412 | 82,4
Khách lưu trú | nghìn lượt | 2.400 | 1.915 | 79,8
Tổng thu du lịch | tỷ đồng | 5.500 | 4.620 | 84,0
Công suất sử dụng buồng | % | 50 | 46,2 | -

2. Cơ sở lưu trú
Đến 30/9/2023, toàn tỉnh có 512 cơ sở lưu trú với 7.830 buồng; trong đó có 21 cơ sở được xếp hạng từ 3 đến 5 sao với 2.460 buồng. Giá buồng bình quân tại các cơ sở 3-5 sao từ 1,2 đến 2,5 triệu đồng/đêm.

II. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023
Phấn đấu cả năm 2023 đón 8,2 triệu lượt khách, vượt 2,5% kế hoạch; tổng thu du lịch đạt 5.600 tỷ đồng. Tổ chức thành công Tuần Du lịch Ninh Bình lần thứ 5 và Lễ hội Tràng An năm 2023.

Nơi nhận:
- Bộ VHTTDL;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, VP5.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2023", "2023-01-01", "2023-09-30")
PLAN = P("Kế hoạch năm 2023", "2023-01-01", "2023-12-31")
DONE = P("Thực hiện 9 tháng", "2023-01-01", "2023-09-30")
ASOF = P("Đến 30/9/2023", None, "2023-09-30")
Y23 = P("cả năm 2023", "2023-01-01", "2023-12-31")


def row(label, unit, kind, mult, plan, done, ratio, a_plan, a_done, a_ratio):
    out = [
        F(a_plan, plan, _v(plan) * mult, kind, unit, status="target",
          subject=f"{label} kế hoạch năm 2023", period=PLAN),
        F(a_done, done, _v(done) * mult, kind, unit, subject=f"{label} thực hiện 9 tháng", period=DONE),
    ]
    if ratio:
        out.append(F(a_ratio, ratio, _v(ratio), "percent", "%", subject=f"{label} so với kế hoạch", period=I(M9)))
    return out


def _v(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = [
    F("đón 6,78 triệu lượt khách", "6,78", 6_780_000, "count", "lượt khách", percent=84.8,
      change=CH("increase", 38.5, baseline="cùng kỳ"), target=T(8_000_000, "lượt"),
      subject="lượt khách toàn tỉnh đón", period=M9),
    F("đạt 1,915 triệu lượt", "1,915", 1_915_000, "count", "lượt", subject="khách lưu trú", period=I(M9)),
    F("bình quân 1,6 ngày/khách", "1,6", 1.6, "measure", "ngày/khách", subject="thời gian lưu trú bình quân",
      period=I(M9)),
]
FIGS += row("Tổng lượt khách", "lượt", "count", 1e3, "8.000", "6.780", "84,8",
            "| 8.000 |", "| 6.780 |", "6.780 | 84,8")
FIGS += row("Khách quốc tế", "lượt", "count", 1e3, "500", "412", "82,4", "| 500 |", "| 412 |", "| 82,4")
FIGS += row("Khách lưu trú", "lượt", "count", 1e3, "2.400", "1.915", "79,8", "| 2.400 |", "| 1.915 |", "| 79,8")
FIGS += row("Tổng thu du lịch", "đồng", "money", 1e9, "5.500", "4.620", "84,0", "| 5.500 |", "| 4.620 |", "| 84,0")
FIGS += row("Công suất sử dụng buồng", "%", "percent", 1, "50", "46,2", None, "% | 50 |", "| 46,2 |", None)
FIGS += [
    F("có 512 cơ sở lưu trú", "512", 512, "count", "cơ sở lưu trú", subject="cơ sở lưu trú", period=ASOF),
    F("với 7.830 buồng", "7.830", 7830, "count", "buồng", subject="buồng của các cơ sở lưu trú", period=ASOF),
    F("có 21 cơ sở", "21", 21, "count", "cơ sở", total=512, subject="cơ sở được xếp hạng từ 3 đến 5 sao",
      period=ASOF),
    F("với 2.460 buồng", "2.460", 2460, "count", "buồng", total=7830,
      subject="buồng của các cơ sở được xếp hạng từ 3 đến 5 sao", period=ASOF),
    F("từ 1,2 đến 2,5 triệu", "1,2", 1_200_000, "money", "đồng/đêm", value_max=2_500_000,
      subject="giá buồng bình quân tại các cơ sở 3-5 sao"),
    F("đón 8,2 triệu lượt khách", "8,2", 8_200_000, "count", "lượt khách", status="target",
      change=CH("increase", 2.5, baseline="kế hoạch"), subject="lượt khách đón", period=Y23),
    F("đạt 5.600 tỷ đồng", "5.600", 5600e9, "money", "đồng", status="target", subject="tổng thu du lịch",
      period=Y23),
]

COMMENTS = [
    "Báo cáo Số: 186/BC-UBND của UBND tỉnh Ninh Bình: hoạt động du lịch 9 tháng năm 2023 (flattened | table), nhiệm vụ quý IV.",
    "'Ninh Bình, ngày 06 tháng 10 năm 2023' is the dateline. Document number, 'Bảng 1', section numbers I./1./2./II., 'lần thứ 5', 'VP5',",
    "'quý IV/2023', star classes 'từ 3 đến 5 sao' / '3-5 sao' are not figures.",
    "'(kế hoạch 8 triệu lượt)' is the target attribute of 6,78 triệu (not a figure); '1,915 triệu' = 1.915.000 (decimal before a multiplier).",
    "Table: every numeric cell is a figure (as h23): Kế hoạch column status target, period from its header; Thực hiện 9 tháng column",
    "actual, period 9 months 2023 from its header; 'So với KH (%)' cells are percent figures with the title's period (inherited).",
    "Units from the Đơn vị tính column: 'nghìn lượt' multiplies by 10^3 (unit lượt), 'tỷ đồng' by 10^9. The '-' cell is no figure.",
    "'trong đó có 21 cơ sở … với 2.460 buồng': parts of 512 cơ sở and 7.830 buồng respectively.",
    "'vượt 2,5% kế hoạch' is the change (baseline kế hoạch) of the 8,2 triệu target figure.",
]

if __name__ == "__main__":
    emit("p494-3", TEXT, COMMENTS, FIGS, published="2023-10-06", location="Ninh Bình")
