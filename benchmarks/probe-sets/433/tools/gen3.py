from lib import write, P, CH, T

TEXT = """BÁO CÀ MAU - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH CÀ MAU

Giá tôm tại ao tăng, người nuôi phấn khởi

(CMO) Những ngày đầu tháng 10, giá tôm nguyên liệu tại ao trên địa bàn tỉnh tiếp tục tăng. Tôm thẻ chân trắng loại 100 con/kg được thương lái thu mua 105.000 đồng/kg, tăng 10.000 đồng/kg so với tháng trước; loại 70 con/kg giá 128.000 đồng/kg; tôm sú loại 20 con/kg dao động từ 300.000 đến 310.000 đồng/kg, cao hơn khoảng 15% so với cùng kỳ năm ngoái.

Ông Nguyễn Văn Tư, ấp 7, xã Tân Duyệt, huyện Đầm Dơi, cho biết gia đình ông có 4 ao nuôi siêu thâm canh với tổng diện tích 1,2 ha. Vụ này ông thu hoạch gần 28 tấn tôm, sau khi trừ chi phí lãi khoảng 1,4 tỷ đồng. "Giá thành nuôi hiện khoảng 75.000 - 80.000 đồng/kg, nên với giá bán như hiện nay, cứ 1 kg tôm người nuôi lãi từ 25.000 đồng trở lên", ông Tư nói.

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng năm 2024, sản lượng tôm nuôi của tỉnh ước đạt 172.500 tấn, bằng 71,9% kế hoạch, tăng 5,3% so với cùng kỳ. Diện tích nuôi tôm siêu thâm canh toàn tỉnh hiện có 2.460 ha, tập trung ở các huyện Cái Nước, Đầm Dơi, Trần Văn Thời và TP. Cà Mau; năng suất bình quân đạt 35-40 tấn/ha/năm.

Tuy nhiên, ngành chức năng khuyến cáo người nuôi không ồ ạt thả nuôi khi giá tăng. Theo Hiệp hội Chế biến và Xuất khẩu thủy sản Việt Nam (VASEP), giá tôm có thể giảm nhẹ vào quý IV/2024 khi nguồn cung từ Ấn Độ, Ecuador tăng trở lại; người nuôi cần tuân thủ lịch thời vụ, chọn con giống sạch bệnh.

Hoàng Vũ
08/10/2024
"""

FIGS = [
    dict(anchor="loại 100 con/kg", number="100", value=100, kind="measure", unit="con/kg",
         subject="cỡ tôm thẻ chân trắng", optional=True),
    dict(anchor="thu mua 105.000 đồng/kg", number="105.000", value=105000, kind="money", unit="đồng/kg",
         change=CH("increase", 10000, "đồng/kg", "tháng trước"),
         subject="giá tôm thẻ chân trắng loại 100 con/kg tại ao"),
    dict(anchor="loại 70 con/kg", number="70", value=70, kind="measure", unit="con/kg",
         subject="cỡ tôm thẻ chân trắng", optional=True),
    dict(anchor="giá 128.000 đồng/kg", number="128.000", value=128000, kind="money", unit="đồng/kg",
         subject="giá tôm thẻ chân trắng loại 70 con/kg tại ao"),
    dict(anchor="loại 20 con/kg", number="20", value=20, kind="measure", unit="con/kg",
         subject="cỡ tôm sú", optional=True),
    dict(anchor="từ 300.000 đến 310.000 đồng/kg", number="300.000", value=300000, value_max=310000, kind="money",
         unit="đồng/kg", change=CH("increase", 15, "%", "cùng kỳ năm ngoái", approx="about"),
         subject="giá tôm sú loại 20 con/kg tại ao"),
    dict(anchor="có 4 ao", number="4", value=4, kind="count", unit="ao", location="Đầm Dơi",
         subject="ao nuôi siêu thâm canh của gia đình ông Tư"),
    dict(anchor="tổng diện tích 1,2 ha", number="1,2", value=1.2, kind="measure", unit="ha", location="Đầm Dơi",
         subject="tổng diện tích ao nuôi siêu thâm canh của gia đình ông Tư"),
    dict(anchor="gần 28 tấn", number="28", value=28, kind="measure", unit="tấn", approx="nearly",
         location="Đầm Dơi", subject="sản lượng tôm thu hoạch vụ này của gia đình ông Tư"),
    dict(anchor="khoảng 1,4 tỷ đồng", number="1,4", value=1400000000, kind="money", unit="đồng", approx="about",
         location="Đầm Dơi", subject="lãi sau khi trừ chi phí"),
    dict(anchor="khoảng 75.000 - 80.000 đồng/kg", number="75.000", value=75000, value_max=80000, kind="money",
         unit="đồng/kg", approx="about", subject="giá thành nuôi tôm"),
    dict(anchor="từ 25.000 đồng trở lên", number="25.000", value=25000, kind="money", unit="đồng/kg",
         approx="at_least", subject="lãi của người nuôi trên 1 kg tôm"),
    dict(anchor="ước đạt 172.500 tấn", number="172.500", value=172500, kind="measure", unit="tấn",
         status="estimate", percent=71.9, change=CH("increase", 5.3, "%", "cùng kỳ"),
         subject="sản lượng tôm nuôi", period=P("9 tháng năm 2024", "2024-01-01", "2024-09-30")),
    dict(anchor="hiện có 2.460 ha", number="2.460", value=2460, kind="measure", unit="ha",
         subject="diện tích nuôi tôm siêu thâm canh"),
    dict(anchor="35-40 tấn/ha/năm", number="35", value=35, value_max=40, kind="measure", unit="tấn/ha/năm",
         subject="năng suất bình quân nuôi tôm siêu thâm canh"),
]

HEADER = """Báo Cà Mau (Party newspaper): pond-gate shrimp prices in early October 2024, a super-intensive farmer in Đầm Dơi, provincial output for 9 months.
No dateline at the top; byline and bare date '08/10/2024' at the end (published). '(CMO)' is the paper's tag (implies Cà Mau).
Distractors: 'ấp 7' (address), 'đầu tháng 10', 'quý IV/2024' (forecast with no number), 'cứ 1 kg' (rate denominator, not a figure).
Price list shares the indicator 'giá … tại ao'; grade labels 'loại 100/70/20 con/kg' are optional. 'tăng 10.000 đồng/kg so với tháng trước'
and 'cao hơn khoảng 15% so với cùng kỳ năm ngoái' are changes of their prices. The prices' 'đầu tháng 10' is left without a period (part of a month).
The farmer's figures take his district Đầm Dơi as location; the cost and profit per kg he quotes are general (province).
'ước đạt 172.500 tấn, bằng 71,9% kế hoạch, tăng 5,3%' → estimate with percent and change. '35-40 tấn/ha/năm' is a range."""

write(3, TEXT, HEADER, FIGS, published="2024-10-08", location="Cà Mau")
