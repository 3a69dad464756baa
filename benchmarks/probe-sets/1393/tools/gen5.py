"""p1393-5: national newspaper, fresh water on the island districts (national figures, Bạch Long Vĩ, Cô Tô)."""
from lib import F, asof, inherit, period, write, year

TEXT = """Thời sự › Dân sinh
Thứ hai, 18/3/2024, 06:00 (GMT+7)

Đảo tiền tiêu khát nước ngọt

Nhiều huyện đảo vẫn phải chở nước ngọt từ đất liền với giá gấp 3-4 lần giá nước máy, trong khi các nhà máy lọc nước biển mới đáp ứng một phần nhu cầu.

Theo Cục Thủy lợi (Bộ Nông nghiệp và Phát triển nông thôn), cả nước có 12 huyện đảo với khoảng 570 nghìn người. Đến hết năm 2023, tổng công suất các công trình cấp nước trên đảo đạt khoảng 260.000 m3/ngày đêm, trong đó 41 nhà máy lọc nước biển có công suất 31.500 m3/ngày đêm, chiếm 12,1%. Tỷ lệ người dân trên đảo được dùng nước sạch đạt 67%, thấp hơn nhiều so với mức 91% ở nông thôn đất liền.

Tại Bạch Long Vĩ (Hải Phòng), hai hồ chứa nước mưa với tổng dung tích 25.000 m3 chỉ đủ dùng khoảng 4 tháng mùa khô. Năm 2023, huyện phải chở 1.850 m3 nước ngọt từ đất liền ra đảo, chi phí bình quân 150.000 đồng/m3.

Ở Cô Tô (Quảng Ninh), nhà máy lọc nước biển công suất 1.500 m3/ngày đêm vận hành từ năm 2021 đáp ứng khoảng 65% nhu cầu của hơn 6.000 người dân và 200.000 lượt khách mỗi năm.

Ông Nguyễn Hữu Phước, Phó cục trưởng Cục Thủy lợi, cho biết giai đoạn 2021-2025, ngân sách trung ương bố trí hơn 1.200 tỷ đồng cho cấp nước hải đảo. "Mục tiêu đến năm 2030, ít nhất 90% dân số trên các đảo được dùng nước sạch", ông Phước nói.

Minh Khang

Bình luận (12) | Chia sẻ
"""

END23 = asof("Đến hết năm 2023", "2023-12-31")
Y23 = year("Năm 2023", 2023)
G2125 = period("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
TO30 = asof("đến năm 2030", "2030-12-31")
BLV, CT = {"location": "Bạch Long Vĩ"}, {"location": "Cô Tô"}

FIGS = [
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", "giá nước ngọt chở từ đất liền so với giá nước máy", value_max=4),
    F("có 12 huyện đảo", "12", 12, "count", "huyện đảo", "huyện đảo"),
    F("khoảng 570 nghìn", "570", 570000, "count", "người", "dân số các huyện đảo", approx="about"),
    F("khoảng 260.000 m3", "260.000", 260000, "measure", "m3/ngày đêm",
      "tổng công suất các công trình cấp nước trên đảo", END23, approx="about"),
    F("trong đó 41 nhà máy", "41", 41, "count", "nhà máy", "nhà máy lọc nước biển", END23),
    F("suất 31.500 m3", "31.500", 31500, "measure", "m3/ngày đêm", "công suất nhà máy lọc nước biển", END23,
      total=260000, percent=12.1),
    F("đạt 67%", "67", 67, "percent", "%", "tỷ lệ người dân trên đảo được dùng nước sạch", inherit(END23)),
    F("mức 91%", "91", 91, "percent", "%", "tỷ lệ người dân nông thôn đất liền được dùng nước sạch",
      inherit(END23)),
    F("hai hồ chứa", "hai", 2, "count", "hồ chứa", "hồ chứa nước mưa", **BLV),
    F("tích 25.000 m3", "25.000", 25000, "measure", "m3", "tổng dung tích hồ chứa nước mưa", **BLV),
    F("khoảng 4 tháng", "4", 4, "measure", "tháng", "thời gian hồ chứa đủ dùng mùa khô", approx="about",
      optional=True, **BLV),
    F("chở 1.850 m3", "1.850", 1850, "measure", "m3", "nước ngọt chở từ đất liền ra đảo", Y23, **BLV),
    F("quân 150.000 đồng", "150.000", 150000, "money", "đồng/m3", "chi phí chở nước bình quân", Y23, **BLV),
    F("suất 1.500 m3", "1.500", 1500, "measure", "m3/ngày đêm", "công suất nhà máy lọc nước biển", **CT),
    F("khoảng 65%", "65", 65, "percent", "%", "nhu cầu nước nhà máy đáp ứng", approx="about", **CT),
    F("hơn 6.000 người", "6.000", 6000, "count", "người dân", "người dân", approx="over", **CT),
    F("và 200.000 lượt", "200.000", 200000, "measure", "lượt khách/năm", "lượt khách", **CT),
    F("hơn 1.200 tỷ", "1.200", 1.2e12, "money", "đồng", "ngân sách trung ương bố trí cho cấp nước hải đảo", G2125,
      approx="over"),
    F("ít nhất 90%", "90", 90, "percent", "%", "tỷ lệ dân số trên các đảo được dùng nước sạch", TO30,
      approx="at_least", status="target"),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 18/3/2024, 06:00 (GMT+7)', sapo, quote, byline, 'Bình luận (12) | Chia sẻ'.",
    "Distractors: '(GMT+7)', '06:00', 'Bình luận (12)', 'từ năm 2021' (start of operation), 'năm 2030' inside the target period.",
    "National figures (Cục Thủy lợi) → Việt Nam; Bạch Long Vĩ and Cô Tô passages → those districts.",
    "'gấp 3-4 lần giá nước máy' has no amount of its own: a multiple figure (3 to 4 lần).",
    "'31.500 m3/ngày đêm' follows 'trong đó' after the whole 260.000 (same indicator, same date): total 260000, share 12,1%.",
    "'thấp hơn nhiều so với mức 91%': 91% is the comparison level, not the size of the gap, so it is a figure of its own.",
    "'khoảng 4 tháng' (how long the lakes last) is a duration: optional. 'mỗi năm' makes 200.000 lượt khách a yearly rate.",
    "The Cô Tô figures have no period: 'vận hành từ năm 2021' dates the start of the plant, not its present capacity or share.",
]

if __name__ == "__main__":
    write("p1393-5", TEXT, NOTES, FIGS, published="2024-03-18", location="Việt Nam")
