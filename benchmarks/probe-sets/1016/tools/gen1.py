"""p1016-1: Thanh Hóa province portal, civil registration in H1/2024."""
from lib import F, period, inherit, change, write_set

TEXT = """Trang chủ > Tin tức - Sự kiện > Cải cách hành chính

Hơn 24.000 trẻ em được đăng ký khai sinh trong 6 tháng

Cập nhật: 12/07/2024 09:45 | Lượt xem: 2.317

Tại Hội nghị sơ kết công tác tư pháp 6 tháng đầu năm tổ chức ngày 10/7, Sở Tư pháp Thanh Hóa cho biết: 6 tháng đầu năm 2024, các cơ quan đăng ký hộ tịch trên địa bàn tỉnh đã đăng ký khai sinh cho 24.385 trường hợp, tăng 3,2% so với cùng kỳ năm 2023. Trong đó, đăng ký khai sinh đúng hạn 22.976 trường hợp, chiếm 94,2%; đăng ký khai sinh quá hạn 1.409 trường hợp. Ngoài ra, các địa phương đã đăng ký lại khai sinh cho 312 trường hợp.

Số hồ sơ đăng ký khai sinh trực tuyến đạt 18.760 hồ sơ, chiếm 76,9% tổng số hồ sơ khai sinh, tăng 4.120 hồ sơ so với cùng kỳ. Đối với nhóm thủ tục liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi trên Cổng Dịch vụ công quốc gia, toàn tỉnh tiếp nhận 9.842 hồ sơ, trả kết quả đúng hạn 9.615 hồ sơ, đạt 97,7%. Từ ngày 01/7/2024, tỉnh triển khai thực hiện liên thông theo Nghị định số 63/2024/NĐ-CP của Chính phủ.

Về các việc hộ tịch khác, toàn tỉnh đăng ký kết hôn cho 8.127 cặp, đăng ký khai tử 7.065 trường hợp, cấp khoảng 41.300 bản sao trích lục hộ tịch; tổng số lệ phí thu được hơn 1,2 tỷ đồng.

Các địa phương có số trường hợp đăng ký khai sinh nhiều nhất là TP. Thanh Hóa (2.846 trường hợp), thị xã Nghi Sơn (1.512 trường hợp) và huyện Quảng Xương (1.487 trường hợp).

Ước cả năm 2024, toàn tỉnh đăng ký khai sinh cho khoảng 49.000 trường hợp. Tỉnh phấn đấu đến hết năm 2024, tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh đạt trên 98% và tỷ lệ hồ sơ khai sinh trực tuyến đạt ít nhất 80%.
"""

H1 = period("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
HEAD = period("6 tháng", "2024-01-01", "2024-06-30")
Y24 = period("năm 2024", "2024-01-01", "2024-12-31")
BY_END = period("đến hết năm 2024", None, "2024-12-31")

FIGS = [
    F("Hơn 24.000 trẻ em", "24.000", 24000, "count", "trẻ em", "trẻ em được đăng ký khai sinh", HEAD, approx="over"),
    F("khai sinh cho 24.385 trường hợp", "24.385", 24385, "count", "trường hợp", "trường hợp đăng ký khai sinh", H1,
      change=change("increase", 3.2, "%", "cùng kỳ năm 2023")),
    F("đúng hạn 22.976 trường hợp", "22.976", 22976, "count", "trường hợp", "trường hợp đăng ký khai sinh đúng hạn",
      inherit(H1), total=24385, percent=94.2),
    F("quá hạn 1.409 trường hợp", "1.409", 1409, "count", "trường hợp", "trường hợp đăng ký khai sinh quá hạn",
      inherit(H1), total=24385),
    F("cho 312 trường hợp", "312", 312, "count", "trường hợp", "trường hợp đăng ký lại khai sinh", inherit(H1)),
    F("đạt 18.760 hồ sơ", "18.760", 18760, "count", "hồ sơ", "hồ sơ đăng ký khai sinh trực tuyến", inherit(H1),
      percent=76.9, change=change("increase", 4120, "hồ sơ", "cùng kỳ")),
    F("dưới 6 tuổi", "6", 6, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("tiếp nhận 9.842 hồ sơ", "9.842", 9842, "count", "hồ sơ",
      "hồ sơ liên thông đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế tiếp nhận", inherit(H1)),
    F("đúng hạn 9.615 hồ sơ", "9.615", 9615, "count", "hồ sơ", "hồ sơ liên thông trả kết quả đúng hạn", inherit(H1),
      percent=97.7),
    F("8.127 cặp", "8.127", 8127, "count", "cặp", "cặp đăng ký kết hôn", inherit(H1)),
    F("khai tử 7.065 trường hợp", "7.065", 7065, "count", "trường hợp", "trường hợp đăng ký khai tử", inherit(H1)),
    F("khoảng 41.300 bản", "41.300", 41300, "count", "bản", "bản sao trích lục hộ tịch được cấp", inherit(H1),
      approx="about"),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "lệ phí thu được", inherit(H1), approx="over"),
    F("(2.846 trường hợp)", "2.846", 2846, "count", "trường hợp", "trường hợp đăng ký khai sinh", inherit(H1),
      location="TP. Thanh Hóa"),
    F("(1.512 trường hợp)", "1.512", 1512, "count", "trường hợp", "trường hợp đăng ký khai sinh", inherit(H1),
      location="Nghi Sơn"),
    F("(1.487 trường hợp)", "1.487", 1487, "count", "trường hợp", "trường hợp đăng ký khai sinh", inherit(H1),
      location="Quảng Xương"),
    F("khoảng 49.000 trường hợp", "49.000", 49000, "count", "trường hợp", "trường hợp đăng ký khai sinh", Y24,
      approx="about", status="estimate"),
    F("dưới 1 tuổi", "1", 1, "measure", "tuổi", "trẻ em", approx="under", optional=True),
    F("đạt trên 98%", "98", 98, "percent", "%", "tỷ lệ trẻ em dưới 1 tuổi được đăng ký khai sinh", BY_END,
      approx="over", status="target"),
    F("ít nhất 80%", "80", 80, "percent", "%", "tỷ lệ hồ sơ khai sinh trực tuyến", BY_END,
      approx="at_least", status="target"),
]

NOTES = [
    "Cổng TTĐT tỉnh Thanh Hóa: kết quả đăng ký hộ tịch 6 tháng đầu năm 2024. Dateline 'Cập nhật: 12/07/2024 09:45'.",
    "Distractors: 'Lượt xem: 2.317', 'Hội nghị sơ kết ... 6 tháng đầu năm' (a meeting's name), 'ngày 10/7', 'ngày 01/7/2024',",
    "'Nghị định số 63/2024/NĐ-CP'. Headline '6 tháng' has no year: 2024 from the dateline. 'dưới 6/1 tuổi' are category thresholds (optional).",
    "9.615 follows 9.842 without a part-of cue (no 'trong đó'): percent only, no total. 312 (re-registration) stands in its own sentence: no total.",
]

if __name__ == "__main__":
    write_set("p1016-1", TEXT, NOTES, FIGS, published="2024-07-12", location="Thanh Hóa")
