"""p1002-8: Báo Long An online (provincial paper, headline figure, (BLA) tag) - tổ liên gia, thực tập 5 tháng 2025."""
from lib import F, change, inherit, period, write

TEXT = """Long An: Hơn 3.100 tổ liên gia an toàn PCCC đi vào hoạt động

Cập nhật lúc 10:05, Thứ sáu, 13/06/2025

(BLA) - Theo Công an tỉnh Long An, đến cuối tháng 5/2025, toàn tỉnh đã thành lập 3.126 tổ liên gia an toàn PCCC, đạt 96,2% chỉ tiêu Kế hoạch số 3368/KH-UBND, với 52.870 hộ tham gia. Trong số này, huyện Đức Hòa có nhiều tổ nhất với 412 tổ, kế đến là TP Tân An (356 tổ) và huyện Bến Lức (298 tổ).

5 tháng đầu năm, Công an các địa phương tổ chức 684 buổi thực tập phương án chữa cháy tại khu dân cư, khu nhà trọ công nhân, thu hút 21.450 lượt người tham gia, tăng 27% so với cùng kỳ năm 2024. Qua kiểm tra, lực lượng chức năng hướng dẫn người dân mở 1.215 lối thoát nạn thứ hai, lắp đặt 860 thiết bị báo cháy độc lập và trang bị 7.340 bình chữa cháy, trong đó có 5.120 bình bột loại 4 kg.

Tại các khu nhà trọ dọc Quốc lộ 1 và đường tỉnh 830, nhiều chủ nhà trọ đã trang bị bình chữa cháy cho từng dãy phòng. Bà Trần Thị Mai (ấp 3, xã Long Hiệp, huyện Bến Lức), chủ dãy trọ 24 phòng, cho biết chi phí trang bị 6 bình chữa cháy và đèn chiếu sáng sự cố khoảng 4,5 triệu đồng.

Từ đầu năm đến nay, toàn tỉnh xảy ra 9 vụ cháy, không có thiệt hại về người; thiệt hại tài sản giảm gần 48% so với cùng kỳ.

Theo kế hoạch, đến cuối năm 2025, Long An sẽ có ít nhất 3.250 tổ liên gia; tỷ lệ hộ kinh doanh có bình chữa cháy đạt trên 95%.

MINH TRÍ
"""

ASOF = period("đến cuối tháng 5/2025", end="2025-05-31")
M5 = period("5 tháng đầu năm", "2025-01-01", "2025-05-31")
YTD = period("Từ đầu năm đến nay", "2025-01-01", "2025-06-13")
GOAL = period("đến cuối năm 2025", end="2025-12-31")
TO = "tổ liên gia an toàn PCCC"
BL = "Bến Lức"

FIGS = [
    F("Hơn 3.100 tổ", "3.100", 3100, "count", "tổ", "tổ liên gia an toàn PCCC đi vào hoạt động", approx="over"),
    F("thành lập 3.126 tổ", "3.126", 3126, "count", "tổ", "tổ liên gia an toàn PCCC thành lập", ASOF, percent=96.2),
    F("với 52.870 hộ", "52.870", 52870, "count", "hộ", "hộ tham gia tổ liên gia", ASOF),
    F("với 412 tổ", "412", 412, "count", "tổ", TO, inherit(ASOF), total=3126, location="Đức Hòa"),
    F("Tân An (356 tổ)", "356", 356, "count", "tổ", TO, inherit(ASOF), total=3126, location="Tân An"),
    F("Bến Lức (298 tổ)", "298", 298, "count", "tổ", TO, inherit(ASOF), total=3126, location=BL),
    F("tổ chức 684 buổi", "684", 684, "count", "buổi", "buổi thực tập phương án chữa cháy", M5),
    F("thu hút 21.450 lượt người", "21.450", 21450, "count", "lượt người", "lượt người tham gia thực tập", M5,
      change=change("increase", 27, "%", "cùng kỳ năm 2024")),
    F("mở 1.215 lối thoát nạn", "1.215", 1215, "count", "lối thoát nạn", "lối thoát nạn thứ hai mở", inherit(M5)),
    F("lắp đặt 860 thiết bị", "860", 860, "count", "thiết bị", "thiết bị báo cháy độc lập lắp đặt", inherit(M5)),
    F("trang bị 7.340 bình", "7.340", 7340, "count", "bình", "bình chữa cháy trang bị", inherit(M5)),
    F("có 5.120 bình", "5.120", 5120, "count", "bình", "bình bột loại 4 kg", inherit(M5), total=7340),
    F("bột loại 4 kg", "4", 4, "measure", "kg", "loại bình bột", optional=True),
    F("dãy trọ 24 phòng", "24", 24, "count", "phòng", "phòng của dãy trọ", location=BL, optional=True),
    F("trang bị 6 bình", "6", 6, "count", "bình", "bình chữa cháy chủ nhà trọ trang bị", location=BL),
    F("khoảng 4,5 triệu đồng", "4,5", 4.5e6, "money", "đồng",
      "chi phí trang bị bình chữa cháy và đèn chiếu sáng sự cố", approx="about", location=BL),
    F("xảy ra 9 vụ cháy", "9", 9, "count", "vụ", "vụ cháy", YTD),
    F("gần 48%", "48", 48, "percent", "%", "thiệt hại tài sản do cháy giảm so với cùng kỳ", YTD, approx="nearly"),
    F("ít nhất 3.250 tổ", "3.250", 3250, "count", "tổ", "tổ liên gia", GOAL, approx="at_least", status="target"),
    F("trên 95%", "95", 95, "percent", "%", "tỷ lệ hộ kinh doanh có bình chữa cháy", GOAL, approx="over",
      status="target"),
]

NOTES = [
    "Báo Long An online: tổ liên gia an toàn PCCC đến cuối tháng 5/2025, thực tập, lối thoát nạn, bình chữa cháy; cháy từ đầu năm.",
    "'Cập nhật lúc 10:05, Thứ sáu, 13/06/2025' gives published; the (BLA) tag and 'Long An' give the location. Kế hoạch số",
    "3368/KH-UBND, Quốc lộ 1, đường tỉnh 830, ấp 3, 'lối thoát nạn thứ hai' are not figures. 'loại 4 kg' and 'dãy trọ 24 phòng'",
    "(a class and the example's size) are optional. 'Trong số này' makes the district items parts of 3.126 tổ; 'trong đó có 5.120",
    "bình bột' is a part of 7.340 bình. 'giảm gần 48%' (no base amount) is a percent figure; 'Theo kế hoạch ... sẽ có' is target.",
]

if __name__ == "__main__":
    write(8, TEXT, FIGS, NOTES, published="2025-06-13", location="Long An")
