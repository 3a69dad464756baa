"""p1222-8: provincial newspaper online (Báo Quảng Bình, '(BQB) -'): limestone for cement, 10 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Báo Quảng Bình điện tử
Kinh tế

Siết quản lý mỏ đá vôi phục vụ sản xuất xi măng

22/11/2024 lúc 09:12

(BQB) - 10 tháng năm 2024, các mỏ đá vôi trên địa bàn tỉnh khai thác khoảng 5,6 triệu tấn, đạt 86% kế hoạch năm, đáp ứng đủ nguyên liệu cho 3 nhà máy xi măng đang hoạt động. Riêng quý III, sản lượng đạt 1,72 triệu tấn, giảm 4,5% so với quý II do mưa lớn kéo dài.

Hiện toàn tỉnh có 19 giấy phép khai thác đá vôi còn hiệu lực, trong đó huyện Tuyên Hóa 11 giấy phép, huyện Minh Hóa 5 giấy phép, còn lại tại huyện Bố Trạch. Tổng công suất cấp phép hơn 7,5 triệu tấn/năm. Về quy mô khai thác đá vôi làm xi măng, tỉnh xếp thứ 2 khu vực Bắc Trung Bộ, sau Thanh Hóa.

Tại xã Tiến Hóa (huyện Tuyên Hóa), Công ty cổ phần Vật liệu Lèn Bảng đang khai thác mỏ đá vôi Lèn Áng với diện tích 52,3 ha. Công ty đã đầu tư một hệ thống băng tải dài 4,2 km đưa đá về nhà máy, giảm khoảng 300 lượt xe tải mỗi ngày trên Quốc lộ 12A. Mỗi năm, doanh nghiệp nộp ngân sách trên 160 tỷ đồng.

Theo Sở Tài nguyên và Môi trường, chi phí cải tạo, phục hồi môi trường thực tế tại nhiều mỏ hiện gấp 3 lần số tiền đã ký quỹ. Năm 2025, tỉnh phấn đấu sản lượng đá vôi khai thác đạt 7 triệu tấn, tăng khoảng 15% so với năm 2024; dự kiến đưa thêm một mỏ mới vào khai thác tại huyện Minh Hóa.

Phan Phương
"""

M10 = P("10 tháng năm 2024", "2024-01-01", "2024-10-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")
Y25 = P("Năm 2025", "2025-01-01", "2025-12-31")
TH = "Tuyên Hóa"
LIC = "giấy phép khai thác đá vôi còn hiệu lực"

FIGS = [
    F("khoảng 5,6 triệu", "5,6", 5600000, "measure", "tấn", approx="about", percent=86,
      subject="đá vôi các mỏ khai thác", period=M10),
    F("cho 3 nhà máy", "3", 3, "count", "nhà máy", subject="nhà máy xi măng đang hoạt động"),
    F("đạt 1,72 triệu", "1,72", 1720000, "measure", "tấn",
      change=C("decrease", 4.5, "%", "quý II"), subject="sản lượng đá vôi khai thác", period=Q3),
    F("có 19 giấy phép", "19", 19, "count", "giấy phép", subject=LIC),
    F("11 giấy phép", "11", 11, "count", "giấy phép", total=19, subject=LIC, location=TH),
    F("5 giấy phép", "5", 5, "count", "giấy phép", total=19, subject=LIC, location="Minh Hóa"),
    F("hơn 7,5 triệu", "7,5", 7500000, "measure", "tấn/năm", approx="over",
      subject="tổng công suất cấp phép khai thác đá vôi"),
    F("xếp thứ 2", "2", 2, "rank", "hạng",
      subject="quy mô khai thác đá vôi làm xi măng khu vực Bắc Trung Bộ"),
    F("diện tích 52,3 ha", "52,3", 52.3, "measure", "ha",
      subject="diện tích mỏ đá vôi Lèn Áng", location=TH),
    F("tư một hệ thống", "một", 1, "count", "hệ thống", optional=True,
      subject="hệ thống băng tải", location=TH),
    F("dài 4,2 km", "4,2", 4.2, "measure", "km", subject="chiều dài hệ thống băng tải", location=TH),
    F("khoảng 300 lượt", "300", 300, "measure", "lượt xe tải/ngày", approx="about",
      subject="lượt xe tải giảm trên Quốc lộ 12A", location=TH),
    F("trên 160 tỷ", "160", 160000000000, "money", "đồng", approx="over",
      subject="tiền nộp ngân sách mỗi năm của doanh nghiệp", location=TH),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      subject="chi phí cải tạo, phục hồi môi trường thực tế so với số tiền đã ký quỹ"),
    F("đạt 7 triệu", "7", 7000000, "measure", "tấn", status="target",
      change=C("increase", 15, "%", "năm 2024", approx="about"),
      subject="sản lượng đá vôi khai thác", period=Y25),
    F("thêm một mỏ", "một", 1, "count", "mỏ", status="forecast",
      subject="mỏ mới đưa vào khai thác", period=Y25, location="Minh Hóa"),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Bình): '22/11/2024 lúc 09:12', '(BQB) -' tag, byline at the end.",
    "The text says only 'tỉnh'; the BQB tag and the districts Tuyên Hóa, Minh Hóa, Bố Trạch imply Quảng Bình (default location).",
    "Parts after 'trong đó': 11 (Tuyên Hóa) and 5 (Minh Hóa) of 19. 'quý III' has no year: 2024 from '10 tháng năm 2024'.",
    "'giảm khoảng 300 lượt xe tải mỗi ngày' is a figure (the reduction), not a change of 4,2 km. 'gấp 3 lần số tiền đã ký quỹ' stands alone: multiple.",
    "'một hệ thống băng tải' is optional (article-like 'một'); 'thêm một mỏ mới' is a forecast count (dự kiến).",
    "Distractors: Quốc lộ 12A, time 09:12, 'quý II' as baseline, 'Bắc Trung Bộ', 'sau Thanh Hóa'.",
]

if __name__ == "__main__":
    write("p1222-8", TEXT, NOTES, FIGS, published="2024-11-22", location="Quảng Bình")
