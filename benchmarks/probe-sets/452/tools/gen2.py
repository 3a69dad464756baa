from lib import *

TEXT = """BẢO HIỂM XÃ HỘI VIỆT NAM - Cổng Thông tin điện tử
Chính sách BHYT

6 tháng đầu năm 2024: Hơn 87 triệu lượt khám, chữa bệnh BHYT
Thứ Hai, 15/07/2024 | 10:20

(BHXH) - Theo báo cáo của Ban Thực hiện chính sách BHYT, 6 tháng đầu năm 2024, cả nước có hơn 87,4 triệu lượt khám, chữa bệnh (KCB) BHYT, tăng 8,6% so với cùng kỳ năm 2023; số tiền đề nghị thanh toán là 62.315 tỷ đồng, tăng 15,2%. Trong đó, KCB ngoại trú là 78,9 triệu lượt, chiếm 90,3%; KCB nội trú là 8,5 triệu lượt.

Chi phí bình quân một lượt KCB là 713.000 đồng, tăng 6,1%; số ngày điều trị nội trú bình quân là 5,8 ngày. Một số địa phương có chi phí KCB BHYT bình quân tăng cao so với cùng kỳ như: Bình Phước tăng 21,4%, Lâm Đồng tăng 19,8%, Kiên Giang tăng 18,5%.

Về phát triển người tham gia, tính đến 30/6/2024, cả nước có 93,35 triệu người tham gia BHYT. Tỷ lệ bao phủ BHYT đạt 93,4% dân số, thấp hơn 0,7 điểm phần trăm so với chỉ tiêu Chính phủ giao tại Nghị quyết số 01/NQ-CP (94,1%). Có 27 tỉnh, thành phố đạt tỷ lệ bao phủ trên 95%, trong đó 3 địa phương đạt trên 98% là Hà Nam, Thái Bình và Lai Châu.

Về cấp thẻ, từ đầu năm đến ngày 30/6, toàn ngành đã cấp mới và gia hạn 24,6 triệu thẻ BHYT. Tính đến hết tháng 6/2024, hơn 40,3 triệu người đã cài đặt và đăng ký tài khoản VssID - BHXH số.

Để hoàn thành chỉ tiêu, BHXH Việt Nam đề nghị BHXH các tỉnh, thành phố bám sát kế hoạch được giao, phấn đấu trong 6 tháng cuối năm 2024 phát triển thêm khoảng 1,5 triệu người tham gia BHYT, ưu tiên nhóm hộ gia đình.

Mọi vướng mắc, người dân có thể liên hệ Tổng đài 1900 9068 hoặc Trung tâm Chăm sóc khách hàng, số 7 Tràng Thi, Hoàn Kiếm, Hà Nội.

Lượt xem: 3.482
"""

P6 = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
P6_I = P("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30", inh=True)
PJ = P("tính đến 30/6/2024", end="2024-06-30")
PJ_I = P("tính đến 30/6/2024", end="2024-06-30", inh=True)
GROW = "chi phí KCB BHYT bình quân tăng so với cùng kỳ"

FIGS = [
    F("Hơn 87 triệu lượt", "87", 87000000, "count", "lượt khám, chữa bệnh", "lượt khám, chữa bệnh BHYT",
      approx="over", period=P6),
    F("có hơn 87,4 triệu lượt", "87,4", 87400000, "count", "lượt khám, chữa bệnh", "lượt khám, chữa bệnh (KCB) BHYT",
      approx="over", change=CH("increase", 8.6, "%", "cùng kỳ năm 2023"), period=P6),
    F("là 62.315 tỷ đồng", "62.315", 62315000000000, "money", "đồng", "số tiền đề nghị thanh toán",
      change=CH("increase", 15.2, "%"), period=P6),
    F("ngoại trú là 78,9 triệu lượt", "78,9", 78900000, "count", "lượt", "KCB ngoại trú",
      total=87400000, percent=90.3, period=P6_I),
    F("nội trú là 8,5 triệu lượt", "8,5", 8500000, "count", "lượt", "KCB nội trú",
      total=87400000, period=P6_I),
    F("là 713.000 đồng", "713.000", 713000, "money", "đồng", "Chi phí bình quân một lượt KCB",
      change=CH("increase", 6.1, "%"), period=P6_I),
    F("là 5,8 ngày", "5,8", 5.8, "measure", "ngày", "số ngày điều trị nội trú bình quân", period=P6_I),
    F("Bình Phước tăng 21,4%", "21,4", 21.4, "percent", "%", GROW, period=P6_I, location="Bình Phước"),
    F("Lâm Đồng tăng 19,8%", "19,8", 19.8, "percent", "%", GROW, period=P6_I, location="Lâm Đồng"),
    F("Kiên Giang tăng 18,5%", "18,5", 18.5, "percent", "%", GROW, period=P6_I, location="Kiên Giang"),
    F("có 93,35 triệu người", "93,35", 93350000, "count", "người", "người tham gia BHYT", period=PJ),
    F("đạt 93,4% dân số", "93,4", 93.4, "percent", "%", "Tỷ lệ bao phủ BHYT",
      change=CH("decrease", 0.7, "điểm phần trăm", "chỉ tiêu Chính phủ giao"), target=TG(94.1, "%", False),
      period=PJ_I),
    F("Có 27 tỉnh, thành phố", "27", 27, "count", "tỉnh, thành phố", "tỉnh, thành phố đạt tỷ lệ bao phủ trên 95%",
      period=PJ_I),
    F("bao phủ trên 95%", "95", 95, "percent", "%", "tỷ lệ bao phủ", approx="over", optional=True),
    F("3 địa phương đạt", "3", 3, "count", "địa phương", "địa phương đạt trên 98%", total=27, period=PJ_I),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ bao phủ", approx="over", optional=True),
    F("gia hạn 24,6 triệu thẻ", "24,6", 24600000, "count", "thẻ BHYT", "thẻ BHYT cấp mới và gia hạn",
      period=P("từ đầu năm đến ngày 30/6", "2024-01-01", "2024-06-30")),
    F("hơn 40,3 triệu người", "40,3", 40300000, "count", "người", "người đã cài đặt và đăng ký tài khoản VssID - BHXH số",
      approx="over", period=P("Tính đến hết tháng 6/2024", end="2024-06-30")),
    F("khoảng 1,5 triệu người", "1,5", 1500000, "count", "người", "người tham gia BHYT phát triển thêm",
      approx="about", status="target", period=P("6 tháng cuối năm 2024", "2024-07-01", "2024-12-31")),
]

COMMENTS = [
    "BHXH Việt Nam portal: KCB BHYT 6 months 2024 (visits, payments, in/outpatient), provinces with fastest cost growth, coverage at 30/6/2024, cards, VssID, H2 target.",
    "Weekday dateline 'Thứ Hai, 15/07/2024 | 10:20'. National figures -> Việt Nam; the growth list gives each province as location and no change (rate is the claim).",
    "Title 'Hơn 87 triệu lượt' is a figure (period from the same line). Parts after 'Trong đó' take the whole counting the same thing (87,4 triệu lượt);",
    "'chiếm 90,3%' is the ngoại trú count's percent. '93,4%': gap to plan (change, điểm phần trăm) and plan in brackets (target 94,1, met false).",
    "'3 địa phương' total 27 (trong đó after the whole); provinces named after a national count keep Việt Nam. Thresholds 'trên 95%' / 'trên 98%' optional.",
    "Distractors: Nghị quyết số 01/NQ-CP, Tổng đài 1900 9068, số 7 Tràng Thi, 'Lượt xem: 3.482', '(BHXH)'.",
]

if __name__ == "__main__":
    build("p452-2", TEXT, COMMENTS, FIGS, published="2024-07-15", location="Việt Nam")
