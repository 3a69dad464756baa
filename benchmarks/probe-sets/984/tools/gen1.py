"""p984-1: province portal (Quảng Bình), Q1/2024 port landings, VMS installation, lost connections."""
from lib import F, asof, change, inh, period, quarter, target, write, year

TEXT = """
Cổng thông tin điện tử tỉnh Quảng Bình
Trang chủ > Tin tức - Sự kiện > Kinh tế
Quý I, hơn 8.600 tấn hải sản được bốc dỡ qua cảng cá
Cập nhật: 12/04/2024 09:45 | Lượt xem: 2.316

Theo báo cáo của Sở Nông nghiệp và Phát triển nông thôn, quý I/2024 các cảng cá trên địa bàn tỉnh đã tiếp nhận 3.184 lượt tàu cá cập cảng, tăng 12,4% so với cùng kỳ năm 2023; sản lượng hải sản bốc dỡ qua cảng đạt 8.652 tấn, tăng 6,8%. Trong đó, cảng cá Sông Gianh chiếm 61,5% sản lượng, cảng cá Nhật Lệ chiếm 38,5%.

Toàn tỉnh hiện có 6.012 tàu cá, trong đó 1.158 tàu có chiều dài từ 15 m trở lên thuộc diện phải lắp thiết bị giám sát hành trình (GSHT). Đến ngày 31/3/2024, đã có 1.151/1.158 tàu lắp đặt thiết bị, đạt 99,4%; 7 tàu chưa lắp đều đang nằm bờ, không hoạt động.

Trong quý I, hệ thống giám sát tàu cá ghi nhận 214 lượt tàu mất kết nối quá 6 giờ khi hoạt động trên biển, giảm 35 lượt so với cùng kỳ; có 9 tàu mất kết nối trên 10 ngày. Lực lượng chức năng đã xử phạt 11 trường hợp vi phạm quy định về duy trì thiết bị GSHT với tổng số tiền 1,27 tỷ đồng.

Thực hiện Nghị định số 26/2019/NĐ-CP của Chính phủ, từ đầu năm đến nay Chi cục Thủy sản đã cấp 126 giấy xác nhận nguyên liệu thủy sản khai thác với tổng khối lượng gần 1.450 tấn, chủ yếu là mực và cá hố xuất khẩu sang Nhật Bản, Hàn Quốc.

Theo Kế hoạch số 512/KH-UBND, năm 2024 tỉnh phấn đấu sản lượng bốc dỡ qua cảng đạt 35.000 tấn; tỷ lệ tàu cá từ 15 m trở lên duy trì kết nối thiết bị GSHT khi hoạt động trên biển đạt 100%.

Bản quyền thuộc UBND tỉnh Quảng Bình. Địa chỉ: số 6 Hùng Vương, TP Đồng Hới. Điện thoại: 0232.3822.614
"""

Q1 = quarter(2024, 1, "quý I/2024")
Q1h = quarter(2024, 1, "Quý I")
Q1b = quarter(2024, 1, "Trong quý I")
D = asof("2024-03-31", "Đến ngày 31/3/2024")
YTD = period("từ đầu năm đến nay", "2024-01-01", "2024-04-12")
Y = year(2024)

FIGS = [
    F("hơn 8.600 tấn", "8.600", 8600, "measure", "tấn", "hải sản được bốc dỡ qua cảng cá", Q1h, approx="over"),
    F("tiếp nhận 3.184 lượt", "3.184", 3184, "count", "lượt tàu cá", "lượt tàu cá cập cảng", Q1,
      change=change("increase", 12.4, baseline="cùng kỳ năm 2023")),
    F("đạt 8.652 tấn", "8.652", 8652, "measure", "tấn", "sản lượng hải sản bốc dỡ qua cảng", Q1,
      change=change("increase", 6.8)),
    F("chiếm 61,5%", "61,5", 61.5, "percent", "%", "tỷ trọng sản lượng của cảng cá Sông Gianh", inh(Q1)),
    F("chiếm 38,5%", "38,5", 38.5, "percent", "%", "tỷ trọng sản lượng của cảng cá Nhật Lệ", inh(Q1)),
    F("có 6.012 tàu cá", "6.012", 6012, "count", "tàu cá", "tàu cá toàn tỉnh"),
    F("1.158 tàu có chiều dài", "1.158", 1158, "count", "tàu", "tàu có chiều dài từ 15 m trở lên thuộc diện phải lắp thiết bị giám sát hành trình",
      total=6012),
    F("chiều dài từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu thuộc diện lắp thiết bị", approx="at_least", optional=True),
    F("1.151/1.158 tàu", "1.151", 1151, "count", "tàu", "tàu lắp đặt thiết bị GSHT", D, total=1158, percent=99.4),
    F("7 tàu chưa lắp", "7", 7, "count", "tàu", "tàu chưa lắp thiết bị GSHT", D),
    F("ghi nhận 214 lượt", "214", 214, "count", "lượt tàu", "lượt tàu mất kết nối quá 6 giờ khi hoạt động trên biển", Q1b,
      change=change("decrease", 35, "lượt", "cùng kỳ")),
    F("quá 6 giờ", "6", 6, "measure", "giờ", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("có 9 tàu mất kết nối", "9", 9, "count", "tàu", "tàu mất kết nối trên 10 ngày", Q1b),
    F("trên 10 ngày", "10", 10, "measure", "ngày", "ngưỡng thời gian mất kết nối", approx="over", optional=True),
    F("xử phạt 11 trường hợp", "11", 11, "count", "trường hợp", "trường hợp vi phạm quy định về duy trì thiết bị GSHT bị xử phạt", inh(Q1b)),
    F("1,27 tỷ đồng", "1,27", 1.27e9, "money", "đồng", "tổng số tiền xử phạt vi phạm duy trì thiết bị GSHT", inh(Q1b)),
    F("cấp 126 giấy", "126", 126, "count", "giấy", "giấy xác nhận nguyên liệu thủy sản khai thác được cấp", YTD),
    F("gần 1.450 tấn", "1.450", 1450, "measure", "tấn", "khối lượng nguyên liệu thủy sản khai thác được xác nhận", YTD, approx="nearly"),
    F("đạt 35.000 tấn", "35.000", 35000, "measure", "tấn", "sản lượng bốc dỡ qua cảng", Y, status="target"),
    F("đạt 100%", "100", 100, "percent", "%", "tỷ lệ tàu cá từ 15 m trở lên duy trì kết nối thiết bị GSHT khi hoạt động trên biển", Y,
      status="target"),
    F("cá từ 15 m trở lên", "15", 15, "measure", "m", "chiều dài tàu thuộc diện lắp thiết bị", approx="at_least", optional=True),
]

NOTES = [
    "Quảng Bình province portal: Q1/2024 landings at fishing ports, VMS (GSHT) installation, lost connections, catch certificates.",
    "Headline 'Quý I' has no year: 2024 from the page date. 'Lượt xem: 2.316', '09:45', decree and plan numbers, address, phone are not figures.",
    "Size and time thresholds of a category (từ 15 m trở lên, quá 6 giờ, trên 10 ngày) are optional.",
    "'7 tàu chưa lắp' has no part-of cue, so no total; the two port shares after 'Trong đó' are percent figures of their own.",
]

if __name__ == "__main__":
    write(1, TEXT, FIGS, NOTES, published="2024-04-12", location="Quảng Bình")
