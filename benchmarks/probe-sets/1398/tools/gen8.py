"""p1398-8: radio/TV site (Đài PT-TH TP Cần Thơ): online bookings 11 months 2024, a hospital in quận Ninh Kiều."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """THTPCT - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THÀNH PHỐ CẦN THƠ
Thời sự | Kinh tế | Xã hội | Sức khỏe | Video

Hơn 325 nghìn lượt đặt lịch khám trực tuyến trong 11 tháng

Cập nhật lúc 18:45, Thứ Hai, 02/12/2024

(THTPCT) - 11 tháng năm 2024, các bệnh viện công lập trên địa bàn thành phố tiếp nhận 325.480 lượt đặt lịch khám qua ứng dụng CTHealth 2.0, tổng đài và website, gấp đôi cùng kỳ năm trước.

Theo Sở Y tế Cần Thơ, toàn thành phố có 19 bệnh viện công lập, gồm 9 bệnh viện tuyến thành phố và 10 bệnh viện quận, huyện; hiện đã có 16 bệnh viện triển khai đặt lịch khám trực tuyến. Tổng số lượt khám ngoại trú 11 tháng ước khoảng 3,15 triệu lượt. Thời gian chờ khám trung bình hiện là 35 phút, riêng nhóm người bệnh đặt lịch trước khoảng 10-15 phút.

Tại Bệnh viện Đa khoa Tây Đô Xanh (quận Ninh Kiều), 14 quầy tiếp đón được chia theo 3 khu: bảo hiểm y tế, dịch vụ và đặt lịch trước. Bình quân mỗi ngày bệnh viện khám từ 1.800 đến 2.000 lượt, ngày thứ Hai có lúc lên tới 2.600 lượt. Theo bác sĩ Huỳnh Quốc Bảo, Trưởng khoa Khám bệnh, sau lần thứ 3 điều chỉnh quy trình, người bệnh chỉ còn qua 4 bước thay vì 7 bước như trước.

Dự kiến trong tháng 12, ứng dụng sẽ tích hợp thanh toán viện phí cho 5 bệnh viện. Thành phố phấn đấu đến năm 2025 có ít nhất 50% lượt khám tại các bệnh viện tuyến thành phố được đặt lịch trước.

Thanh Tâm - Minh Khoa
"""

M11H = per("11 tháng", "2024-01-01", "2024-11-30")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
M11S = per("11 tháng", "2024-01-01", "2024-11-30")
M12 = per("tháng 12", "2024-12-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
NK = "Ninh Kiều"

FIGS = [
    fig("Hơn 325 nghìn", "325", 325e3, "count", "lượt", approx="over",
        subject="lượt đặt lịch khám trực tuyến", period=M11H),
    fig("tiếp nhận 325.480", "325.480", 325480, "count", "lượt",
        change=chg("increase", 2, "lần", "cùng kỳ năm trước"),
        subject="lượt đặt lịch khám qua ứng dụng, tổng đài và website", period=M11),
    fig("có 19 bệnh viện", "19", 19, "count", "bệnh viện", subject="bệnh viện công lập"),
    fig("gồm 9 bệnh viện", "9", 9, "count", "bệnh viện", total=19, subject="bệnh viện tuyến thành phố"),
    fig("và 10 bệnh viện", "10", 10, "count", "bệnh viện", total=19, subject="bệnh viện quận, huyện"),
    fig("có 16 bệnh viện", "16", 16, "count", "bệnh viện", subject="bệnh viện triển khai đặt lịch khám trực tuyến"),
    fig("ước khoảng 3,15 triệu", "3,15", 3.15e6, "count", "lượt", approx="about", status="estimate",
        subject="tổng số lượt khám ngoại trú", period=M11S),
    fig("hiện là 35 phút", "35", 35, "measure", "phút", subject="thời gian chờ khám trung bình"),
    fig("khoảng 10-15 phút", "10", 10, "measure", "phút", value_max=15, approx="about",
        subject="thời gian chờ khám của nhóm người bệnh đặt lịch trước"),
    fig("14 quầy", "14", 14, "count", "quầy", subject="quầy tiếp đón", location=NK),
    fig("theo 3 khu", "3", 3, "count", "khu", subject="khu tiếp đón", location=NK),
    fig("từ 1.800 đến 2.000", "1.800", 1800, "measure", "lượt/ngày", value_max=2000,
        subject="lượt khám bệnh viện khám bình quân mỗi ngày", location=NK),
    fig("tới 2.600 lượt", "2.600", 2600, "count", "lượt", subject="lượt khám ngày thứ Hai", location=NK),
    fig("qua 4 bước", "4", 4, "count", "bước", subject="bước người bệnh phải qua", location=NK),
    fig("vì 7 bước", "7", 7, "count", "bước", subject="bước người bệnh phải qua trước đây", location=NK),
    fig("cho 5 bệnh viện", "5", 5, "count", "bệnh viện", status="forecast",
        subject="bệnh viện được tích hợp thanh toán viện phí trên ứng dụng", period=M12),
    fig("ít nhất 50%", "50", 50, "percent", "%", approx="at_least", status="target",
        subject="lượt khám tại các bệnh viện tuyến thành phố được đặt lịch trước", period=T25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH TP Cần Thơ): banner, menu, 'Cập nhật lúc 18:45, Thứ Hai, 02/12/2024', tag '(THTPCT) -', byline.",
    "Distractors: 18:45, 'CTHealth 2.0' (app name), 'ngày thứ Hai', 'lần thứ 3' (ordinal), 'quận Ninh Kiều'.",
    "Headline 'Hơn 325 nghìn ... trong 11 tháng' → its own figure (over), 2024 from the dateline.",
    "'gấp đôi cùng kỳ năm trước' → change (increase, 2 lần). '19 bệnh viện ..., gồm 9 ... và 10 ...' → total 19 (they add up);",
    "'hiện đã có 16 bệnh viện' after ';' has no part-of cue: no total. 'ước khoảng' → estimate + about.",
    "'hiện là 35 phút' and the 10-15 phút: no period (hiện). Hospital in quận Ninh Kiều → location Ninh Kiều for its passage;",
    "'Bình quân mỗi ngày ... từ 1.800 đến 2.000 lượt' → rate lượt/ngày; 'có lúc lên tới 2.600 lượt' → one day's count.",
    "'4 bước thay vì 7 bước như trước': both stated, two figures. 'Dự kiến trong tháng 12' → forecast, 2024-12.",
    "'phấn đấu đến năm 2025 ... ít nhất 50%' → target, at_least, start null.",
]

if __name__ == "__main__":
    write("p1398-8", TEXT, NOTES, FIGS, published="2024-12-02", location="Cần Thơ")
