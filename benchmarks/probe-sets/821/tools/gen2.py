"""p821-2: Kim Bảng district portal (Hà Nam), limestone quarries, 8 months 2023."""
from lib import F, period, change, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KIM BẢNG - TỈNH HÀ NAM
Trang chủ | Tin tức - Sự kiện | Kinh tế
Kim Bảng tăng cường quản lý hoạt động khai thác đá
Thứ Năm, 14/09/2023 - 09:40

Huyện Kim Bảng hiện có 16 mỏ đá vôi làm vật liệu xây dựng thông thường đang hoạt động, tập trung tại các xã Thanh Sơn (7 mỏ), Liên Sơn (4 mỏ), Thi Sơn (3 mỏ) và Khả Phong (2 mỏ), tổng diện tích được cấp phép khoảng 312 ha.

8 tháng đầu năm, các mỏ đã khai thác khoảng 4,1 triệu m3 đá nguyên khai, bằng 68% công suất được cấp phép, giảm 9,5% so với cùng kỳ năm 2022 do nhu cầu vật liệu trên thị trường giảm. Giá đá hộc tại mỏ hiện ở mức 140.000 - 160.000 đồng/m3, đá 1x2 khoảng 270.000 đồng/m3. Các doanh nghiệp đã nộp ngân sách trên 57 tỷ đồng, tạo việc làm cho gần 1.200 lao động với thu nhập bình quân 8,5 triệu đồng/người/tháng.

Thực hiện Kế hoạch số 95/KH-UBND, từ đầu năm đến nay, Đoàn kiểm tra liên ngành của huyện đã kiểm tra 9 mỏ, phát hiện 2 doanh nghiệp khai thác vượt ra ngoài ranh giới mỏ với diện tích khoảng 1,5 ha, xử phạt 420 triệu đồng. Các mỏ đã ký quỹ cải tạo, phục hồi môi trường 46,3/52,8 tỷ đồng phải nộp, đạt 87,7%.

Phấn đấu đến cuối năm 2023, 100% mỏ đá lắp đặt trạm cân và camera giám sát; hiện mới có 11/16 mỏ hoàn thành. Huyện cũng cấm xe chở vật liệu có tải trọng trên 15 tấn lưu thông trên tuyến ĐT.498 và Quốc lộ 21A qua thị trấn Ba Sao vào giờ cao điểm.

Minh Hằng - Trung tâm VH-TT&TT huyện
"""

M8 = period("8 tháng đầu năm", "2023-01-01", "2023-08-31")
M8i = period("8 tháng đầu năm", "2023-01-01", "2023-08-31", inherited=True)
YTD = period("từ đầu năm đến nay", "2023-01-01", "2023-09-14")
MINES = "mỏ đá vôi làm vật liệu xây dựng thông thường đang hoạt động"
FIGS = [
    F("có 16 mỏ", "16", 16, "count", "mỏ", subject=MINES),
    F("Thanh Sơn (7 mỏ)", "7", 7, "count", "mỏ", total=16, subject=MINES),
    F("Liên Sơn (4 mỏ)", "4", 4, "count", "mỏ", total=16, subject=MINES),
    F("Thi Sơn (3 mỏ)", "3", 3, "count", "mỏ", total=16, subject=MINES),
    F("Khả Phong (2 mỏ)", "2", 2, "count", "mỏ", total=16, subject=MINES),
    F("khoảng 312 ha", "312", 312, "measure", "ha", approx="about",
      subject="tổng diện tích mỏ đá được cấp phép"),
    F("khoảng 4,1 triệu m3", "4,1", 4.1e6, "measure", "m3", approx="about", percent=68,
      change=change("decrease", 9.5, baseline="cùng kỳ năm 2022"),
      subject="đá nguyên khai khai thác", per=M8),
    F("140.000 - 160.000 đồng/m3", "140.000", 140000, "money", "đồng/m3", value_max=160000,
      subject="giá đá hộc tại mỏ"),
    F("khoảng 270.000 đồng/m3", "270.000", 270000, "money", "đồng/m3", approx="about",
      subject="giá đá 1x2"),
    F("trên 57 tỷ đồng", "57", 57 * 10**9, "money", "đồng", approx="over",
      subject="ngân sách các doanh nghiệp khai thác đá đã nộp", per=M8i),
    F("gần 1.200 lao động", "1.200", 1200, "count", "lao động", approx="nearly",
      subject="lao động có việc làm tại các doanh nghiệp khai thác đá"),
    F("8,5 triệu đồng/người/tháng", "8,5", 8.5e6, "money", "đồng/người/tháng",
      subject="thu nhập bình quân của lao động"),
    F("kiểm tra 9 mỏ", "9", 9, "count", "mỏ", subject="mỏ được Đoàn kiểm tra liên ngành kiểm tra", per=YTD),
    F("phát hiện 2 doanh nghiệp", "2", 2, "count", "doanh nghiệp",
      subject="doanh nghiệp khai thác vượt ra ngoài ranh giới mỏ", per=YTD),
    F("khoảng 1,5 ha", "1,5", 1.5, "measure", "ha", approx="about",
      subject="diện tích khai thác vượt ra ngoài ranh giới mỏ", per=YTD),
    F("xử phạt 420 triệu đồng", "420", 420e6, "money", "đồng", subject="tiền xử phạt", per=YTD),
    F("46,3/52,8 tỷ", "46,3", 46.3e9, "money", "đồng", total=52.8e9, percent=87.7,
      subject="tiền ký quỹ cải tạo, phục hồi môi trường đã nộp"),
    F("100% mỏ đá", "100", 100, "percent", "%", status="target",
      subject="mỏ đá lắp đặt trạm cân và camera giám sát",
      per=period("đến cuối năm 2023", end="2023-12-31")),
    F("11/16 mỏ", "11", 11, "count", "mỏ", total=16,
      subject="mỏ hoàn thành lắp đặt trạm cân và camera giám sát"),
    F("trên 15 tấn", "15", 15, "measure", "tấn", approx="over", optional=True,
      subject="tải trọng xe chở vật liệu bị cấm"),
]

COMMENTS = [
    "Kim Bảng district portal (Hà Nam): limestone quarries, output, prices, revenue, inspections, deposits (8 months 2023).",
    "Commune list in brackets adds up to 16 (total 16); commune figures keep the district as location (the spec's location is a province,",
    "city or district). '46,3/52,8 tỷ đồng phải nộp' is paid/due: total 52.8 tỷ (no plan word), share 87,7%. 'đá 1x2' (a grade), 'thị trấn",
    "Ba Sao', ĐT.498, Quốc lộ 21A, Kế hoạch 95 are not figures. 'trên 15 tấn' is a rule threshold (optional). 'từ đầu năm đến nay' ends at",
    "the dateline.",
]

write(2, TEXT, FIGS, COMMENTS, published="2023-09-14", location="Kim Bảng")
