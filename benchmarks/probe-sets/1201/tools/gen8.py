"""p1201-8: provincial newspaper online (Báo Đồng Tháp, tag (ĐTO)): pre-marriage counselling, foreign-element marriages, children without papers."""
from lib import F, P, I, C, T, write

TEXT = """Trang chủ > Xã hội > Pháp luật

Đồng Tháp: Hơn 500 lượt người được tư vấn trước khi kết hôn với người nước ngoài

Cập nhật lúc 16:40, Thứ Sáu, 18/10/2024

(ĐTO) - 9 tháng đầu năm, Trung tâm tư vấn, hỗ trợ hôn nhân và gia đình có yếu tố nước ngoài thuộc Hội Liên hiệp Phụ nữ tỉnh đã tư vấn cho 536 lượt người, tăng 64 lượt so với cùng kỳ; trong đó 412 lượt là phụ nữ chuẩn bị kết hôn với công dân Đài Loan (Trung Quốc) và Hàn Quốc.

Cùng thời gian, UBND các huyện, thành phố đã đăng ký kết hôn có yếu tố nước ngoài cho 389 cặp, bằng 93,5% so với cùng kỳ. Các huyện có nhiều cặp đăng ký là Lấp Vò (72 cặp), Lai Vung (65 cặp) và Châu Thành (51 cặp). Ước cả năm 2024, toàn tỉnh đăng ký khoảng 520 cặp.

Đáng chú ý, tính đến ngày 30/9/2024, toàn tỉnh có khoảng 1.350 trẻ em là con của phụ nữ kết hôn với người nước ngoài được gửi về quê sống cùng ông bà, trong đó gần 200 em chưa có quốc tịch Việt Nam do chưa làm thủ tục khai sinh hoặc ghi chú khai sinh. Từ đầu năm, các xã, phường đã hỗ trợ đăng ký khai sinh, ghi chú khai sinh cho 127 em.

Quý IV, Sở Tư pháp dự kiến phối hợp Hội Liên hiệp Phụ nữ tỉnh tổ chức 12 buổi tuyên truyền pháp luật về hôn nhân có yếu tố nước ngoài tại các xã có đông phụ nữ lấy chồng nước ngoài, mỗi buổi khoảng 80 người tham dự.

Người dân cần tư vấn có thể liên hệ Trung tâm qua số điện thoại 0277.3851.204 (giờ hành chính).

THANH NHÀN
"""

N9 = P("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y24 = P("Ước cả năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("tính đến ngày 30/9/2024", None, "2024-09-30")
YTD = P("Từ đầu năm", "2024-01-01", "2024-10-18")
Q4 = P("Quý IV", "2024-10-01", "2024-12-31")
KH = "cặp đăng ký kết hôn có yếu tố nước ngoài"

FIGS = [
    F("Hơn 500 lượt", "500", 500, "count", "lượt người", approx="over",
      subject="lượt người được tư vấn trước khi kết hôn với người nước ngoài"),
    F("cho 536 lượt", "536", 536, "count", "lượt người",
      change=C("increase", 64, "lượt", "cùng kỳ"),
      subject="lượt người được Trung tâm tư vấn, hỗ trợ hôn nhân và gia đình có yếu tố nước ngoài tư vấn", period=N9),
    F("trong đó 412 lượt", "412", 412, "count", "lượt", total=536,
      subject="lượt phụ nữ chuẩn bị kết hôn với công dân Đài Loan (Trung Quốc) và Hàn Quốc được tư vấn", period=N9),
    F("cho 389 cặp", "389", 389, "count", "cặp", percent=93.5,
      subject="đăng ký kết hôn có yếu tố nước ngoài", period=I(N9)),
    F("Lấp Vò (72 cặp)", "72", 72, "count", "cặp", location="Lấp Vò", subject=KH, period=I(N9)),
    F("Lai Vung (65 cặp)", "65", 65, "count", "cặp", location="Lai Vung", subject=KH, period=I(N9)),
    F("Châu Thành (51 cặp)", "51", 51, "count", "cặp", location="Châu Thành", subject=KH, period=I(N9)),
    F("khoảng 520 cặp", "520", 520, "count", "cặp", approx="about", status="estimate",
      subject="cặp đăng ký kết hôn có yếu tố nước ngoài", period=Y24),
    F("khoảng 1.350 trẻ em", "1.350", 1350, "count", "trẻ em", approx="about",
      subject="trẻ em là con của phụ nữ kết hôn với người nước ngoài được gửi về quê sống cùng ông bà", period=ASOF),
    F("gần 200 em", "200", 200, "count", "em", approx="nearly", total=1350,
      subject="trẻ em chưa có quốc tịch Việt Nam", period=ASOF),
    F("cho 127 em", "127", 127, "count", "em",
      subject="trẻ em được hỗ trợ đăng ký khai sinh, ghi chú khai sinh", period=YTD),
    F("tổ chức 12 buổi", "12", 12, "count", "buổi", status="forecast",
      subject="buổi tuyên truyền pháp luật về hôn nhân có yếu tố nước ngoài", period=Q4),
    F("khoảng 80 người", "80", 80, "measure", "người/buổi", approx="about", status="forecast",
      subject="người tham dự mỗi buổi tuyên truyền", period=Q4),
]

NOTES = [
    "Provincial newspaper online (Báo Đồng Tháp): breadcrumb, headline figure, 'Cập nhật lúc 16:40, Thứ Sáu, 18/10/2024', tag '(ĐTO) -',",
    "byline at the end. Default location Đồng Tháp; the district list in brackets gives each item its district (no total: the list is 'nhiều').",
    "Year-less '9 tháng đầu năm' and 'Quý IV' take 2024 (dateline). 'Cùng thời gian' refers back to '9 tháng đầu năm': inherited.",
    "'bằng 93,5% so với cùng kỳ' after 389 cặp is its share (percent 93.5). 'Ước cả năm 2024 … khoảng 520 cặp' → estimate.",
    "'gần 200 em' after 'trong đó' → total 1.350. 'mỗi buổi khoảng 80 người' is a per-unit rate (người/buổi), under 'dự kiến'.",
    "Distractors: time 16:40, phone 0277.3851.204, 'giờ hành chính'. Headline figure: no period ('trước khi kết hôn').",
]

if __name__ == "__main__":
    write("p1201-8", TEXT, NOTES, FIGS, published="2024-10-18", location="Đồng Tháp")
