from lib import *

TEXT = """Cổng Thông tin điện tử tỉnh Thanh Hóa
Trang chủ > Tin tức > Văn hóa - Xã hội

Thanh Hóa: Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2% dân số
Cập nhật: 14/10/2024 08:15 | Lượt xem: 2.315

Theo Bảo hiểm xã hội (BHXH) tỉnh, tính đến ngày 30/9/2024, toàn tỉnh có 3.413.580 người tham gia bảo hiểm y tế (BHYT), đạt tỷ lệ bao phủ 91,2% dân số, tăng 46.215 người so với cùng kỳ năm 2023. Trong đó, nhóm do ngân sách nhà nước đóng chiếm 49,6%; nhóm hộ gia đình có 812.440 người; nhóm học sinh, sinh viên có 298.105 người.

Riêng 9 tháng năm 2024, cơ quan BHXH đã cấp mới, cấp lại gần 1,2 triệu thẻ BHYT; tỷ lệ người bệnh sử dụng ứng dụng VssID hoặc căn cước công dân gắn chip thay thẻ BHYT giấy khi đi khám, chữa bệnh đạt 78,5%. Quỹ BHYT đã chi trả cho 5,36 triệu lượt khám, chữa bệnh với số tiền 3.870 tỷ đồng, tăng 11,2% so với cùng kỳ.

Tính đến 30/9, có 8 địa phương đạt tỷ lệ bao phủ BHYT trên 95%, dẫn đầu là thành phố Sầm Sơn (97,8%), huyện Mường Lát (97,1%), thị xã Nghi Sơn (96,4%); một số địa phương còn thấp như huyện Hoằng Hóa (84,3%), huyện Quảng Xương (85,0%).

Năm 2024, tỉnh phấn đấu tỷ lệ bao phủ BHYT đạt 93,5% dân số theo Nghị quyết số 12/NQ-HĐND của HĐND tỉnh. Để hoàn thành chỉ tiêu, trong quý IV/2024 toàn tỉnh cần phát triển thêm khoảng 85.000 người tham gia, tập trung vào nhóm hộ gia đình và lao động tự do.

Giám đốc BHXH tỉnh đề nghị UBND các huyện, thị xã, thành phố chỉ đạo rà soát từng thôn, tổ dân phố; đồng thời tăng cường đối thoại, tuyên truyền tại 559 xã, phường, thị trấn trên địa bàn.

Minh Hằng (BHXH tỉnh)
Đường dây nóng BHXH tỉnh: 0237.3852.447
"""

PASOF = P("tính đến ngày 30/9/2024", end="2024-09-30")
PASOF_I = P("tính đến ngày 30/9/2024", end="2024-09-30", inh=True)
P9 = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
P9_I = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inh=True)
P30 = P("Tính đến 30/9", end="2024-09-30")
SUBJ = "tỷ lệ bao phủ BHYT"

FIGS = [
    F("Thanh Hóa: Tỷ lệ bao phủ bảo hiểm y tế đạt 91,2%", "91,2", 91.2, "percent", "%",
      "Tỷ lệ bao phủ bảo hiểm y tế", period=PASOF_I),
    F("có 3.413.580 người", "3.413.580", 3413580, "count", "người", "người tham gia bảo hiểm y tế",
      percent=91.2, change=CH("increase", 46215, "người", "cùng kỳ năm 2023"), period=PASOF),
    F("chiếm 49,6%", "49,6", 49.6, "percent", "%", "nhóm do ngân sách nhà nước đóng", period=PASOF_I),
    F("có 812.440 người", "812.440", 812440, "count", "người", "nhóm hộ gia đình",
      total=3413580, period=PASOF_I),
    F("có 298.105 người", "298.105", 298105, "count", "người", "nhóm học sinh, sinh viên",
      total=3413580, period=PASOF_I),
    F("gần 1,2 triệu thẻ", "1,2", 1200000, "count", "thẻ BHYT", "thẻ BHYT cấp mới, cấp lại",
      approx="nearly", period=P9),
    F("đạt 78,5%", "78,5", 78.5, "percent", "%",
      "tỷ lệ người bệnh sử dụng ứng dụng VssID hoặc căn cước công dân gắn chip thay thẻ BHYT giấy", period=P9),
    F("cho 5,36 triệu lượt", "5,36", 5360000, "count", "lượt khám, chữa bệnh",
      "lượt khám, chữa bệnh được Quỹ BHYT chi trả", period=P9_I),
    F("số tiền 3.870 tỷ đồng", "3.870", 3870000000000, "money", "đồng",
      "số tiền Quỹ BHYT chi trả khám, chữa bệnh", change=CH("increase", 11.2, "%", "cùng kỳ"), period=P9_I),
    F("có 8 địa phương", "8", 8, "count", "địa phương", "địa phương đạt tỷ lệ bao phủ BHYT trên 95%", period=P30),
    F("bao phủ BHYT trên 95%", "95", 95, "percent", "%", SUBJ, approx="over", optional=True),
    F("Sầm Sơn (97,8%)", "97,8", 97.8, "percent", "%", SUBJ, period=P30, location="Sầm Sơn"),
    F("Mường Lát (97,1%)", "97,1", 97.1, "percent", "%", SUBJ, period=P30, location="Mường Lát"),
    F("Nghi Sơn (96,4%)", "96,4", 96.4, "percent", "%", SUBJ, period=P30, location="Nghi Sơn"),
    F("Hoằng Hóa (84,3%)", "84,3", 84.3, "percent", "%", SUBJ, period=P30, location="Hoằng Hóa"),
    F("Quảng Xương (85,0%)", "85,0", 85.0, "percent", "%", SUBJ, period=P30, location="Quảng Xương"),
    F("đạt 93,5% dân số", "93,5", 93.5, "percent", "%", SUBJ, status="target",
      period=P("Năm 2024", "2024-01-01", "2024-12-31")),
    F("khoảng 85.000 người", "85.000", 85000, "count", "người", "người tham gia cần phát triển thêm",
      approx="about", status="target", period=P("quý IV/2024", "2024-10-01", "2024-12-31")),
    F("tại 559 xã", "559", 559, "count", "xã, phường, thị trấn", "xã, phường, thị trấn trên địa bàn",
      optional=True),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Thanh Hóa: BHYT coverage at 30/9/2024, cards, payments 9 months, district list, 2024 target. 'Cập nhật:' dateline + view counter.",
    "Title figure 91,2% takes the as-of period from the body (inherited). 'đạt tỷ lệ bao phủ 91,2%' after the count is its percent (as h09);",
    "'tăng 46.215 người so với cùng kỳ' is the count's change. 'Trong đó' parts in người take the total; '49,6%' share stands alone (a percent has no total).",
    "'trên 95%' threshold in a defining clause and '559 xã, phường, thị trấn' (structure) optional. District list: place -> location, subject the list's indicator.",
    "'Tính đến 30/9' takes 2024 from the earlier date. 'cần phát triển thêm' = status target (as h10). Distractors: Nghị quyết số 12/NQ-HĐND, view counter, hotline.",
]

if __name__ == "__main__":
    build("p452-1", TEXT, COMMENTS, FIGS, published="2024-10-14", location="Thanh Hóa")
