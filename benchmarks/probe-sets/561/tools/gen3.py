from lib import F, P, I, CH, TG, emit

TEXT = """ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
Số: 412/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ninh Bình, ngày 07 tháng 10 năm 2024

BÁO CÁO
Kết quả phát triển kinh tế số, thương mại điện tử 9 tháng năm 2024

Thực hiện Kế hoạch số 89/KH-UBND ngày 15/3/2024 của UBND tỉnh Ninh Bình, UBND tỉnh báo cáo kết quả như sau:

I. KẾT QUẢ THỰC HIỆN
1. Kinh tế số
Tỷ trọng kinh tế số trong GRDP 9 tháng năm 2024 ước đạt 11,8%, tăng 1,3 điểm phần trăm so với cùng kỳ năm 2023 (kế hoạch năm 2024 là 13%).

Bảng 1. Một số chỉ tiêu thương mại điện tử, thanh toán số
Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2024 | Ước thực hiện 9 tháng | Tỷ lệ ước TH/KH (%)
Doanh nghiệp có website, ứng dụng bán hàng | doanh nghiệp | 1.500 | 1.268 | 84,5
Doanh thu thương mại điện tử B2C | tỷ đồng | 2.400 | 1.716,3 | 71,5
Sản phẩm OCOP trên sàn thương mại điện tử | sản phẩm | 250 | 231 | 92,4
Điểm bán chấp nhận thanh toán bằng mã QR | điểm bán | 25.000 | 21.640 | 86,6

2. Thanh toán không dùng tiền mặt
Tính đến ngày 30/9/2024, toàn tỉnh có 1.126.400 tài khoản thanh toán cá nhân, tăng 9,2% so với cuối năm 2023; giá trị giao dịch qua ứng dụng ngân hàng trên điện thoại di động 9 tháng đạt 58.430 tỷ đồng. Có 8/8 huyện, thành phố đã triển khai thu học phí không dùng tiền mặt.

II. NHIỆM VỤ QUÝ IV/2024
Phấn đấu năm 2024 doanh thu thương mại điện tử B2C đạt khoảng 2.450 tỷ đồng; tỷ trọng kinh tế số trong GRDP đạt 12,5%.

Nơi nhận:
- Bộ Công Thương;
- Thường trực Tỉnh ủy;
- Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""

M9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
KH = P("Kế hoạch năm 2024", "2024-01-01", "2024-12-31")
UT = P("9 tháng", "2024-01-01", "2024-09-30")
ASOF = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

rows = [
    # label, unit, kind, plan(anchor,num,val), est(anchor,num,val), ratio(anchor,num,val)
    ("Doanh nghiệp có website, ứng dụng bán hàng", "doanh nghiệp", "count",
     ("| 1.500 |", "1.500", 1500), ("| 1.268 |", "1.268", 1268), ("| 84,5", "84,5", 84.5)),
    ("Doanh thu thương mại điện tử B2C", "đồng", "money",
     ("| 2.400 |", "2.400", 2400e9), ("| 1.716,3 |", "1.716,3", 1716.3e9), ("| 71,5", "71,5", 71.5)),
    ("Sản phẩm OCOP trên sàn thương mại điện tử", "sản phẩm", "count",
     ("| 250 |", "250", 250), ("| 231 |", "231", 231), ("| 92,4", "92,4", 92.4)),
    ("Điểm bán chấp nhận thanh toán bằng mã QR", "điểm bán", "count",
     ("| 25.000 |", "25.000", 25000), ("| 21.640 |", "21.640", 21640), ("| 86,6", "86,6", 86.6)),
]

FIGS = [
    F("ước đạt 11,8%", "11,8", 11.8, "percent", "%", "tỷ trọng kinh tế số trong GRDP", M9, status="estimate",
      change=CH("increase", 1.3, "điểm phần trăm", baseline="cùng kỳ năm 2023"), target=TG(13)),
]
for label, unit, kind, plan, est, ratio in rows:
    FIGS.append(F(plan[0], plan[1], plan[2], kind, unit, f"{label} kế hoạch năm 2024", KH, status="target"))
    FIGS.append(F(est[0], est[1], est[2], kind, unit, f"{label} ước thực hiện 9 tháng", UT, status="estimate"))
    FIGS.append(F(ratio[0], ratio[1], ratio[2], "percent", "%", f"{label} tỷ lệ ước thực hiện so với kế hoạch",
                  status="estimate"))
FIGS += [
    F("có 1.126.400 tài khoản", "1.126.400", 1126400, "count", "tài khoản", "tài khoản thanh toán cá nhân", ASOF,
      change=CH("increase", 9.2, baseline="cuối năm 2023")),
    F("9 tháng đạt 58.430 tỷ đồng", "58.430", 58430e9, "money", "đồng",
      "giá trị giao dịch qua ứng dụng ngân hàng trên điện thoại di động", P("9 tháng", "2024-01-01", "2024-09-30")),
    F("Có 8/8 huyện", "8", 8, "count", "huyện, thành phố", "huyện, thành phố đã triển khai thu học phí không dùng tiền mặt",
      total=8),
    F("khoảng 2.450 tỷ đồng", "2.450", 2450e9, "money", "đồng", "doanh thu thương mại điện tử B2C", Y24, approx="about",
      status="target"),
    F("GRDP đạt 12,5%", "12,5", 12.5, "percent", "%", "tỷ trọng kinh tế số trong GRDP", Y24, status="target"),
]

COMMENTS = [
    "p561-3 Ninh Bình formal report (Số: 412/BC-UBND): digital economy share of GRDP 9M/2024, flattened '|' table, cashless payments, Q4 tasks.",
    "published = the place-and-date line. 11,8% is a share, not a growth rate, so the 1,3 điểm phần trăm rise is its change and",
    "'(kế hoạch năm 2024 là 13%)' its target. Table: every numeric cell a figure; 'Kế hoạch năm 2024' cells target, 'Ước thực hiện 9 tháng'",
    "cells estimate, 'Tỷ lệ ước TH/KH (%)' cells percent figures of their own with status estimate (header says ước) and no period.",
    "The tỷ đồng unit column makes 2.400 = 2,4·10^12 đồng. Row labels are not places, so location stays Ninh Bình.",
    "'Phấn đấu năm 2024 ...' are targets; '9 tháng' in the second clause is that clause's own period.",
    "Distractors: Số: 412/BC-UBND, Kế hoạch số 89/KH-UBND ngày 15/3/2024, section numbers I./1./2./II., 'Bảng 1', 'QUÝ IV/2024' heading.",
]

emit("p561-3", TEXT, COMMENTS, FIGS, published="2024-10-07", location="Ninh Bình")
