"""p1536-8: radio/TV site (Đài PT-TH Thanh Hóa, TTV): outwork on brush heads and roller covers in huyện Hoằng Hóa."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh trực tuyến

Gia công cọ sơn giúp phụ nữ nông thôn có thu nhập ổn định
03/04/2025 18:45

(TTV) - Những năm gần đây, nghề gia công cọ sơn, con lăn sơn đã về với nhiều xã của huyện Hoằng Hóa, tạo việc làm tại chỗ cho hàng nghìn lao động nông thôn, chủ yếu là phụ nữ trung niên.

Tại xã Hoằng Đạt, Hợp tác xã Dụng cụ sơn Đạt Thành hiện liên kết với 3 doanh nghiệp ở Hà Nội và Bắc Ninh, nhận gia công đầu cọ, cuốn vải con lăn, tạo việc làm cho gần 420 lao động. Năm 2024, hợp tác xã gia công 7,8 triệu sản phẩm, doanh thu 5,6 tỷ đồng, lợi nhuận khoảng 740 triệu đồng. Thu nhập của người lao động từ 3,5 đến 5 triệu đồng/tháng tùy tay nghề.

Chị Lê Thị Hương ở thôn 5, xã Hoằng Đạt, cho biết mỗi ngày chị làm được khoảng 600 đầu cọ, tiền công 150 đồng/chiếc, thu nhập trên 2,5 triệu đồng mỗi tháng mà vẫn chăm sóc được gia đình.

Theo Phòng Kinh tế và Hạ tầng huyện Hoằng Hóa, toàn huyện có 14 cơ sở và tổ hợp tác nhận gia công dụng cụ sơn, thu hút khoảng 1.950 lao động. Giá trị gia công quý I/2025 ước đạt 4,1 tỷ đồng, tăng 12,3% so với cùng kỳ.

Huyện đặt mục tiêu đến năm 2027 phát triển thêm 10 cơ sở gia công, giải quyết việc làm cho ít nhất 2.500 lao động. Năm 2025, huyện dự kiến mở 6 lớp đào tạo nghề, mỗi lớp khoảng ba chục học viên, kinh phí 270 triệu đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới.

Phóng viên: Minh Tuấn - Quang Huy | Nguồn: TTV | Lượt xem: 734
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
TO27 = per("đến năm 2027", None, "2027-12-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hàng nghìn lao động", "hàng nghìn", 1000, "count", "lao động", approx="about",
        subject="lao động nông thôn có việc làm tại chỗ", optional=True),
    fig("với 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp",
        subject="doanh nghiệp Hợp tác xã Dụng cụ sơn Đạt Thành liên kết"),
    fig("gần 420 lao động", "420", 420, "count", "lao động", approx="nearly",
        subject="lao động hợp tác xã tạo việc làm"),
    fig("gia công 7,8 triệu", "7,8", 7.8e6, "count", "sản phẩm", subject="sản phẩm hợp tác xã gia công",
        period=Y24),
    fig("doanh thu 5,6 tỷ", "5,6", 5.6e9, "money", "đồng", subject="doanh thu của hợp tác xã", period=Y24),
    fig("khoảng 740 triệu", "740", 740e6, "money", "đồng", approx="about", subject="lợi nhuận của hợp tác xã",
        period=Y24),
    fig("từ 3,5 đến 5 triệu", "3,5", 3.5e6, "money", "đồng/tháng", value_max=5e6,
        subject="thu nhập của người lao động"),
    fig("khoảng 600 đầu cọ", "600", 600, "measure", "đầu cọ/ngày", approx="about",
        subject="đầu cọ chị Lê Thị Hương làm được mỗi ngày"),
    fig("công 150 đồng", "150", 150, "money", "đồng/chiếc", subject="tiền công"),
    fig("trên 2,5 triệu", "2,5", 2.5e6, "money", "đồng/tháng", approx="over", subject="thu nhập của chị Hương"),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở",
        subject="cơ sở và tổ hợp tác nhận gia công dụng cụ sơn"),
    fig("khoảng 1.950 lao động", "1.950", 1950, "count", "lao động", approx="about",
        subject="lao động các cơ sở gia công thu hút"),
    fig("ước đạt 4,1 tỷ", "4,1", 4.1e9, "money", "đồng", status="estimate",
        change=chg("increase", 12.3, "%", "cùng kỳ"), subject="giá trị gia công", period=Q1),
    fig("thêm 10 cơ sở", "10", 10, "count", "cơ sở", status="target", subject="cơ sở gia công phát triển thêm",
        period=TO27),
    fig("ít nhất 2.500 lao động", "2.500", 2500, "count", "lao động", approx="at_least", status="target",
        subject="lao động được giải quyết việc làm", period=TO27),
    fig("mở 6 lớp", "6", 6, "count", "lớp", status="forecast", subject="lớp đào tạo nghề", period=Y25),
    fig("khoảng ba chục học viên", "ba chục", 30, "measure", "học viên/lớp", approx="about", status="forecast",
        subject="học viên mỗi lớp", period=Y25),
    fig("kinh phí 270 triệu", "270", 270e6, "money", "đồng", status="forecast",
        subject="kinh phí mở lớp đào tạo nghề", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): '03/04/2025 18:45' under the headline, tag '(TTV) -', reporters, 'Lượt xem: 734' at the end.",
    "Distractors: 18:45, 'thôn 5', 'Lượt xem: 734'; Hà Nội and Bắc Ninh are partners' places, not the figures' place.",
    "All figures are in huyện Hoằng Hóa (xã Hoằng Đạt is its commune). Sapo 'hàng nghìn lao động' is optional (vague quantity word).",
    "'mỗi ngày ... khoảng 600 đầu cọ' and 'mỗi lớp khoảng ba chục học viên' are rates (đầu cọ/ngày, học viên/lớp); 'ba chục' = 30.",
    "'mục tiêu đến năm 2027' governs both clauses (target); 'Năm 2025, huyện dự kiến' governs the lớp, học viên and kinh phí (forecast).",
]

if __name__ == "__main__":
    write("p1536-8", TEXT, NOTES, FIGS, published="2025-04-03", location="Hoằng Hóa")
