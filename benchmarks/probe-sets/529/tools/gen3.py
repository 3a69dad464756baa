"""p529-3: formal report, UBND tỉnh Hà Tĩnh, BHYT policy and BHYT-funded care, 9 months of 2024 (flattened | table)."""
from lib import F, P, INH, CH, emit

TEXT = """UBND TỈNH HÀ TĨNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 418/BC-UBND
Hà Tĩnh, ngày 21 tháng 10 năm 2024

BÁO CÁO
Tình hình thực hiện chính sách bảo hiểm y tế 9 tháng năm 2024

Thực hiện Công văn số 2765/BYT-BH ngày 02/10/2024 của Bộ Y tế, UBND tỉnh báo cáo như sau:

I. KẾT QUẢ THỰC HIỆN
1. Phát triển người tham gia BHYT
Tính đến ngày 30/9/2024, toàn tỉnh có 1.218.640 người tham gia BHYT, đạt tỷ lệ bao phủ 93,6% dân số, tăng 14.215 người so với cuối năm 2023. Trong đó, nhóm do ngân sách nhà nước đóng 512.380 người; nhóm hộ gia đình 398.770 người.

2. Khám, chữa bệnh BHYT
Bảng 1. Kết quả khám, chữa bệnh BHYT 9 tháng năm 2024
Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)
Lượt khám, chữa bệnh | lượt | 2.350.000 | 1.862.415 | 79,3
Trong đó: nội trú | lượt | 215.000 | 168.902 | 78,6
Chi phí KCB BHYT | tỷ đồng | 2.140 | 1.735,8 | 81,1
Ngày điều trị trung bình | ngày | 6,5 | 6,2 | -

3. Giám định, thanh toán chi phí
Qua giám định, cơ quan BHXH đã từ chối thanh toán 12,4 tỷ đồng chi phí không hợp lý, bằng 0,71% tổng chi phí đề nghị. Các cơ sở khám, chữa bệnh đã được tạm ứng 1.520 tỷ đồng; còn 3 cơ sở chưa được thanh toán chi phí vượt dự toán năm 2023 với tổng số tiền khoảng 46 tỷ đồng.

II. PHƯƠNG HƯỚNG NHIỆM VỤ QUÝ IV/2024
Phấn đấu đến ngày 31/12/2024 tỷ lệ bao phủ BHYT đạt 94,5% dân số; dự kiến tổng chi khám, chữa bệnh BHYT cả năm khoảng 2.310 tỷ đồng, vượt 7,9% dự toán được giao.

Nơi nhận:
- Bộ Y tế;
- BHXH Việt Nam;
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
PLAN = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
DONE = P("Thực hiện 9 tháng", "2024-01-01", "2024-09-30")
M9 = INH(P("9 tháng năm 2024", "2024-01-01", "2024-09-30"))


def row(label, unit, kind, plan, done, pct, mult=1, ptotal=None, dtotal=None, anchors=None):
    """One table row: plan cell (target), result cell (actual), Tỷ lệ cell (percent, period unscored)."""
    a_plan, a_done, a_pct = anchors
    out = []
    kw = {"total": ptotal} if ptotal else {}
    out.append(F(a_plan, plan[0], plan[1] * mult, kind, unit, label + " kế hoạch năm 2024", PLAN, status="target", **kw))
    kw = {"total": dtotal} if dtotal else {}
    out.append(F(a_done, done[0], done[1] * mult, kind, unit, label + " thực hiện 9 tháng", DONE, **kw))
    if pct:
        out.append(F(a_pct, pct[0], pct[1], "percent", "%", label + " tỷ lệ", M9))
    return out


FIGS = [
    F("có 1.218.640 người", "1.218.640", 1218640, "count", "người", "người tham gia BHYT", ASOF, percent=93.6,
      change=CH("increase", 14215, "người", "cuối năm 2023")),
    F("đóng 512.380 người", "512.380", 512380, "count", "người", "người tham gia BHYT nhóm do ngân sách nhà nước đóng",
      INH(ASOF), total=1218640),
    F("gia đình 398.770 người", "398.770", 398770, "count", "người", "người tham gia BHYT nhóm hộ gia đình",
      INH(ASOF), total=1218640),
]
FIGS += row("Lượt khám, chữa bệnh", "lượt", "count", ("2.350.000", 2350000), ("1.862.415", 1862415), ("79,3", 79.3),
            anchors=("| 2.350.000 |", "| 1.862.415 |", "| 79,3"))
FIGS += row("Lượt khám, chữa bệnh nội trú", "lượt", "count", ("215.000", 215000), ("168.902", 168902), ("78,6", 78.6),
            ptotal=2350000, dtotal=1862415, anchors=("| 215.000 |", "| 168.902 |", "| 78,6"))
FIGS += row("Chi phí KCB BHYT", "đồng", "money", ("2.140", 2140), ("1.735,8", 1735.8), ("81,1", 81.1), mult=1e9,
            anchors=("| 2.140 |", "| 1.735,8 |", "| 81,1"))
FIGS += row("Ngày điều trị trung bình", "ngày", "measure", ("6,5", 6.5), ("6,2", 6.2), None,
            anchors=("| 6,5 |", "| 6,2 |", None))
FIGS += [
    F("thanh toán 12,4 tỷ đồng", "12,4", 12400000000, "money", "đồng",
      "chi phí không hợp lý cơ quan BHXH từ chối thanh toán", M9, percent=0.71),
    F("tạm ứng 1.520 tỷ đồng", "1.520", 1520000000000, "money", "đồng",
      "số tiền các cơ sở khám, chữa bệnh được tạm ứng", M9),
    F("còn 3 cơ sở", "3", 3, "count", "cơ sở", "cơ sở chưa được thanh toán chi phí vượt dự toán năm 2023"),
    F("khoảng 46 tỷ đồng", "46", 46000000000, "money", "đồng", "chi phí vượt dự toán năm 2023 chưa được thanh toán",
      approx="about"),
    F("đạt 94,5%", "94,5", 94.5, "percent", "%", "tỷ lệ bao phủ BHYT",
      P("đến ngày 31/12/2024", None, "2024-12-31"), status="target"),
    F("khoảng 2.310 tỷ đồng", "2.310", 2310000000000, "money", "đồng", "tổng chi khám, chữa bệnh BHYT cả năm",
      P("cả năm", "2024-01-01", "2024-12-31"), approx="about",
      change=CH("increase", 7.9, baseline="dự toán được giao"), status="forecast"),
]

COMMENTS = [
    "Formal report, letterhead 'UBND TỈNH HÀ TĨNH', 'Số: 418/BC-UBND', place-and-date line 'Hà Tĩnh, ngày 21 tháng 10 năm 2024' (published).",
    "Not figures: document numbers, 'Công văn số 2765/BYT-BH ngày 02/10/2024', section numbers I./II./1./2./3., 'Bảng 1.', 'Quý IV/2024', the '-' cell.",
    "Flattened | table (Chỉ tiêu | Đơn vị | Kế hoạch năm 2024 | Thực hiện 9 tháng | Tỷ lệ (%)): every numeric cell is a figure;",
    "Kế hoạch cells are status target, period from the column header; 'Thực hiện 9 tháng' cells actual, 9 months 2024 (scored, header);",
    "Tỷ lệ (%) cells are percent figures of their own (as h23: cells are not attributes of each other), period inherited from the title.",
    "'Trong đó: nội trú' row: its cells are parts of the row above (same unit, same column), so they get that cell as total.",
    "Cell subject = row label + column label (the 'Trong đó: nội trú' row read with its parent row).",
    "Unit 'tỷ đồng' from the Đơn vị column multiplies the cells (2.140 = 2,14·10^12 đồng).",
    "'vượt 7,9% dự toán' is a gap to plan (change); 'dự kiến' makes the 2.310 tỷ a forecast; 'Phấn đấu' makes 94,5% a target.",
    "'3 cơ sở' and '46 tỷ' refer to the 2023 overspend: no period annotated (year is part of the subject).",
]

if __name__ == "__main__":
    COMMENTS.append("revised: table-cell subjects had words not in the labels ('BHYT', 'thực hiện so với kế hoạch'); now row label + column label only.")
    emit("p529-3", TEXT, COMMENTS, FIGS, published="2024-10-21", location="Hà Tĩnh")
