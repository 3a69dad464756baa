"""p746-6: national press — pineapple (khóm) prices in Hậu Giang double, canning plants short of raw fruit, national exports 4 months 2024."""
from lib import emit, fig, per, inh, chg

TEXT = """Kinh doanh › Hàng hóa
Thứ tư, 15/5/2024, 06:30 (GMT+7)

Giá khóm Hậu Giang lên 10.000 đồng/kg, nhà máy đồ hộp thiếu nguyên liệu

Giá khóm tại Hậu Giang tăng gấp 2 lần so với cùng kỳ năm ngoái nhưng nhiều nhà máy đóng hộp trong vùng chỉ chạy khoảng 50% công suất.

Ông Nguyễn Văn Tư, chủ 3,5 ha khóm ở xã Hỏa Tiến, TP Vị Thanh (Hậu Giang), cho biết khóm loại 1 tại vườn hiện được thương lái mua 9.500 đồng/kg, tăng gần 4.500 đồng so với đầu năm.

Theo Sở NN&PTNT Hậu Giang, tỉnh có 2.880 ha khóm, chủ yếu tại TP Vị Thanh và huyện Long Mỹ; sản lượng quý I/2024 đạt 16.400 tấn, giảm 7% so với cùng kỳ do khô hạn. Tại Kiên Giang, diện tích khóm Tắc Cậu khoảng 9.800 ha.

Đại diện Công ty TNHH Thực phẩm xuất khẩu Mekong (khu công nghiệp Tân Phú Thạnh) cho biết nhà máy có công suất 200 tấn nguyên liệu mỗi ngày, nhưng từ đầu tháng 4 chỉ mua được 90-100 tấn/ngày. Hợp đồng xuất khẩu 1.200 container khóm đóng hộp sang EU, Mỹ phải giãn tiến độ.

Theo Hiệp hội Rau quả Việt Nam (Vinafruit), 4 tháng đầu năm, xuất khẩu dứa đạt 41,5 triệu USD, tăng 23% so với cùng kỳ; trong đó tháng 4 đạt 11,2 triệu USD. Cả nước có hơn 30 nhà máy chế biến dứa. Vinafruit kiến nghị mục tiêu mở rộng vùng nguyên liệu thêm 10.000-15.000 ha đến năm 2030.

Hoàng Nam
"""

FIGS = [
    fig("lên 10.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá khóm"),
    fig("gấp 2 lần", "2", 2, "multiple", "lần", "giá khóm so với cùng kỳ năm ngoái"),
    fig("khoảng 50% công suất", "50", 50, "percent", "%", "công suất nhà máy đóng hộp", approx="about"),
    fig("chủ 3,5 ha", "3,5", 3.5, "measure", "ha", "diện tích khóm của ông Nguyễn Văn Tư", location="Vị Thanh"),
    fig("mua 9.500 đồng/kg", "9.500", 9500, "money", "đồng/kg", "giá khóm loại 1 tại vườn", location="Vị Thanh",
        change=chg("increase", 4500, "đồng", "đầu năm", approx="nearly")),
    fig("có 2.880 ha", "2.880", 2880, "measure", "ha", "diện tích khóm"),
    fig("đạt 16.400 tấn", "16.400", 16400, "measure", "tấn", "sản lượng khóm",
        per("quý I/2024", "2024-01-01", "2024-03-31"), change=chg("decrease", 7, "%", "cùng kỳ")),
    fig("khoảng 9.800 ha", "9.800", 9800, "measure", "ha", "diện tích khóm Tắc Cậu", approx="about",
        location="Kiên Giang"),
    fig("công suất 200 tấn", "200", 200, "measure", "tấn/ngày", "công suất nhà máy"),
    fig("90-100 tấn/ngày", "90", 90, "measure", "tấn/ngày", "nguyên liệu nhà máy mua được", value_max=100),
    fig("1.200 container", "1.200", 1200, "count", "container", "container khóm đóng hộp xuất khẩu phải giãn tiến độ"),
    fig("đạt 41,5 triệu USD", "41,5", 41500000, "money", "USD", "xuất khẩu dứa",
        per("4 tháng đầu năm", "2024-01-01", "2024-04-30"), change=chg("increase", 23, "%", "cùng kỳ"),
        location="Việt Nam"),
    fig("đạt 11,2 triệu USD", "11,2", 11200000, "money", "USD", "xuất khẩu dứa tháng 4",
        per("tháng 4", "2024-04-01", "2024-04-30"), location="Việt Nam"),
    fig("hơn 30 nhà máy", "30", 30, "count", "nhà máy", "nhà máy chế biến dứa", approx="over", location="Việt Nam"),
    fig("thêm 10.000-15.000 ha", "10.000", 10000, "measure", "ha", "vùng nguyên liệu mở rộng thêm",
        per("đến năm 2030", None, "2030-12-31"), value_max=15000, status="target", location="Việt Nam"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ tư, 15/5/2024, 06:30 (GMT+7)', byline at the end): khóm prices in Hậu Giang, canning plants",
    "short of raw fruit, national exports 4 months 2024 (Vinafruit).",
    "Default location Hậu Giang; the farmer in xã Hỏa Tiến, TP Vị Thanh is Vị Thanh; Tắc Cậu area is Kiên Giang; Vinafruit figures Việt Nam.",
    "'tăng gấp 2 lần so với cùng kỳ' with no base amount is the claim: a multiple figure. 'tăng gần 4.500 đồng so với đầu năm' is the",
    "change of 9.500 đồng/kg. 'trong đó tháng 4 đạt 11,2 triệu USD' is a sub-period of the 4-month total, not the same period: no total.",
    "'từ đầu tháng 4' has no end and no 'đến nay': no period. 'kiến nghị mục tiêu … đến năm 2030' → target.",
    "revised after the first run: subject of 1.200 container now names the counted noun ('container khóm đóng hộp xuất khẩu phải giãn",
    "tiến độ'), as shared count subjects do; it had only the frame 'hợp đồng xuất khẩu …'.",
    "Distractors: 'khóm loại 1', time 06:30, (GMT+7), 'Tân Phú Thạnh'.",
]

if __name__ == "__main__":
    emit("p746-6", TEXT, COMMENTS, FIGS, published="2024-05-15", location="Hậu Giang")
