"""p1485-8: radio/TV site (Đài PT-TH Cà Mau): fishing households in huyện Năm Căn buy freezers."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH - TRUYỀN HÌNH CÀ MAU
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Ngư dân Năm Căn sắm tủ đông bảo quản hải sản

Cập nhật lúc 17:45 ngày 03/12/2024

(CTV) - Từ đầu năm đến nay, trên địa bàn huyện Năm Căn có thêm 326 hộ nuôi trồng, khai thác thủy sản đầu tư tủ đông, nâng tổng số hộ có tủ đông lên hơn 1.900 hộ, chiếm gần 40% số hộ làm nghề thủy sản của huyện.

Ông Huỳnh Văn Sáu ở ấp Xẻo Sao, xã Hàng Vịnh, cho biết gia đình vừa mua 2 tủ đông dung tích 500 lít với giá 9,8 triệu đồng/chiếc. "Trước đây tôm, cua đánh bắt về phải bán ngay cho thương lái, giá thấp hơn khoảng 15.000-20.000 đồng/kg. Có tủ đông, mình trữ được 3-4 ngày, chờ giá lên mới bán", ông Sáu nói.

Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, mỗi tủ đông tiêu thụ khoảng 60-80 kWh điện/tháng; nhiều hộ đã lắp thêm tấm pin mặt trời để giảm tiền điện. Năm 2024, huyện phối hợp Ngân hàng Chính sách xã hội cho 118 hộ vay tổng cộng 4,2 tỷ đồng để mua tủ đông, máy phát điện, mức vay tối đa 50 triệu đồng/hộ.

Toàn tỉnh Cà Mau hiện có khoảng 14.500 hộ sử dụng tủ đông phục vụ sản xuất thủy sản, gấp đôi năm 2020. Ngành công thương tỉnh khuyến cáo người dân chọn tủ có dán nhãn năng lượng, phấn đấu đến năm 2025 có 70% hộ dùng tủ đông tiết kiệm điện.

Biên tập: Thanh Trúc | Lượt xem: 842

Tin cùng chuyên mục:
- Cà Mau: Giá tôm sú loại 30 con/kg tăng nhẹ
- Năm Căn ra quân bảo vệ rừng ngập mặn mùa khô 2024-2025
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-12-03")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
CM = "Cà Mau"

FIGS = [
    fig("thêm 326 hộ", "326", 326, "count", "hộ",
        subject="hộ nuôi trồng, khai thác thủy sản đầu tư tủ đông", period=YTD),
    fig("hơn 1.900 hộ", "1.900", 1900, "count", "hộ", approx="over", percent=40,
        subject="tổng số hộ có tủ đông"),
    fig("mua 2 tủ", "2", 2, "count", "tủ đông", subject="tủ đông gia đình ông Sáu vừa mua"),
    fig("dung tích 500 lít", "500", 500, "measure", "lít", optional=True,
        subject="dung tích tủ đông"),
    fig("giá 9,8 triệu", "9,8", 9.8e6, "money", "đồng/chiếc", subject="giá tủ đông"),
    fig("khoảng 15.000-20.000", "15.000", 15000, "money", "đồng/kg", value_max=20000, approx="about",
        subject="giá bán ngay cho thương lái thấp hơn"),
    fig("được 3-4 ngày", "3", 3, "measure", "ngày", value_max=4,
        subject="thời gian trữ hải sản nhờ tủ đông"),
    fig("khoảng 60-80 kWh", "60", 60, "measure", "kWh/tháng", value_max=80, approx="about",
        subject="điện mỗi tủ đông tiêu thụ"),
    fig("cho 118 hộ", "118", 118, "count", "hộ", subject="hộ được vay", period=Y24),
    fig("cộng 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", subject="tổng số tiền cho vay", period=Y24),
    fig("tối đa 50 triệu", "50", 50e6, "money", "đồng/hộ", approx="at_most",
        subject="mức vay", period=Y24),
    fig("khoảng 14.500 hộ", "14.500", 14500, "count", "hộ", approx="about",
        change=chg("increase", 2, "lần", "năm 2020"),
        subject="hộ sử dụng tủ đông phục vụ sản xuất thủy sản", location=CM),
    fig("có 70% hộ", "70", 70, "percent", "%", status="target",
        subject="hộ dùng tủ đông tiết kiệm điện", period=T25, location=CM),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Cà Mau): 'Cập nhật lúc 17:45 ngày 03/12/2024' (published), tag '(CTV) -', editor and view counter at the end.",
    "Distractors: 'huyện Năm Căn' (a name with the number word 'Năm'), 'Huỳnh Văn Sáu' / 'ông Sáu' (a person's name: 'sáu' = six),",
    "'ấp Xẻo Sao', 17:45, 'Lượt xem: 842', link titles 'loại 30 con/kg' (a size grade in a link) and 'mùa khô 2024-2025'.",
    "'Từ đầu năm đến nay' ends at the dateline. 'nâng tổng số hộ có tủ đông lên hơn 1.900 hộ, chiếm gần 40%': a stock with its share",
    "(percent 40); the stock has no period of its own (it is the count now), so no period is given; 326 is not a part of it (no cue).",
    "'2 tủ đông dung tích 500 lít': the capacity describes the product: optional. 'giá thấp hơn khoảng 15.000-20.000 đồng/kg' is a price gap",
    "standing alone (no base figure): a money range, about. 'trữ được 3-4 ngày' is a storage time claim: measure in ngày.",
    "'mỗi tủ đông tiêu thụ khoảng 60-80 kWh điện/tháng': measure kWh/tháng, range, about.",
    "'Năm 2024 ...': 118 hộ, 4,2 tỷ, 'mức vay tối đa 50 triệu đồng/hộ' (at_most).",
    "Last paragraph: 'Toàn tỉnh Cà Mau' → location Cà Mau; 'gấp đôi năm 2020' is a change of 14.500 (2 lần, baseline năm 2020);",
    "'phấn đấu đến năm 2025 có 70%' target. Everything else is in huyện Năm Căn.",
]

if __name__ == "__main__":
    write("p1485-8", TEXT, NOTES, FIGS, published="2024-12-03", location="Năm Căn")
