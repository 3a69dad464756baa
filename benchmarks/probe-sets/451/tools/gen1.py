from lib import build, F, P, C, T

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Trang chủ > Tin tức > Kinh tế

Bình Định: Khai thác hải sản 9 tháng năm 2024 tăng trưởng khá, kiểm soát chặt đội tàu xa bờ
Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.318

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, tổng sản lượng khai thác hải sản của tỉnh ước đạt 193.560 tấn, tăng 3,2% so với cùng kỳ năm 2023 và đạt 76,8% kế hoạch năm. Trong đó, cá ngừ đại dương ước đạt 8.150 tấn, chiếm 4,2% tổng sản lượng.

Tính đến ngày 30/9/2024, toàn tỉnh có 5.712 tàu cá đã đăng ký, trong đó tàu có chiều dài từ 15 m trở lên là 3.068 chiếc, từ 12 m đến dưới 15 m là 917 chiếc và từ 6 m đến dưới 12 m là 1.727 chiếc. Số tàu cá đã được cấp giấy phép khai thác là 5.504 chiếc, đạt 96,4%.

Về giám sát hành trình, 3.068/3.068 tàu cá dài từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình (VMS), đạt 100%. Từ đầu năm đến nay, hệ thống ghi nhận 1.246 lượt tàu mất kết nối trên 6 giờ, giảm 18,5% so với cùng kỳ; 27 lượt tàu vượt ranh giới cho phép khai thác trên biển. Lực lượng chức năng đã kiểm tra, xử lý 64 trường hợp vi phạm, phạt tiền 2,85 tỷ đồng; riêng ba tàu cá (BĐ 97312 TS, BĐ 98045 TS, BĐ 96771 TS) bị đưa vào danh sách tàu có nguy cơ cao vi phạm vùng biển nước ngoài.

Phấn đấu cả năm 2024, sản lượng khai thác đạt 252.000 tấn; 100% tàu cá cập cảng được kiểm soát, truy xuất nguồn gốc theo Quyết định số 1129/QĐ-UBND của UBND tỉnh.

Mọi phản ánh về tàu cá vi phạm xin gửi về Chi cục Thủy sản, số 27 đường Lê Lợi, TP Quy Nhơn; đường dây nóng: 0256.3822.157.
"""

PY = P("9 tháng năm 2024", "2024-01-01", "2024-09-30")
PYi = P("9 tháng năm 2024", "2024-01-01", "2024-09-30", inherited=True)
AS = P("Tính đến ngày 30/9/2024", None, "2024-09-30")
ASi = P("Tính đến ngày 30/9/2024", None, "2024-09-30", inherited=True)
YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
YTDi = P("Từ đầu năm đến nay", "2024-01-01", "2024-10-14", inherited=True)
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("ước đạt 193.560 tấn", "193.560", 193560, "measure", "tấn", "tổng sản lượng khai thác hải sản",
      status="estimate", change=C("increase", 3.2, "%", "cùng kỳ năm 2023"), percent=76.8, period=PY),
    F("ước đạt 8.150 tấn", "8.150", 8150, "measure", "tấn", "sản lượng cá ngừ đại dương",
      status="estimate", total=193560, percent=4.2, period=PYi),
    F("có 5.712 tàu cá", "5.712", 5712, "count", "tàu cá", "tàu cá đã đăng ký", period=AS),
    F("từ 15 m trở lên là", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("là 3.068 chiếc", "3.068", 3068, "count", "chiếc", "tàu có chiều dài từ 15 m trở lên",
      total=5712, period=AS),
    F("từ 12 m đến dưới 15 m", "12", 12, "measure", "m", "chiều dài tàu", value_max=15, optional=True),
    F("là 917 chiếc", "917", 917, "count", "chiếc", "tàu có chiều dài từ 12 m đến dưới 15 m",
      total=5712, period=AS),
    F("từ 6 m đến dưới 12 m", "6", 6, "measure", "m", "chiều dài tàu", value_max=12, optional=True),
    F("là 1.727 chiếc", "1.727", 1727, "count", "chiếc", "tàu có chiều dài từ 6 m đến dưới 12 m",
      total=5712, period=AS),
    F("là 5.504 chiếc", "5.504", 5504, "count", "chiếc", "tàu cá đã được cấp giấy phép khai thác",
      percent=96.4, period=ASi),
    F("3.068/3.068 tàu", "3.068", 3068, "count", "tàu cá", "tàu cá dài từ 15 m trở lên đã lắp đặt thiết bị giám sát hành trình",
      total=3068, percent=100),
    F("dài từ 15 m trở lên đã", "15", 15, "measure", "m", "chiều dài tàu", approx="at_least", optional=True),
    F("ghi nhận 1.246 lượt tàu", "1.246", 1246, "count", "lượt tàu", "lượt tàu mất kết nối",
      change=C("decrease", 18.5, "%", "cùng kỳ"), period=YTD),
    F("kết nối trên 6 giờ", "6", 6, "measure", "giờ", "thời gian mất kết nối", approx="over", optional=True),
    F("27 lượt tàu vượt ranh giới", "27", 27, "count", "lượt tàu", "lượt tàu vượt ranh giới cho phép khai thác trên biển",
      period=YTD),
    F("xử lý 64 trường hợp", "64", 64, "count", "trường hợp", "trường hợp vi phạm được kiểm tra, xử lý", period=YTDi),
    F("phạt tiền 2,85 tỷ đồng", "2,85", 2850000000, "money", "đồng", "tiền phạt vi phạm", period=YTDi),
    F("riêng ba tàu cá", "ba", 3, "count", "tàu cá", "tàu cá có nguy cơ cao vi phạm vùng biển nước ngoài", period=YTDi),
    F("đạt 252.000 tấn", "252.000", 252000, "measure", "tấn", "sản lượng khai thác", status="target", period=Y24),
    F("100% tàu cá cập cảng", "100", 100, "percent", "%", "tàu cá cập cảng được kiểm soát, truy xuất nguồn gốc",
      status="target", period=Y24),
]

COMMENTS = [
    "Cổng TTĐT tỉnh Bình Định (province portal): 9-month fisheries catch, fleet by length class, VMS, violations, 2024 targets.",
    "Dateline 'Cập nhật: 14/10/2024 09:15 | Lượt xem: 2.318' (view counter is page furniture). 'Từ đầu năm đến nay' ends at the dateline.",
    "Catch in tấn is a measure (unit of weight, as km or ha in FIGURES.md; shared gold uses measure for tấn); 'đạt 76,8% kế hoạch năm' is the percent of 193.560 tấn.",
    "'Trong đó, cá ngừ …' is a part of the catch: total 193.560 tấn; 'ước đạt' makes it an estimate; period inherited from the previous sentence.",
    "Length classes 'từ 15 m trở lên', 'từ 12 m đến dưới 15 m' are category bounds, optional; 'trên 6 giờ' a threshold, optional.",
    "The three length classes after 'trong đó' add up to 5.712 tàu: total. 5.504 chiếc 'đạt 96,4%' has no part-of cue: percent only.",
    "Distractors: vessel registration numbers 'BĐ 97312 TS' etc., 'Quyết định số 1129/QĐ-UBND', 'số 27 đường Lê Lợi', phone, 'TP Quy Nhơn' (address only).",
    "'Phấn đấu cả năm 2024' governs both target clauses.",
]

build("p451-1", TEXT, FIGS, COMMENTS, "Bình Định", "2024-10-14")
