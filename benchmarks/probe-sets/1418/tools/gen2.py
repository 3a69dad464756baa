"""p1418-2: district portal (Đông Anh, Hà Nội): 'đổi bóng đèn cũ lấy bóng đèn LED' campaign, spring 2024."""
from lib import fig, per, inh, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔNG ANH - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức - Sự kiện | Kinh tế | Thông báo

Hơn 3.000 bóng đèn LED đến với các hộ gia đình

18/06/2024 - 10:20

Thực hiện Kế hoạch số 86/KH-UBND của UBND huyện về sử dụng năng lượng tiết kiệm và hiệu quả năm 2024, từ tháng 3 đến hết tháng 5, Hội Liên hiệp Phụ nữ huyện phối hợp với Điện lực Đông Anh tổ chức chương trình "Đổi bóng đèn cũ lấy bóng đèn LED" tại 12 xã, thị trấn.

Kết quả, có 1.460 hộ gia đình tham gia, đổi được 3.215 bóng đèn sợi đốt và huỳnh quang cũ lấy bóng đèn LED. Trong đó, xã Uy Nỗ có 312 hộ, xã Vân Hà 208 hộ, thị trấn Đông Anh 175 hộ. Mỗi bóng LED 9 W thay cho bóng sợi đốt 60 W giúp tiết kiệm khoảng 85% điện năng chiếu sáng.

Theo tính toán của Điện lực Đông Anh, số bóng đèn trên giúp các hộ tiết kiệm khoảng 14.000 kWh mỗi tháng, tương đương hơn 40 triệu đồng tiền điện. Tổng kinh phí chương trình gần 250 triệu đồng, trong đó các doanh nghiệp tài trợ 60%, phần còn lại do hội viên đóng góp.

Năm 2024, huyện phấn đấu 100% cơ quan, công sở sử dụng thiết bị chiếu sáng hiệu suất cao; thay thế ít nhất 500 bộ đèn chiếu sáng công cộng cũ bằng đèn LED. Dự kiến trong quý III, Phòng Kinh tế huyện sẽ kiểm tra việc dán nhãn năng lượng tại khoảng ba chục cửa hàng điện máy trên địa bàn.

Nguồn: Hội LHPN huyện Đông Anh

Tin khác:
- Đông Anh: Ra quân Tháng Thanh niên năm 2024
- Khai mạc Hội chợ nông sản an toàn lần thứ 3
Địa chỉ: Số 68 đường Cao Lỗ, thị trấn Đông Anh, Hà Nội | ĐT: 024.3883.2056
"""

CAMP = per("từ tháng 3 đến hết tháng 5", "2024-03-01", "2024-05-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q3 = per("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    fig("Hơn 3.000 bóng", "3.000", 3000, "count", "bóng đèn LED", approx="over",
        subject="bóng đèn LED đến với các hộ gia đình"),
    fig("tại 12 xã", "12", 12, "count", "xã, thị trấn",
        subject="xã, thị trấn tổ chức chương trình đổi bóng đèn cũ lấy bóng đèn LED", period=CAMP),
    fig("có 1.460 hộ", "1.460", 1460, "count", "hộ gia đình",
        subject="hộ gia đình tham gia", period=inh(CAMP)),
    fig("được 3.215 bóng", "3.215", 3215, "count", "bóng đèn",
        subject="bóng đèn sợi đốt và huỳnh quang cũ đổi lấy bóng đèn LED", period=inh(CAMP)),
    fig("có 312 hộ", "312", 312, "count", "hộ", total=1460,
        subject="hộ gia đình tham gia", period=inh(CAMP)),
    fig("Vân Hà 208 hộ", "208", 208, "count", "hộ", total=1460,
        subject="hộ gia đình tham gia", period=inh(CAMP)),
    fig("Đông Anh 175 hộ", "175", 175, "count", "hộ", total=1460,
        subject="hộ gia đình tham gia", period=inh(CAMP)),
    fig("LED 9 W", "9", 9, "measure", "W", subject="công suất bóng LED", optional=True),
    fig("sợi đốt 60 W", "60", 60, "measure", "W", subject="công suất bóng sợi đốt", optional=True),
    fig("khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="điện năng chiếu sáng tiết kiệm khi thay bóng sợi đốt bằng bóng LED"),
    fig("khoảng 14.000 kWh", "14.000", 14000, "measure", "kWh/tháng", approx="about",
        subject="điện năng các hộ tiết kiệm mỗi tháng"),
    fig("hơn 40 triệu", "40", 40e6, "money", "đồng/tháng", approx="over",
        subject="tiền điện các hộ tiết kiệm"),
    fig("gần 250 triệu", "250", 250e6, "money", "đồng", approx="nearly",
        subject="tổng kinh phí chương trình"),
    fig("tài trợ 60%", "60", 60, "percent", "%",
        subject="kinh phí chương trình do các doanh nghiệp tài trợ"),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="cơ quan, công sở sử dụng thiết bị chiếu sáng hiệu suất cao", period=Y24),
    fig("ít nhất 500 bộ", "500", 500, "count", "bộ đèn", approx="at_least", status="target",
        subject="bộ đèn chiếu sáng công cộng cũ thay thế bằng đèn LED", period=Y24),
    fig("khoảng ba chục cửa hàng", "ba chục", 30, "count", "cửa hàng", approx="about", status="forecast",
        subject="cửa hàng điện máy được kiểm tra việc dán nhãn năng lượng", period=Q3),
]

NOTES = [
    "District portal (huyện Đông Anh, Hà Nội): LED bulb swap campaign; banner naming the district, menu, '18/06/2024 - 10:20', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: Kế hoạch số 86/KH-UBND, 10:20, 'lần thứ 3', 'Số 68 đường Cao Lỗ', phone 024.3883.2056, 'năm 2024' in a link.",
    "'từ tháng 3 đến hết tháng 5' (year from 'năm 2024' earlier in the sentence) is the campaign period; the results sentences inherit it.",
    "Commune items (xã Uy Nỗ, xã Vân Hà, thị trấn Đông Anh) after 'Trong đó': total 1.460; a commune is not a province, city or district,",
    "so location stays Đông Anh (the spec's location is province/city/district).",
    "Bulb wattages '9W', '60W' are product specifications: optional.",
    "'khoảng 14.000 kWh mỗi tháng' is a monthly rate (kWh/tháng); 'tương đương hơn 40 triệu đồng tiền điện' is a money figure of its own",
    "(an equivalent amount, not a share), also per month. 'trong đó các doanh nghiệp tài trợ 60%' is a percent figure of its own:",
    "the 60% is a share of the 250 triệu, not a share stated for it.",
    "'Năm 2024, huyện phấn đấu ...; thay thế ít nhất 500 bộ' : 'phấn đấu' governs both clauses (target). 'khoảng ba chục' = 30, about; 'Dự kiến' → forecast.",
]

if __name__ == "__main__":
    write("p1418-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Đông Anh")
