"""p1486-5: Party newspaper (Báo Bắc Giang): a laundry cooperative serving industrial-park workers in thị xã Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Thứ Hai, 18/11/2024 - 07:15

Hợp tác xã giặt là "đỡ việc" cho công nhân khu công nghiệp

(BGĐT) - Từ một cửa hàng nhỏ với 4 máy giặt, đến nay Hợp tác xã Dịch vụ Giặt là Hoàng Ninh (thị xã Việt Yên) đã có 3 điểm giặt sấy tự động, mỗi tháng phục vụ hơn 6.000 lượt công nhân thuê trọ quanh Khu công nghiệp Quang Châu và Đình Trám.

Thành lập năm 2020 với 7 thành viên, HTX hiện có 12 thành viên, trong đó 9 thành viên nữ. Giám đốc HTX Nguyễn Thị Thu Hằng cho biết, hai năm gần đây, HTX đầu tư thêm 26 máy giặt và 18 máy sấy công nghiệp, tổng kinh phí khoảng 1,6 tỷ đồng, trong đó vốn vay Quỹ hỗ trợ phát triển HTX tỉnh 500 triệu đồng.

Giá giặt sấy tại HTX là 35.000 đồng/mẻ (tối đa 8 kg), thấp hơn 5.000-10.000 đồng so với các tiệm tư nhân quanh khu vực. Năm 2023, doanh thu của HTX đạt 1,9 tỷ đồng; 10 tháng năm 2024 đạt gần 2 tỷ đồng, tăng khoảng 30% so với cùng kỳ. Thu nhập của thành viên, người lao động bình quân 8,5 triệu đồng/người/tháng. Năm nay, HTX dự kiến mở thêm một điểm giặt sấy tại phường Nếnh.

"Công nhân đi làm ca 12 tiếng, về phòng trọ chật không có chỗ phơi nên rất cần dịch vụ giặt sấy giá rẻ", chị Hằng nói.

Theo Liên minh HTX tỉnh, toàn tỉnh hiện có 5 HTX và khoảng 140 hộ kinh doanh dịch vụ giặt là, phần lớn tập trung tại thị xã Việt Yên và huyện Yên Dũng. Năm 2025, tỉnh phấn đấu hỗ trợ thành lập mới ít nhất 2 HTX dịch vụ giặt là gắn với khu nhà trọ công nhân.

HẢI NAM
"""

VY = "Việt Yên"
Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng năm 2024", "2024-01-01", "2024-10-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("một cửa hàng nhỏ", "một", 1, "count", "cửa hàng", subject="cửa hàng ban đầu của HTX",
        location=VY, optional=True),
    fig("với 4 máy giặt", "4", 4, "count", "máy giặt", subject="máy giặt của cửa hàng ban đầu", location=VY),
    fig("có 3 điểm", "3", 3, "count", "điểm giặt sấy tự động",
        subject="điểm giặt sấy tự động của Hợp tác xã Dịch vụ Giặt là Hoàng Ninh", location=VY),
    fig("hơn 6.000 lượt", "6.000", 6000, "measure", "lượt công nhân/tháng", approx="over",
        subject="lượt công nhân thuê trọ được phục vụ mỗi tháng", location=VY),
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên khi thành lập HTX",
        period=Y20, location=VY),
    fig("có 12 thành viên", "12", 12, "count", "thành viên", subject="thành viên HTX", location=VY),
    fig("trong đó 9 thành viên", "9", 9, "count", "thành viên", total=12,
        subject="thành viên nữ", location=VY),
    fig("thêm 26 máy giặt", "26", 26, "count", "máy giặt", subject="máy giặt HTX đầu tư thêm", location=VY),
    fig("18 máy sấy", "18", 18, "count", "máy sấy", subject="máy sấy công nghiệp HTX đầu tư thêm", location=VY),
    fig("khoảng 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="about",
        subject="tổng kinh phí đầu tư máy giặt, máy sấy", location=VY),
    fig("tỉnh 500 triệu", "500", 500e6, "money", "đồng", total=1.6e9,
        subject="vốn vay Quỹ hỗ trợ phát triển HTX tỉnh", location=VY),
    fig("là 35.000 đồng/mẻ", "35.000", 35000, "money", "đồng/mẻ",
        change=chg("decrease", 5000, "đồng", "các tiệm tư nhân quanh khu vực"),
        subject="giá giặt sấy tại HTX", location=VY),
    fig("tối đa 8 kg", "8", 8, "measure", "kg", approx="at_most",
        subject="khối lượng đồ giặt mỗi mẻ", location=VY),
    fig("đạt 1,9 tỷ", "1,9", 1.9e9, "money", "đồng", subject="doanh thu của HTX", period=Y23, location=VY),
    fig("gần 2 tỷ", "2", 2e9, "money", "đồng", approx="nearly",
        change=chg("increase", 30, "%", "cùng kỳ", approx="about"),
        subject="doanh thu của HTX", period=M10, location=VY),
    fig("bình quân 8,5 triệu", "8,5", 8.5e6, "money", "đồng/người/tháng",
        subject="thu nhập bình quân của thành viên, người lao động", location=VY),
    fig("thêm một điểm", "một", 1, "count", "điểm giặt sấy", status="forecast",
        subject="điểm giặt sấy HTX mở thêm", period=NOW, location=VY),
    fig("ca 12 tiếng", "12", 12, "measure", "tiếng", subject="thời gian một ca làm việc của công nhân",
        location=VY, optional=True),
    fig("có 5 HTX", "5", 5, "count", "HTX", subject="HTX dịch vụ giặt là"),
    fig("khoảng 140 hộ", "140", 140, "count", "hộ kinh doanh", approx="about",
        subject="hộ kinh doanh dịch vụ giặt là"),
    fig("ít nhất 2 HTX", "2", 2, "count", "HTX", approx="at_least", status="target",
        subject="HTX dịch vụ giặt là thành lập mới", period=Y25),
]

NOTES = [
    "Party newspaper (Báo Bắc Giang): date line 'Thứ Hai, 18/11/2024 - 07:15', tag '(BGĐT) -', sapo, quote, byline HẢI NAM at the end.",
    "Distractors: 07:15, 'hai năm gần đây' (a time span that only locates), 'Khu công nghiệp Quang Châu và Đình Trám', 'phường Nếnh'.",
    "The cooperative passage stands in thị xã Việt Yên: location Việt Yên; the province's counts (Liên minh HTX tỉnh) are Bắc Giang.",
    "Optional: 'Từ một cửa hàng nhỏ' (story opening) and 'đi làm ca 12 tiếng' (a worker's shift in a quote).",
    "'35.000 đồng/mẻ (tối đa 8 kg), thấp hơn 5.000-10.000 đồng so với …': the gap is a change of the price (value 5.000, đồng) across the bracket;",
    "'tối đa 8 kg' is its own figure (at_most). 'hơn 6.000 lượt công nhân' mỗi tháng is a rate (lượt công nhân/tháng).",
    "'trong đó vốn vay … 500 triệu đồng' is part of 'khoảng 1,6 tỷ đồng'; 'trong đó 9 thành viên nữ' part of 12.",
    "'Năm nay' = 2024 (published); 'dự kiến' → forecast. 'Năm 2025, tỉnh phấn đấu … ít nhất 2 HTX' → target, at_least.",
]

if __name__ == "__main__":
    write("p1486-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Bắc Giang")
