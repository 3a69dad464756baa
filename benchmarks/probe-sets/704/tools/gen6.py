"""p704-6: national press (VnExpress-style dateline), counterfeits on e-commerce platforms, 5 months 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Thương mại điện tử

Thứ hai, 3/6/2024, 07:00 (GMT+7)

Hàng giả "tràn" sàn thương mại điện tử, 5 tháng phạt gần 24 tỷ đồng

Lực lượng quản lý thị trường liên tục phát hiện các vụ kinh doanh túi xách, đồng hồ, mỹ phẩm giả trên mạng, trong khi mức phạt hiện hành bị cho là chưa đủ răn đe.

Theo Tổng cục Quản lý thị trường, 5 tháng đầu năm 2024, lực lượng quản lý thị trường cả nước đã kiểm tra 1.826 vụ việc liên quan đến thương mại điện tử, xử lý vi phạm 1.517 vụ, phạt tiền gần 24 tỷ đồng, tăng 37% so với cùng kỳ năm ngoái.

Riêng tại Hà Nội, lực lượng đã phát hiện 312 vụ kinh doanh hàng giả qua mạng, tạm giữ khoảng 65.000 sản phẩm mang nhãn hiệu Gucci, Chanel, Rolex. Nhiều mặt hàng được rao bán với giá chỉ 350.000 đồng/chiếc, thấp hơn từ 10 đến 20 lần so với hàng chính hãng.

Khảo sát của Hiệp hội Chống hàng giả và Bảo vệ thương hiệu Việt Nam (VATAP) cho thấy khoảng 30-40% người tiêu dùng từng mua phải hàng giả khi mua sắm trực tuyến. Trong quý I/2024, các sàn thương mại điện tử đã gỡ bỏ 12.450 gian hàng vi phạm, trong đó riêng sàn Shopee là 7.260 gian hàng.

Ông Trần Hữu Linh, Tổng cục trưởng Tổng cục Quản lý thị trường, cho biết mức phạt với hành vi kinh doanh hàng giả trên mạng hiện tối đa 200 triệu đồng đối với tổ chức và tối đa 100 triệu đồng đối với cá nhân. Bộ Công Thương dự kiến trình Chính phủ sửa đổi Nghị định 98/2020/NĐ-CP theo hướng nâng mức phạt lên gấp 2 lần.

Theo Báo cáo Chỉ số Thương mại điện tử Việt Nam (EBI) 2024, quy mô thị trường bán lẻ trực tuyến năm 2023 đạt khoảng 20,5 tỷ USD, tăng 25% so với năm 2022, đứng thứ 3 Đông Nam Á.

Minh Sơn
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Y23 = P("năm 2023", "2023-01-01", "2023-12-31")

FIGS = [
    F("5 tháng phạt gần 24 tỷ đồng", "24", 24000000000, "money", "đồng", approx="nearly",
      subject="tiền phạt vi phạm kinh doanh hàng giả trên sàn thương mại điện tử",
      period=P("5 tháng", "2024-01-01", "2024-05-31")),
    F("kiểm tra 1.826 vụ việc", "1.826", 1826, "count", "vụ việc",
      subject="vụ việc liên quan đến thương mại điện tử kiểm tra", period=M5),
    F("xử lý vi phạm 1.517 vụ", "1.517", 1517, "count", "vụ",
      subject="vụ xử lý vi phạm", period=M5),
    F("phạt tiền gần 24 tỷ đồng", "24", 24000000000, "money", "đồng", approx="nearly",
      change=CH("increase", 37, "%", "cùng kỳ năm ngoái"),
      subject="phạt tiền", period=M5),
    F("phát hiện 312 vụ", "312", 312, "count", "vụ",
      subject="vụ kinh doanh hàng giả qua mạng phát hiện", period=I(M5), location="Hà Nội"),
    F("khoảng 65.000 sản phẩm", "65.000", 65000, "count", "sản phẩm", approx="about",
      subject="sản phẩm mang nhãn hiệu Gucci, Chanel, Rolex tạm giữ", period=I(M5), location="Hà Nội"),
    F("350.000 đồng/chiếc", "350.000", 350000, "money", "đồng/chiếc",
      change=CH("decrease", 10, "lần", "hàng chính hãng"),
      subject="giá rao bán", location="Hà Nội"),
    F("khoảng 30-40%", "30", 30, "percent", "%", approx="about", value_max=40,
      subject="người tiêu dùng từng mua phải hàng giả khi mua sắm trực tuyến"),
    F("gỡ bỏ 12.450 gian hàng", "12.450", 12450, "count", "gian hàng",
      subject="gian hàng vi phạm các sàn thương mại điện tử gỡ bỏ",
      period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("là 7.260 gian hàng", "7.260", 7260, "count", "gian hàng", total=12450,
      subject="gian hàng vi phạm sàn Shopee gỡ bỏ",
      period=P("quý I/2024", "2024-01-01", "2024-03-31")),
    F("tối đa 200 triệu đồng", "200", 200000000, "money", "đồng", approx="at_most",
      subject="mức phạt với hành vi kinh doanh hàng giả trên mạng đối với tổ chức"),
    F("tối đa 100 triệu đồng", "100", 100000000, "money", "đồng", approx="at_most",
      subject="mức phạt với hành vi kinh doanh hàng giả trên mạng đối với cá nhân"),
    F("gấp 2 lần", "2", 2, "multiple", "lần", status="forecast",
      subject="nâng mức phạt"),
    F("khoảng 20,5 tỷ USD", "20,5", 20500000000, "money", "USD", approx="about",
      change=CH("increase", 25, "%", "năm 2022"),
      subject="quy mô thị trường bán lẻ trực tuyến", period=Y23),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="quy mô thị trường bán lẻ trực tuyến Đông Nam Á", period=Y23),
]

COMMENTS = [
    "National press (VnExpress-style dateline): hàng giả trên sàn thương mại điện tử, 5 tháng đầu năm 2024 (invented, probe set 704).",
    "Distractors: '(GMT+7)', '07:00', 'Nghị định 98/2020/NĐ-CP', 'EBI 2024' (report name), brand names, quý I/2024 as a period.",
    "Headline '5 tháng' takes the year of the dateline. Hà Nội paragraph: location Hà Nội (the price paragraph continues it).",
    "'thấp hơn từ 10 đến 20 lần so với hàng chính hãng' after the price is its change (decrease, lower bound 10 lần; a change has no value_max).",
    "'khoảng 30-40%' a percent range (about). 7.260 after 'trong đó' of 12.450 gian hàng: total. 'tối đa' -> at_most on each fine.",
    "'nâng mức phạt lên gấp 2 lần' stands as the claim: multiple, forecast (dự kiến). 'đứng thứ 3 Đông Nam Á' is a rank for Việt Nam.",
]

if __name__ == "__main__":
    emit("p704-6", TEXT, COMMENTS, FIGS, published="2024-06-03", location="Việt Nam")
