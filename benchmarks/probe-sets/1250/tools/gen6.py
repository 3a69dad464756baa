"""p1250-6: national newspaper: a Đà Nẵng startup making low-cost automatic rain gauges."""
from lib import F, period, inherit, change, target, write

TEXT = """Thời sự › Khoa học

Thứ sáu, 8/11/2024, 07:30 (GMT+7)

Startup Đà Nẵng làm trạm đo mưa giá rẻ cho vùng lũ

Trạm đo mưa tự động do một nhóm kỹ sư Đà Nẵng phát triển có giá chỉ 45-60 triệu đồng, rẻ hơn khoảng 60% so với thiết bị nhập khẩu cùng loại.

Công ty TNHH Giải pháp Quan trắc Trường An được thành lập năm 2019 tại Khu công viên phần mềm số 2, quận Hải Châu. Từ năm 2019 đến nay, công ty đã lắp đặt hơn 1.200 trạm cho 27 tỉnh, thành phố, trong đó khoảng 70% là trạm đo mưa, phần còn lại là trạm đo mực nước và trạm khí tượng.

"Mỗi trạm tiêu thụ dưới 5 W, chạy bằng pin mặt trời và gửi số liệu qua sóng 2G/4G, có thể hoạt động liên tục 15 ngày khi trời âm u", anh Lê Quang Vinh, giám đốc công ty, nói. Sản phẩm TA-R200 đã được Cục Khí tượng Thủy văn kiểm định, đạt sai số đo mưa không quá 4%.

Năm 2023, doanh thu của công ty đạt 68 tỷ đồng, gấp 2,5 lần năm 2021. 9 tháng đầu năm nay, doanh thu đạt 57 tỷ đồng, tăng 18% so với cùng kỳ, bằng 76% kế hoạch năm. Công ty có 46 kỹ sư, kỹ thuật viên, tuổi bình quân 29.

Theo Cục Khí tượng Thủy văn, cả nước hiện có khoảng 6.500 trạm đo mưa tự động chuyên dùng, gấp hơn 3 lần năm 2018. Trường An hiện xếp thứ hai về số trạm đo mưa chuyên dùng do doanh nghiệp trong nước cung cấp.

Dự kiến đến năm 2026, công ty sẽ xuất khẩu khoảng 300 trạm sang Lào và Campuchia.

Hoài Thu
"""

SINCE = period("Từ năm 2019 đến nay", "2019-01-01", "2024-11-08")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M9 = period("9 tháng đầu năm nay", "2024-01-01", "2024-09-30")
TO2026 = period("đến năm 2026", None, "2026-12-31")
VN = "Việt Nam"

FIGS = [
    F("chỉ 45-60", "45", 45e6, "money", "đồng", value_max=60e6,
      change=change("decrease", 60, "%", "thiết bị nhập khẩu cùng loại", approx="about"),
      subject="giá trạm đo mưa tự động"),
    F("hơn 1.200 trạm", "1.200", 1200, "count", "trạm", approx="over",
      subject="trạm công ty đã lắp đặt", per=SINCE),
    F("cho 27 tỉnh", "27", 27, "count", "tỉnh, thành phố",
      subject="tỉnh, thành phố công ty lắp đặt trạm", per=SINCE, location=VN),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ trạm đo mưa trong số trạm công ty lắp đặt", per=SINCE),
    F("dưới 5 W", "5", 5, "measure", "W", approx="under", subject="điện năng mỗi trạm tiêu thụ"),
    F("liên tục 15 ngày", "15", 15, "measure", "ngày",
      subject="thời gian trạm hoạt động liên tục khi trời âm u"),
    F("không quá 4%", "4", 4, "percent", "%", approx="at_most", subject="sai số đo mưa"),
    F("đạt 68 tỷ", "68", 68e9, "money", "đồng", change=change("increase", 2.5, "lần", "năm 2021"),
      subject="doanh thu của công ty", per=Y23),
    F("đạt 57 tỷ", "57", 57e9, "money", "đồng", change=change("increase", 18, "%", "cùng kỳ"), percent=76,
      subject="doanh thu", per=M9),
    F("có 46 kỹ sư", "46", 46, "count", "kỹ sư, kỹ thuật viên", subject="kỹ sư, kỹ thuật viên của công ty"),
    F("bình quân 29", "29", 29, "measure", "tuổi", subject="tuổi bình quân kỹ sư, kỹ thuật viên"),
    F("khoảng 6.500 trạm", "6.500", 6500, "count", "trạm", approx="about",
      change=change("increase", 3, "lần", "năm 2018", approx="over"),
      subject="trạm đo mưa tự động chuyên dùng", location=VN),
    F("xếp thứ hai", "hai", 2, "rank", "hạng",
      subject="số trạm đo mưa chuyên dùng do doanh nghiệp trong nước cung cấp"),
    F("khoảng 300 trạm", "300", 300, "count", "trạm", approx="about", status="forecast",
      subject="trạm công ty xuất khẩu sang Lào và Campuchia", per=TO2026),
]

NOTES = [
    "National newspaper: section path, 'Thứ sáu, 8/11/2024, 07:30 (GMT+7)', sapo, quote, byline 'Hoài Thu' at the end.",
    "Distractors: 07:30, (GMT+7), 'năm 2019' (founding), 'Khu công viên phần mềm số 2', '2G/4G', product 'TA-R200',",
    "  'một nhóm kỹ sư' (an indefinite 'a group', not a count), baselines 'năm 2021', 'năm 2018'.",
    "The company (Đà Nẵng, quận Hải Châu) is the article's place: default location Đà Nẵng; Lào and Campuchia are export markets.",
    "'27 tỉnh, thành phố' is a count of provinces: Việt Nam (FIGURES.md). National 6.500 stations (Cục KTTV, 'cả nước'): Việt Nam.",
    "'rẻ hơn khoảng 60% so với thiết bị nhập khẩu' is the price range's change (decrease). 'gấp 2,5 lần năm 2021',",
    "  'gấp hơn 3 lần năm 2018' after an amount are changes in 'lần'.",
    "'57 tỷ đồng, tăng 18% so với cùng kỳ, bằng 76% kế hoạch năm': change 18% and percent 76 (one of each attribute).",
    "'9 tháng đầu năm nay' takes the dateline year 2024. 'Từ năm 2019 đến nay' ends at the dateline. 'hiện' gives no period.",
    "'trong đó khoảng 70% là trạm đo mưa' is a percent figure of its own.",
]

if __name__ == "__main__":
    write("p1250-6", TEXT, NOTES, FIGS, published="2024-11-08", location="Đà Nẵng")
