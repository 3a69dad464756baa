"""p534-4: ministry site (Bộ KH&CN), industrial property applications and grants 2023, GII rank."""
from lib import F, P, INH, CH, emit

TEXT = """BỘ KHOA HỌC VÀ CÔNG NGHỆ
Trang chủ > Tin tức > Sở hữu trí tuệ

Năm 2023, Cục Sở hữu trí tuệ tiếp nhận hơn 143.000 đơn đăng ký sở hữu công nghiệp
Ngày đăng: 18/01/2024 | Lượt xem: 2.615

Theo báo cáo tổng kết công tác năm 2023 của Cục Sở hữu trí tuệ, trong năm Cục đã tiếp nhận 143.268 đơn đăng ký các đối tượng sở hữu công nghiệp, tăng 9,6% so với năm 2022. Trong đó, đơn đăng ký sáng chế đạt 10.125 đơn, đơn giải pháp hữu ích 743 đơn, đơn kiểu dáng công nghiệp 4.102 đơn và đơn nhãn hiệu 128.298 đơn.

Đáng chú ý, số đơn sáng chế của người nộp đơn Việt Nam là 1.284 đơn, chiếm 12,7% tổng số đơn sáng chế, tăng gần 1,3 lần so với năm 2019. Dẫn đầu là Hà Nội và TP Hồ Chí Minh với lần lượt 512 đơn và 376 đơn; tiếp theo là Đà Nẵng 58 đơn, Bắc Ninh 41 đơn.

Trong năm, Cục đã cấp 3.560 bằng độc quyền sáng chế, 310 bằng độc quyền giải pháp hữu ích và 61.480 giấy chứng nhận đăng ký nhãn hiệu; số đơn tồn đọng giảm 18% so với cuối năm 2022.

Theo Chỉ số Đổi mới sáng tạo toàn cầu (GII) năm 2023 do WIPO công bố, Việt Nam xếp thứ 46/132 quốc gia, nền kinh tế và đứng thứ 3 trong ASEAN, sau Singapore và Thái Lan.

Năm 2024, Cục đặt mục tiêu xử lý 150.000 đơn, rút ngắn thời gian thẩm định nội dung đơn sáng chế xuống dưới 18 tháng theo Luật Sở hữu trí tuệ số 07/2022/QH15.

Cục Sở hữu trí tuệ: 386 Nguyễn Trãi, Thanh Xuân, Hà Nội. Điện thoại: 024.3858.3069.
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
IN_YEAR = P("Trong năm", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 143.000 đơn", "143.000", 143000, "count", "đơn",
      "đơn đăng ký sở hữu công nghiệp Cục Sở hữu trí tuệ tiếp nhận", P("Năm 2023", "2023-01-01", "2023-12-31"),
      approx="over"),
    F("tiếp nhận 143.268 đơn", "143.268", 143268, "count", "đơn", "đơn đăng ký các đối tượng sở hữu công nghiệp", Y23,
      change=CH("increase", 9.6, "%", "năm 2022")),
    F("đạt 10.125 đơn", "10.125", 10125, "count", "đơn", "đơn đăng ký sáng chế", INH(Y23), total=143268),
    F("hữu ích 743 đơn", "743", 743, "count", "đơn", "đơn giải pháp hữu ích", INH(Y23), total=143268),
    F("4.102 đơn", "4.102", 4102, "count", "đơn", "đơn kiểu dáng công nghiệp", INH(Y23), total=143268),
    F("128.298 đơn", "128.298", 128298, "count", "đơn", "đơn nhãn hiệu", INH(Y23), total=143268),
    F("là 1.284 đơn", "1.284", 1284, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", INH(Y23),
      percent=12.7, change=CH("increase", 1.3, "lần", "năm 2019", approx="nearly")),
    F("lần lượt 512 đơn", "512", 512, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", INH(Y23),
      location="Hà Nội"),
    F("376 đơn", "376", 376, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", INH(Y23),
      location="TP Hồ Chí Minh"),
    F("Đà Nẵng 58 đơn", "58", 58, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", INH(Y23),
      location="Đà Nẵng"),
    F("Bắc Ninh 41 đơn", "41", 41, "count", "đơn", "đơn sáng chế của người nộp đơn Việt Nam", INH(Y23),
      location="Bắc Ninh"),
    F("cấp 3.560 bằng", "3.560", 3560, "count", "bằng", "bằng độc quyền sáng chế được cấp", IN_YEAR),
    F("310 bằng", "310", 310, "count", "bằng", "bằng độc quyền giải pháp hữu ích được cấp", IN_YEAR),
    F("61.480 giấy", "61.480", 61480, "count", "giấy chứng nhận", "giấy chứng nhận đăng ký nhãn hiệu được cấp", IN_YEAR),
    F("giảm 18%", "18", 18, "percent", "%", "số đơn tồn đọng so với cuối năm 2022", IN_YEAR),
    F("thứ 46/132", "46", 46, "rank", "hạng", "Chỉ số Đổi mới sáng tạo toàn cầu (GII)", Y23, total=132),
    F("thứ 3 trong ASEAN", "3", 3, "rank", "hạng", "Chỉ số Đổi mới sáng tạo toàn cầu (GII) trong ASEAN", Y23),
    F("xử lý 150.000 đơn", "150.000", 150000, "count", "đơn", "đơn xử lý", Y24, status="target"),
    F("dưới 18 tháng", "18", 18, "measure", "tháng", "thời gian thẩm định nội dung đơn sáng chế", Y24,
      approx="under", status="target"),
]

COMMENTS = [
    "Ministry site (Bộ KH&CN, invented): đơn và văn bằng sở hữu công nghiệp năm 2023, GII 2023, targets 2024. 'Ngày đăng: 18/01/2024'.",
    "Not figures: 'Lượt xem: 2.615', 'Luật Sở hữu trí tuệ số 07/2022/QH15', address '386 Nguyễn Trãi', phone 024.3858.3069.",
    "10.125+743+4.102+128.298 = 143.268 (parts after 'Trong đó'). 'chiếm 12,7% tổng số đơn sáng chế' is a percent attribute; the whole",
    "is not numbered there, so no total. The city list ('lần lượt 512 đơn và 376 đơn', 'Đà Nẵng 58 đơn') continues the Vietnamese",
    "applicants' patent applications; each city is the location. 'Trong năm' takes the year of the report (2023) and is scored.",
    "'số đơn tồn đọng giảm 18%' is a rate that is the claim (percent, no change). 'dưới 18 tháng' is a target duration, not a date.",
]

if __name__ == "__main__":
    emit("p534-4", TEXT, COMMENTS, FIGS, published="2024-01-18", location="Việt Nam")
