"""p1560-7: news agency (Vietnam+/TTXVN): 'TP Hồ Chí Minh (TTXVN) -', date line with GMT+7, related stories."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """VIETNAM+ | Xã hội | Pháp luật

TP Hồ Chí Minh: Thu giữ hơn 12.000 chai sơn móng tay nhập lậu

20/11/2024 16:45 GMT+7

TP Hồ Chí Minh (TTXVN) - Ngày 20/11, Cục Quản lý thị trường TP Hồ Chí Minh cho biết Đội Quản lý thị trường số 9 vừa phối hợp với Công an quận Tân Bình kiểm tra kho hàng tại phường 13, quận Tân Bình, phát hiện hơn 12.000 chai sơn móng tay, sơn gel và 2.300 hộp dụng cụ làm móng không có hóa đơn, chứng từ chứng minh nguồn gốc.

Toàn bộ số hàng trên có nhãn tiếng nước ngoài, trị giá ước tính khoảng 1,5 tỷ đồng. Chủ hàng khai nhận lấy hàng từ biên giới phía Bắc, phân phối cho khoảng 200 tiệm nail tại các quận 10, Tân Phú và Gò Vấp với giá từ 35.000 đến 60.000 đồng/chai, thấp hơn khoảng 50% so với hàng chính hãng.

Từ đầu năm đến nay, lực lượng quản lý thị trường thành phố đã kiểm tra 1.146 vụ việc liên quan đến mỹ phẩm, xử lý 983 vụ vi phạm, tăng 15,2% so với cùng kỳ; tổng số tiền xử phạt và trị giá hàng tịch thu trên 28,6 tỷ đồng. Trong đó, mỹ phẩm, sơn móng giả mạo nhãn hiệu chiếm 41% số vụ.

Ông Nguyễn Quốc Thái, Phó Cục trưởng Cục Quản lý thị trường TP Hồ Chí Minh, cho biết trong dịp cao điểm cuối năm và Tết Nguyên đán Ất Tỵ 2025, lực lượng chức năng dự kiến kiểm tra khoảng 300 cơ sở kinh doanh mỹ phẩm, tiệm làm đẹp có dấu hiệu vi phạm, tập trung vào các tuyến đường Hai Bà Trưng, Nguyễn Trãi và các chợ đầu mối.

Người tiêu dùng phát hiện hàng giả có thể phản ánh qua số điện thoại 1800.1234 hoặc ứng dụng "QLTT HCM".

(TTXVN/Vietnam+)

Tin liên quan:
- Hà Nội: Phát hiện 3 kho mỹ phẩm không rõ nguồn gốc
- Cao điểm chống hàng giả dịp Tết 2025
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-20")
TB = "Tân Bình"

FIGS = [
    fig("Thu giữ hơn 12.000", "12.000", 12000, "count", "chai", approx="over",
        subject="chai sơn móng tay nhập lậu thu giữ"),
    fig("phát hiện hơn 12.000", "12.000", 12000, "count", "chai", approx="over", location=TB,
        subject="chai sơn móng tay, sơn gel không có hóa đơn, chứng từ"),
    fig("và 2.300 hộp", "2.300", 2300, "count", "hộp", location=TB,
        subject="hộp dụng cụ làm móng không có hóa đơn, chứng từ"),
    fig("khoảng 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="about", status="estimate", location=TB,
        subject="trị giá số hàng"),
    fig("khoảng 200 tiệm", "200", 200, "count", "tiệm", approx="about",
        subject="tiệm nail được phân phối hàng"),
    fig("từ 35.000 đến 60.000", "35.000", 35000, "money", "đồng/chai", value_max=60000, location=TB,
        change=chg("decrease", 50, "%", "hàng chính hãng", approx="about"),
        subject="giá phân phối sơn móng tay nhập lậu"),
    fig("kiểm tra 1.146 vụ", "1.146", 1146, "count", "vụ việc",
        subject="vụ việc liên quan đến mỹ phẩm được kiểm tra", period=YTD),
    fig("xử lý 983 vụ", "983", 983, "count", "vụ", change=chg("increase", 15.2, "%", "cùng kỳ"),
        subject="vụ vi phạm được xử lý", period=YTD),
    fig("trên 28,6 tỷ", "28,6", 28.6e9, "money", "đồng", approx="over",
        subject="tổng số tiền xử phạt và trị giá hàng tịch thu", period=YTD),
    fig("chiếm 41%", "41", 41, "percent", "%",
        subject="mỹ phẩm, sơn móng giả mạo nhãn hiệu trong số vụ", period=inh(YTD)),
    fig("khoảng 300 cơ sở", "300", 300, "count", "cơ sở", approx="about", status="forecast",
        subject="cơ sở kinh doanh mỹ phẩm, tiệm làm đẹp có dấu hiệu vi phạm được kiểm tra"),
]

NOTES = [
    "News agency (Vietnam+/TTXVN): section bar, '20/11/2024 16:45 GMT+7', 'TP Hồ Chí Minh (TTXVN) -', source tag, related links.",
    "Distractors: 'Đội Quản lý thị trường số 9', 'phường 13', 'quận 10', 'Ngày 20/11', 'Tết Nguyên đán Ất Tỵ 2025', 'Tết 2025',",
    "hotline 1800.1234, 'Hà Nội: Phát hiện 3 kho …' in a related-link title (page furniture), 'GMT+7', time 16:45.",
    "The warehouse figures are located in Tân Bình (the warehouse stands in phường 13, quận Tân Bình); the headline names the city.",
    "The 200 salons are spread over quận 10, Tân Phú and Gò Vấp: the city (TP Hồ Chí Minh).",
    "'trị giá ước tính khoảng 1,5 tỷ đồng' → estimate and about. 'thấp hơn khoảng 50% so với hàng chính hãng' → change of the price range.",
    "'Từ đầu năm đến nay' ends at the dateline; 'Trong đó … chiếm 41% số vụ' is its own percent figure (period inherited).",
    "'dự kiến kiểm tra khoảng 300 cơ sở' → forecast; the holiday season gives no dated period.",
]

if __name__ == "__main__":
    write("p1560-7", TEXT, NOTES, FIGS, published="2024-11-20", location="TP Hồ Chí Minh",
          ignore=("20/11", "16:45", "GMT+7", "số 9", "phường 13", "quận 10", "60.000", "50%", "15,2%", "2025", "1800", "3 kho"))
