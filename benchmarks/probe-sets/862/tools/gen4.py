"""p862-4: ministry site (Bộ Tài nguyên và Môi trường), national laundry wastewater and dry-cleaning solvent."""
from lib import F, P, I, C, write

TEXT = """
BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Môi trường
Kiểm soát nước thải từ cơ sở giặt là: cần lộ trình phù hợp
Ngày đăng: 18/11/2024 | Lượt xem: 1.046

Theo số liệu tổng hợp của Cục Kiểm soát ô nhiễm môi trường, tính đến tháng 9/2024, cả nước có khoảng 31.500 cơ sở kinh doanh dịch vụ giặt là, giặt sấy, giặt khô, trong đó khoảng 1.240 cơ sở giặt là công nghiệp có công suất từ 1 tấn đồ vải/ngày trở lên. Các địa phương có nhiều cơ sở nhất lần lượt là TP Hồ Chí Minh (8.650 cơ sở), Hà Nội (6.320 cơ sở), Đà Nẵng (1.480 cơ sở) và Khánh Hòa (1.150 cơ sở).

Tổng lượng nước thải phát sinh từ hoạt động giặt là ước tính khoảng 185.000 m3/ngày. Tuy nhiên, mới có khoảng 23% lượng nước thải này được thu gom, xử lý đạt quy chuẩn. Nước thải giặt là có hàm lượng chất hoạt động bề mặt thường cao gấp 3-5 lần giới hạn cho phép.

Với giặt khô, khảo sát tại 120 cơ sở cho thấy 64% cơ sở vẫn dùng dung môi perchloroethylene (PCE), lượng tiêu thụ bình quân khoảng 35 lít/cơ sở/tháng.

Năm 2023, lực lượng chức năng các địa phương đã kiểm tra 2.860 lượt cơ sở, xử phạt 418 cơ sở với tổng số tiền 9,7 tỷ đồng, tăng 27% so với năm 2022.

Theo dự thảo Thông tư sửa đổi Thông tư số 02/2022/TT-BTNMT, cơ sở giặt là có lưu lượng nước thải từ 5 m3/ngày trở lên phải có công trình xử lý tại chỗ. Bộ đặt mục tiêu đến năm 2030 có trên 70% lượng nước thải giặt là được xử lý đạt quy chuẩn, đồng thời giảm 50% lượng PCE sử dụng so với năm 2023.

Địa chỉ: số 10 Tôn Thất Thuyết, Cầu Giấy, Hà Nội. Điện thoại: 024.3795.6868
"""

ASOF = P("tính đến tháng 9/2024", None, "2024-09-30")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
SUBJ = "cơ sở kinh doanh dịch vụ giặt là, giặt sấy, giặt khô"

FIGS = [
    F("khoảng 31.500 cơ sở", "31.500", 31500, "count", "cơ sở", approx="about",
      subject=SUBJ, period=ASOF),
    F("khoảng 1.240 cơ sở", "1.240", 1240, "count", "cơ sở", approx="about", total=31500,
      subject="cơ sở giặt là công nghiệp", period=ASOF),
    F("từ 1 tấn đồ vải/ngày trở lên", "1", 1, "measure", "tấn/ngày", approx="at_least",
      subject="công suất cơ sở giặt là công nghiệp", optional=True),
    F("TP Hồ Chí Minh (8.650 cơ sở)", "8.650", 8650, "count", "cơ sở",
      subject=SUBJ, period=I(ASOF), location="Hồ Chí Minh"),
    F("Hà Nội (6.320 cơ sở)", "6.320", 6320, "count", "cơ sở",
      subject=SUBJ, period=I(ASOF), location="Hà Nội"),
    F("Đà Nẵng (1.480 cơ sở)", "1.480", 1480, "count", "cơ sở",
      subject=SUBJ, period=I(ASOF), location="Đà Nẵng"),
    F("Khánh Hòa (1.150 cơ sở)", "1.150", 1150, "count", "cơ sở",
      subject=SUBJ, period=I(ASOF), location="Khánh Hòa"),
    F("khoảng 185.000 m3/ngày", "185.000", 185000, "measure", "m3/ngày", approx="about",
      status="estimate", subject="tổng lượng nước thải phát sinh từ hoạt động giặt là"),
    F("khoảng 23%", "23", 23, "percent", "%", approx="about",
      subject="lượng nước thải giặt là được thu gom, xử lý đạt quy chuẩn"),
    F("gấp 3-5 lần", "3", 3, "multiple", "lần", value_max=5,
      subject="hàm lượng chất hoạt động bề mặt trong nước thải giặt là so với giới hạn cho phép"),
    F("tại 120 cơ sở", "120", 120, "count", "cơ sở", subject="cơ sở giặt khô được khảo sát"),
    F("64% cơ sở", "64", 64, "percent", "%", subject="cơ sở giặt khô vẫn dùng dung môi PCE"),
    F("khoảng 35 lít/cơ sở/tháng", "35", 35, "measure", "lít/cơ sở/tháng", approx="about",
      subject="lượng dung môi PCE tiêu thụ bình quân"),
    F("2.860 lượt cơ sở", "2.860", 2860, "count", "lượt cơ sở",
      subject="lượt cơ sở giặt là được kiểm tra", period=Y23),
    F("xử phạt 418 cơ sở", "418", 418, "count", "cơ sở", subject="cơ sở giặt là bị xử phạt",
      period=Y23),
    F("9,7 tỷ đồng", "9,7", 9_700_000_000, "money", "đồng",
      change=C("increase", 27, "%", "năm 2022"), subject="tổng số tiền xử phạt", period=Y23),
    F("từ 5 m3/ngày trở lên", "5", 5, "measure", "m3/ngày", approx="at_least",
      subject="lưu lượng nước thải của cơ sở giặt là phải có công trình xử lý tại chỗ",
      optional=True),
    F("trên 70%", "70", 70, "percent", "%", approx="over", status="target",
      subject="lượng nước thải giặt là được xử lý đạt quy chuẩn", period=T30),
    F("giảm 50%", "50", 50, "percent", "%", status="target",
      subject="giảm lượng PCE sử dụng so với năm 2023", period=T30),
]

NOTES = [
    "Ministry of Natural Resources and Environment site: national laundry wastewater and dry-cleaning solvent (PCE), 2024.",
    "Distractors: Lượt xem 1.046, Thông tư số 02/2022/TT-BTNMT, số 10 Tôn Thất Thuyết, phone 024.3795.6868, 'năm 2022/2023' baselines.",
    "Ranking list (8.650 + 6.320 + 1.480 + 1.150 is not the whole): each item a figure of the list's indicator, place = location, no total.",
    "Thresholds of a rule or a category (1 tấn/ngày, 5 m3/ngày) optional. 'giảm 50% ... so với năm 2023' as a target with no base amount: percent figure, status target, no change.",
    "'gấp 3-5 lần giới hạn cho phép' standing as the claim: multiple, range.",
]

if __name__ == "__main__":
    write(4, TEXT, FIGS, NOTES, published="2024-11-18", location="Việt Nam")
