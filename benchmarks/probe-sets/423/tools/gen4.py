from lib import F, P, emit

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ VŨNG TÀU
Số: 287/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Vũng Tàu, ngày 05 tháng 7 năm 2024

BÁO CÁO
Tình hình hoạt động du lịch 6 tháng đầu năm 2024 và nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Các chỉ tiêu chủ yếu
Đơn vị tính: nghìn lượt
Chỉ tiêu
Kế hoạch năm 2024
Thực hiện 6 tháng
So với kế hoạch (%)
Tổng lượt khách
7.200
4.134
57,4
Khách lưu trú
2.650
1.418
53,5
Khách quốc tế
210
97,6
46,5
Doanh thu du lịch (tỷ đồng)
6.800
3.452
50,8

2. Cơ sở lưu trú và dịch vụ
Toàn thành phố hiện có 1.146 cơ sở lưu trú với 17.820 phòng; trong đó có 42 khách sạn được xếp hạng từ 3 sao trở lên. Công suất phòng bình quân 6 tháng đạt 58,3%; riêng dịp nghỉ lễ 30/4 - 1/5 đạt trên 95%, nhiều khách sạn khu vực Bãi Sau kín phòng.

Tổng thu ngân sách từ hoạt động du lịch ước đạt 412 tỷ đồng, chiếm 18,6% tổng thu ngân sách trên địa bàn. Lực lượng cứu hộ tại các bãi tắm đã cứu vớt kịp thời 27 trường hợp đuối nước.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu cả năm 2024 đón 7,2 triệu lượt khách, doanh thu du lịch đạt 6.800 tỷ đồng; tổ chức tốt Lễ hội Nghinh Ông Thắng Tam năm 2024; kiểm tra 100% cơ sở lưu trú ven biển về an toàn phòng cháy.

Nơi nhận:
- UBND tỉnh Bà Rịa - Vũng Tàu (b/c);
- Sở Du lịch;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Thu Hà
"""

PK = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
P6 = P("Thực hiện 6 tháng", "2024-01-01", "2024-06-30")
P6i = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inherited=True)
P6s = P("6 tháng", "2024-01-01", "2024-06-30")

rows = [
    ("Tổng lượt khách", "7.200", "4.134", "57,4", "nghìn"),
    ("Khách lưu trú", "2.650", "1.418", "53,5", "nghìn"),
    ("Khách quốc tế", "210", "97,6", "46,5", "nghìn"),
    ("Doanh thu du lịch (tỷ đồng)", "6.800", "3.452", "50,8", "tỷ"),
]


def num(s):
    return float(s.replace(".", "").replace(",", "."))


FIGS = []
for label, k, t, r, mult in rows:
    m = 1e3 if mult == "nghìn" else 1e9
    kind, unit = ("count", "lượt") if mult == "nghìn" else ("money", "đồng")
    name = label.replace(" (tỷ đồng)", "")
    FIGS.append(F(f"{label}\n{k}\n", k, num(k) * m, kind, unit, f"{name} kế hoạch năm 2024",
                  status="target", period=PK))
    FIGS.append(F(f"{k}\n{t}\n", t, num(t) * m, kind, unit, f"{name} thực hiện 6 tháng", period=P6))
    FIGS.append(F(f"{t}\n{r}\n", r, num(r), "percent", "%", f"{name} thực hiện 6 tháng so với kế hoạch", period=P6))

FIGS += [
    F("có 1.146 cơ sở", "1.146", 1146, "count", "cơ sở lưu trú", "cơ sở lưu trú", period=P6i),
    F("với 17.820 phòng", "17.820", 17820, "count", "phòng", "phòng của cơ sở lưu trú", period=P6i),
    F("có 42 khách sạn", "42", 42, "count", "khách sạn", "khách sạn được xếp hạng từ 3 sao trở lên",
      total=1146, period=P6i),
    F("đạt 58,3%", "58,3", 58.3, "percent", "%", "công suất phòng bình quân", period=P6s),
    F("đạt trên 95%", "95", 95, "percent", "%", "công suất phòng bình quân dịp nghỉ lễ", approx="over",
      period=P("dịp nghỉ lễ 30/4 - 1/5", "2024-04-30", "2024-05-01")),
    F("ước đạt 412 tỷ đồng", "412", 412000000000, "money", "đồng", "tổng thu ngân sách từ hoạt động du lịch",
      status="estimate", percent=18.6, period=P6i),
    F("kịp thời 27 trường hợp", "27", 27, "count", "trường hợp", "trường hợp đuối nước được cứu vớt", period=P6i),
    F("đón 7,2 triệu lượt", "7,2", 7200000, "count", "lượt", "lượt khách", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("đạt 6.800 tỷ đồng", "6.800", 6800000000000, "money", "đồng", "doanh thu du lịch", status="target",
      period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("kiểm tra 100% cơ sở", "100", 100, "percent", "%", "cơ sở lưu trú ven biển được kiểm tra an toàn phòng cháy",
      status="target", period=P("6 THÁNG CUỐI NĂM 2024", "2024-07-01", "2024-12-31", inherited=True)),
]

COMMENTS = [
    "Formal report with letterhead (UBND thành phố Vũng Tàu, 'Số: 287/BC-UBND'); the place-and-date line gives published 2024-07-05.",
    "One-cell-per-line table with 'Đơn vị tính: nghìn lượt' (the revenue row overrides with '(tỷ đồng)'). 'Kế hoạch năm 2024' cells:",
    "status target; 'Thực hiện 6 tháng' cells actual, period Jan–Jun 2024 (year from the title); '(%)' column: percent figures of their own.",
    "'42 khách sạn' after 'trong đó' is part of 1.146 cơ sở (total). '412 tỷ đồng, chiếm 18,6%' share attribute.",
    "'dịp nghỉ lễ 30/4 - 1/5' is the period of 'trên 95%' (dates are not figures). Section II: 'Phấn đấu' targets for 'cả năm 2024';",
    "'100% cơ sở' is a target percent in the 6-tháng-cuối-năm section (period from the heading, inherited). '3 sao' is a class label.",
    "revised: 'trên 95%' subject 'công suất phòng bình quân dịp nghỉ lễ' (the dates 30/4 - 1/5 are its period, not part of the indicator).",
    "Distractors: document number, dates, section numbers I./II./1./2., 'Lễ hội … năm 2024', 'Lưu: VT, VHTT', signer.",
]

emit(4, TEXT, COMMENTS, FIGS, published="2024-07-05", location="Vũng Tàu")
