"""p1384-2: district portal (thị xã Sa Pa, Lào Cai): waste collection, Sa Pa market toilets, homestay toilets, 2024 plans."""
from lib import F, P, inh, ch, tg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ SA PA - TỈNH LÀO CAI
Trang chủ | Tin tức - Sự kiện | Kinh tế - Xã hội | Du lịch

Sa Pa nâng chất lượng vệ sinh môi trường tại chợ và bản du lịch

12/06/2024 - 10:20

Từ đầu năm đến nay, thị xã đã thu gom, xử lý khoảng 7.800 tấn rác thải sinh hoạt, tăng khoảng 12% so với cùng kỳ năm 2023, bình quân gần 48 tấn/ngày. Tỷ lệ thu gom rác tại khu vực nội thị đạt 98%, tại các xã đạt 75%.

Tại chợ Sa Pa (tổ 5, phường Sa Pa), Ban quản lý chợ đã bố trí hai khu nhà vệ sinh với 24 buồng, gồm 14 buồng nữ và 10 buồng nam; lắp đặt 60 thùng rác phân loại. Mỗi ngày chợ phát sinh từ 3 đến 4 tấn rác, được Công ty cổ phần Môi trường đô thị Hoàng Liên thu gom trong ngày. Mỗi hộ kinh doanh nộp phí vệ sinh 120.000 đồng/tháng.

Tại bản Cát Cát và Tả Van, thị xã hỗ trợ gần ba chục hộ làm du lịch cộng đồng cải tạo nhà vệ sinh tự hoại, mức hỗ trợ 10 triệu đồng/hộ. Năm nay, bản Cát Cát dự kiến đón khoảng 600.000 lượt khách, chiếm khoảng 35% lượng khách đến Sa Pa.

Năm 2024, thị xã phấn đấu 100% điểm du lịch có nhà vệ sinh đạt chuẩn; dự kiến đầu tư thêm 5 nhà vệ sinh công cộng tại Quảng trường, Nhà thờ đá với kinh phí từ 2,5 đến 3 tỷ đồng. Người dân, du khách phản ánh về vệ sinh môi trường qua đường dây nóng 0214.3871.520.

Tin khác:
- Sa Pa tổ chức Tuần Văn hóa - Du lịch năm 2024
- Ra quân Ngày Chủ nhật xanh lần thứ 12

Cơ quan chủ quản: UBND thị xã Sa Pa
Địa chỉ: Số 1 đường Xuân Viên, phường Sa Pa, thị xã Sa Pa, tỉnh Lào Cai
"""

YTD = P("Từ đầu năm đến nay", "2024-01-01", "2024-06-12")
NOW = P("Năm nay", "2024-01-01", "2024-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("khoảng 7.800 tấn", "7.800", 7800, "measure", "tấn", approx="about",
      change=ch("increase", 12, "%", "cùng kỳ năm 2023", approx="about"),
      subject="rác thải sinh hoạt thị xã thu gom, xử lý", period=YTD),
    F("gần 48 tấn", "48", 48, "measure", "tấn/ngày", approx="nearly",
      subject="rác thải sinh hoạt thu gom bình quân", period=YTD),
    F("nội thị đạt 98%", "98", 98, "percent", "%",
      subject="tỷ lệ thu gom rác tại khu vực nội thị", period=inh(YTD)),
    F("các xã đạt 75%", "75", 75, "percent", "%",
      subject="tỷ lệ thu gom rác tại các xã", period=inh(YTD)),
    F("hai khu nhà", "hai", 2, "count", "khu nhà vệ sinh",
      subject="khu nhà vệ sinh Ban quản lý chợ Sa Pa bố trí"),
    F("với 24 buồng", "24", 24, "count", "buồng", subject="buồng vệ sinh tại chợ Sa Pa"),
    F("gồm 14 buồng", "14", 14, "count", "buồng", total=24, subject="buồng nữ"),
    F("và 10 buồng", "10", 10, "count", "buồng", total=24, subject="buồng nam"),
    F("đặt 60 thùng", "60", 60, "count", "thùng rác", subject="thùng rác phân loại lắp đặt tại chợ"),
    F("từ 3 đến 4 tấn", "3", 3, "measure", "tấn/ngày", value_max=4,
      subject="rác chợ phát sinh mỗi ngày"),
    F("phí vệ sinh 120.000", "120.000", 120000, "money", "đồng/tháng",
      subject="phí vệ sinh mỗi hộ kinh doanh nộp"),
    F("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
      subject="hộ làm du lịch cộng đồng tại bản Cát Cát và Tả Van được hỗ trợ cải tạo nhà vệ sinh tự hoại"),
    F("hỗ trợ 10 triệu", "10", 10e6, "money", "đồng/hộ",
      subject="mức hỗ trợ cải tạo nhà vệ sinh tự hoại"),
    F("khoảng 600.000 lượt", "600.000", 600000, "count", "lượt khách", approx="about", percent=35,
      status="forecast", subject="lượt khách bản Cát Cát đón", period=NOW),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="điểm du lịch có nhà vệ sinh đạt chuẩn", period=Y24),
    F("thêm 5 nhà", "5", 5, "count", "nhà vệ sinh", status="forecast",
      subject="nhà vệ sinh công cộng đầu tư thêm tại Quảng trường, Nhà thờ đá", period=Y24),
    F("từ 2,5 đến 3 tỷ", "2,5", 2.5e9, "money", "đồng", value_max=3e9, status="forecast",
      subject="kinh phí đầu tư nhà vệ sinh công cộng", period=Y24),
]

NOTES = [
    "District portal (thị xã Sa Pa, Lào Cai): banner, menu, '12/06/2024 - 10:20' under the headline, 'Tin khác', footer address.",
    "Distractors: 10:20, 'tổ 5', hotline 0214.3871.520, 'Số 1 đường Xuân Viên', 'năm 2024' and 'lần thứ 12' in link titles.",
    "Location Sa Pa (the town) for all figures; bản Cát Cát and Tả Van lie in the town. 'Từ đầu năm đến nay' ends at the dateline.",
    "98% and 75% stand in the sentence after the period phrase: period inherited (not scored).",
    "'gồm 14 buồng nữ và 10 buồng nam' -> total 24. 'Mỗi ngày ... từ 3 đến 4 tấn' -> measure tấn/ngày, range.",
    "'gần ba chục hộ' is a number word (30, nearly). 'chiếm khoảng 35%' -> percent of the 600.000 visits (forecast, 'dự kiến').",
    "revised after the first run (consistency with p5): the sites named by 'tại ...' join the subjects of 'thêm 5 nhà' and 'gần ba chục hộ'.",
    "'Năm 2024, thị xã phấn đấu 100% ...' -> target; the next clause 'dự kiến đầu tư thêm ...' has its own cue -> forecast.",
]

if __name__ == "__main__":
    write("p1384-2", TEXT, NOTES, FIGS, published="2024-06-12", location="Sa Pa")
