"""p580-6: national press (VnExpress style), textile orders and prices mid-2024, H1 exports, company cases."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh > Doanh nghiệp
Thứ năm, 11/7/2024, 06:30 (GMT+7)

Doanh nghiệp dệt may kín đơn hàng đến quý III
Nhiều doanh nghiệp dệt may đã có đơn hàng đến hết quý III, song giá gia công giảm từ 10 đến 15% so với năm 2023.

Theo Tổng cục Thống kê, 6 tháng đầu năm, kim ngạch xuất khẩu hàng dệt may ước đạt 16,4 tỷ USD, tăng 3,4% so với cùng kỳ năm trước. Riêng tháng 6, xuất khẩu đạt 3,05 tỷ USD, tăng 7,1% so với tháng 5.

Ông Trương Văn Cẩm, Phó chủ tịch Hiệp hội Dệt may Việt Nam (VITAS), cho biết qua khảo sát 150 doanh nghiệp hội viên, khoảng 65% đã có đơn hàng đến hết quý III, 20% có đơn hàng đến tháng 8; số còn lại vẫn thiếu đơn hàng.

Tại Tổng công ty May 10 (Hà Nội), đơn hàng đã kín đến tháng 10, doanh thu 6 tháng đạt 2.150 tỷ đồng, tăng 8%. Đơn vị đang tuyển thêm 300 công nhân với thu nhập bình quân 9,2 triệu đồng/người/tháng.

Tương tự, Công ty TNHH Hansae Việt Nam (TP Hồ Chí Minh) cho biết đơn hàng quý III tăng khoảng 20% so với quý II, song đơn giá thấp hơn 5-7%.

Từ ngày 1/7/2024, lương tối thiểu vùng tăng 6% theo Nghị định 74/2024/NĐ-CP, khiến chi phí nhân công của doanh nghiệp tăng thêm.

Năm 2024, VITAS đặt mục tiêu xuất khẩu 44 tỷ USD. Để đạt mục tiêu, 6 tháng cuối năm ngành cần đạt khoảng 27,6 tỷ USD, bình quân 4,6 tỷ USD/tháng.

Phương Linh
"""

H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
H2 = P("6 tháng cuối năm", "2024-07-01", "2024-12-31")
Q3 = P("quý III", "2024-07-01", "2024-09-30")

FIGS = [
    F("từ 10 đến 15%", "10", 10, "percent", "%", "giá gia công giảm", value_max=15),
    F("ước đạt 16,4 tỷ USD", "16,4", 16.4e9, "money", "USD", "kim ngạch xuất khẩu hàng dệt may", H1,
      change=CH("increase", 3.4, baseline="cùng kỳ năm trước"), status="estimate"),
    F("đạt 3,05 tỷ USD", "3,05", 3.05e9, "money", "USD", "xuất khẩu tháng 6",
      P("tháng 6", "2024-06-01", "2024-06-30"), change=CH("increase", 7.1, baseline="tháng 5")),
    F("khảo sát 150 doanh nghiệp", "150", 150, "count", "doanh nghiệp", "doanh nghiệp hội viên được khảo sát"),
    F("khoảng 65% đã có", "65", 65, "percent", "%", "doanh nghiệp đã có đơn hàng đến hết quý III", approx="about"),
    F("20% có đơn hàng", "20", 20, "percent", "%", "doanh nghiệp có đơn hàng đến tháng 8"),
    F("đạt 2.150 tỷ đồng", "2.150", 2150e9, "money", "đồng", "doanh thu Tổng công ty May 10",
      P("6 tháng", "2024-01-01", "2024-06-30"), change=CH("increase", 8), location="Hà Nội"),
    F("thêm 300 công nhân", "300", 300, "count", "công nhân", "công nhân tuyển thêm", location="Hà Nội"),
    F("bình quân 9,2 triệu", "9,2", 9.2e6, "money", "đồng/người/tháng", "thu nhập bình quân", location="Hà Nội"),
    F("khoảng 20% so với quý II", "20", 20, "percent", "%", "đơn hàng quý III", Q3, approx="about",
      location="TP Hồ Chí Minh"),
    F("thấp hơn 5-7%", "5", 5, "percent", "%", "đơn giá", I(Q3), value_max=7, location="TP Hồ Chí Minh"),
    F("tăng 6% theo", "6", 6, "percent", "%", "lương tối thiểu vùng"),
    F("xuất khẩu 44 tỷ USD", "44", 44e9, "money", "USD", "xuất khẩu",
      P("Năm 2024", "2024-01-01", "2024-12-31"), status="target"),
    F("khoảng 27,6 tỷ USD", "27,6", 27.6e9, "money", "USD", "xuất khẩu ngành cần đạt", H2,
      approx="about", status="target"),
    F("bình quân 4,6 tỷ USD/tháng", "4,6", 4.6e9, "money", "USD/tháng", "xuất khẩu bình quân", H2, status="target"),
]

COMMENTS = [
    "National press (VnExpress style): dệt may orders and processing prices mid-2024, H1 exports, VITAS survey, company cases.",
    "'Thứ năm, 11/7/2024, 06:30 (GMT+7)' is the dateline; year-less '6 tháng đầu năm', 'tháng 6', 'quý III' take 2024.",
    "'May 10' (company name), 'Nghị định 74/2024/NĐ-CP', 'ngày 1/7/2024', order horizons ('đến tháng 10', 'đến hết quý III')",
    "are not figures. Price and order growth rates are percent figures (ranges 10-15%, 5-7%), no change. Company figures",
    "take the bracketed city as location (Hà Nội, TP Hồ Chí Minh); the rest is national (Việt Nam). 'Riêng tháng 6, xuất khẩu",
    "đạt' has no 'ước': actual. 'Để đạt mục tiêu ... cần đạt khoảng 27,6 tỷ USD' → target, with the monthly average.",
    "Baseline years ('so với năm 2023') are not periods of the lead's 10-15%: no period.",
]

if __name__ == "__main__":
    emit("p580-6", TEXT, COMMENTS, FIGS, published="2024-07-11", location="Việt Nam")
