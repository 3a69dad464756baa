"""p1121-6: national newspaper, pilots for very large ships at Cái Mép (Bà Rịa - Vũng Tàu), with national figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự > Giao thông

Thứ Tư, 18/09/2024, 06:15 (GMT+7)

Hoa tiêu dẫn tàu siêu lớn ở Cái Mép: thiếu người, áp lực cao

Mỗi lần dẫn tàu container cỡ lớn vào cảng Cái Mép (tỉnh Bà Rịa - Vũng Tàu), hoa tiêu phải đứng trên buồng lái liên tục từ 4 đến 5 giờ.

Hoa tiêu Trần Quốc Bảo, 46 tuổi, cho biết anh đã dẫn hơn 1.200 lượt tàu trong 15 năm làm nghề, trong đó có 37 lượt tàu dài trên 366 m. "Chỉ cần lệch vài mét là tàu có thể mắc cạn", anh nói.

Theo Cảng vụ Hàng hải Vũng Tàu, 8 tháng đầu năm, khu vực Cái Mép - Thị Vải đón 1.156 lượt tàu container có trọng tải từ 100.000 DWT trở lên, tăng 21% so với cùng kỳ năm 2023. Trong khi đó, số hoa tiêu đủ hạng dẫn các tàu này chỉ khoảng 70 người, mỗi người làm việc bình quân 22 ca/tháng.

Thu nhập của hoa tiêu ngoại hạng dao động 60-80 triệu đồng/tháng, nhưng để lên hạng này cần ít nhất 10 năm, chi phí đào tạo mỗi người khoảng 1,5 tỷ đồng, theo lãnh đạo một doanh nghiệp hoa tiêu.

Cả nước hiện có khoảng 870 hoa tiêu hàng hải, trong khi lượt tàu được dẫn năm 2023 đạt hơn 95.000 lượt. Cục Hàng hải Việt Nam dự báo đến năm 2030, nhu cầu hoa tiêu sẽ tăng lên 1.100-1.200 người.

Theo kế hoạch, đến năm 2025 khu vực Cái Mép - Thị Vải phấn đấu có thêm ít nhất 25 hoa tiêu đủ hạng dẫn tàu lớn và đưa vào sử dụng 2 trạm hoa tiêu mới.

Phương Nam
"""

M8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
VN = "Việt Nam"

FIGS = [
    fig("từ 4 đến 5 giờ", "4", 4, "measure", "giờ", value_max=5,
        subject="thời gian hoa tiêu đứng trên buồng lái mỗi lần dẫn tàu container cỡ lớn"),
    fig("46 tuổi", "46", 46, "measure", "tuổi", optional=True, subject="tuổi hoa tiêu Trần Quốc Bảo"),
    fig("hơn 1.200 lượt tàu", "1.200", 1200, "count", "lượt tàu", approx="over",
        subject="lượt tàu hoa tiêu Trần Quốc Bảo đã dẫn"),
    fig("có 37 lượt", "37", 37, "count", "lượt tàu", total=1200,
        subject="lượt tàu dài trên 366 m hoa tiêu Trần Quốc Bảo đã dẫn"),
    fig("trên 366 m", "366", 366, "measure", "m", approx="over", optional=True, subject="ngưỡng chiều dài tàu"),
    fig("đón 1.156 lượt", "1.156", 1156, "count", "lượt tàu container",
        change=chg("increase", 21, "%", "cùng kỳ năm 2023"),
        subject="lượt tàu container có trọng tải từ 100.000 DWT trở lên đến khu vực Cái Mép - Thị Vải", period=M8),
    fig("từ 100.000 DWT", "100.000", 100000, "measure", "DWT", approx="at_least", optional=True,
        subject="ngưỡng trọng tải tàu container"),
    fig("khoảng 70 người", "70", 70, "count", "người", approx="about",
        subject="hoa tiêu đủ hạng dẫn tàu container cỡ lớn"),
    fig("bình quân 22 ca/tháng", "22", 22, "measure", "ca/tháng",
        subject="ca làm việc bình quân mỗi hoa tiêu"),
    fig("60-80 triệu", "60", 60000000, "money", "đồng/tháng", value_max=80000000,
        subject="thu nhập của hoa tiêu ngoại hạng"),
    fig("ít nhất 10 năm", "10", 10, "measure", "năm", approx="at_least",
        subject="thời gian để lên hạng hoa tiêu ngoại hạng"),
    fig("khoảng 1,5 tỷ", "1,5", 1500000000, "money", "đồng/người", approx="about",
        subject="chi phí đào tạo mỗi hoa tiêu ngoại hạng"),
    fig("khoảng 870 hoa tiêu", "870", 870, "count", "hoa tiêu", approx="about",
        subject="hoa tiêu hàng hải", location=VN),
    fig("hơn 95.000 lượt", "95.000", 95000, "count", "lượt", approx="over",
        subject="lượt tàu được dẫn", period=Y23, location=VN),
    fig("1.100-1.200 người", "1.100", 1100, "count", "người", value_max=1200, status="forecast",
        subject="nhu cầu hoa tiêu", period=T30, location=VN),
    fig("ít nhất 25 hoa tiêu", "25", 25, "count", "hoa tiêu", approx="at_least", status="target",
        subject="hoa tiêu đủ hạng dẫn tàu lớn có thêm tại khu vực Cái Mép - Thị Vải", period=T25),
    fig("sử dụng 2 trạm", "2", 2, "count", "trạm hoa tiêu", status="target",
        subject="trạm hoa tiêu mới đưa vào sử dụng", period=T25),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 18/09/2024, 06:15 (GMT+7)', breadcrumb, byline at the end. Place: Cái Mép - Thị Vải, tỉnh Bà Rịa - Vũng Tàu; national figures Việt Nam.",
    "'liên tục từ 4 đến 5 giờ' is a duration (hours), not a time of day. 'trong 15 năm làm nghề' only locates the pilot's career: not a figure.",
    "'8 tháng đầu năm' has no year: published year 2024 (also implied by 'cùng kỳ năm 2023'). '46 tuổi' and the thresholds 'trên 366 m', 'từ 100.000 DWT trở lên' are optional.",
    "'ít nhất 10 năm' (time needed to reach the top grade) is a measure the text claims. 'chi phí đào tạo mỗi người' → đồng/người.",
    "Distractors: time 06:15, 'GMT+7', 'vài mét' (vague), '15 năm'. 37 lượt follows 'trong đó' after 1.200 lượt tàu: total 1200.",
    "revised after the first run: place words (trên địa bàn tỉnh/thị xã/thành phố, toàn thành phố, cả nước) removed from subjects; the place is the location field (FIGURES.md §3).",
]

if __name__ == "__main__":
    write("p1121-6", TEXT, NOTES, FIGS, published="2024-09-18", location="Bà Rịa - Vũng Tàu")
