"""p1471-8: radio/TV site (Đài PT-TH Thanh Hóa): seizure of uncertified water heaters in Quảng Xương; market checks YTD."""
from lib import fig, per, inh, chg, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THANH HÓA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Thu giữ 326 bình nóng lạnh không rõ nguồn gốc

Thứ Ba, 19/11/2024 - 18:45 | Bản tin Thời sự 19h

Ngày 18/11, Đội Quản lý thị trường số 5 phối hợp với Công an huyện Quảng Xương kiểm tra kho hàng của hộ kinh doanh Lê Văn Tú tại xã Quảng Tân, phát hiện 326 chiếc bình nóng lạnh các loại không có hóa đơn, chứng từ, trị giá hơn 450 triệu đồng. Trong số này có 118 chiếc giả mạo nhãn hiệu của một hãng nổi tiếng.

Theo lãnh đạo Đội, hàng hóa được nhập từ các tỉnh phía Bắc, bán qua mạng xã hội với giá chỉ từ 1,2 đến 1,8 triệu đồng/chiếc, thấp hơn 40-50% so với hàng chính hãng. Hộ kinh doanh bị xử phạt 65 triệu đồng, buộc tiêu hủy toàn bộ số hàng vi phạm.

Từ đầu năm đến nay, lực lượng quản lý thị trường tỉnh đã kiểm tra 142 cơ sở kinh doanh điện gia dụng, phát hiện 37 cơ sở vi phạm, chiếm 26,1%, trong đó 21 cơ sở kinh doanh bình nóng lạnh; tổng số tiền xử phạt gần 1,3 tỷ đồng, tăng 18% so với cùng kỳ năm 2023. Từ tháng 10 đến nay, toàn tỉnh đã xảy ra hai vụ tai nạn do điện giật khi sử dụng bình nóng lạnh.

Đài PT-TH Thanh Hóa khuyến cáo người dân mua sản phẩm tại đại lý uy tín, có tem bảo hành; phản ánh vi phạm qua đường dây nóng 0237.3852.111.

Tin cùng chuyên mục:
- Thanh Hóa: Phát động Tháng hành động vì an toàn thực phẩm
- Quốc lộ 1A qua thị xã Nghi Sơn thông xe sau sự cố

Lượt xem: 3.215 | Bình luận (0)
"""

D18 = per("Ngày 18/11", "2024-11-18", "2024-11-18")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-11-19")
OCT = per("Từ tháng 10 đến nay", "2024-10-01", "2024-11-19")
QX = "Quảng Xương"

FIGS = [
    fig("Thu giữ 326 bình", "326", 326, "count", "bình",
        subject="bình nóng lạnh không rõ nguồn gốc thu giữ", location=QX),
    fig("phát hiện 326 chiếc", "326", 326, "count", "chiếc",
        subject="bình nóng lạnh các loại không có hóa đơn, chứng từ", period=D18, location=QX),
    fig("hơn 450 triệu", "450", 450e6, "money", "đồng", approx="over",
        subject="trị giá bình nóng lạnh không có hóa đơn, chứng từ", period=D18, location=QX),
    fig("có 118 chiếc", "118", 118, "count", "chiếc", total=326,
        subject="bình nóng lạnh giả mạo nhãn hiệu", period=inh(D18), location=QX),
    fig("từ 1,2 đến 1,8 triệu", "1,2", 1.2e6, "money", "đồng/chiếc", value_max=1.8e6,
        change=chg("decrease", 40, "%", "hàng chính hãng"),
        subject="giá bán qua mạng xã hội", location=QX),
    fig("xử phạt 65 triệu", "65", 65e6, "money", "đồng", subject="tiền xử phạt hộ kinh doanh",
        location=QX),
    fig("kiểm tra 142 cơ sở", "142", 142, "count", "cơ sở",
        subject="cơ sở kinh doanh điện gia dụng được kiểm tra", period=YTD),
    fig("phát hiện 37 cơ sở", "37", 37, "count", "cơ sở", percent=26.1, subject="cơ sở vi phạm",
        period=YTD),
    fig("trong đó 21 cơ sở", "21", 21, "count", "cơ sở", total=37,
        subject="cơ sở vi phạm kinh doanh bình nóng lạnh", period=YTD),
    fig("gần 1,3 tỷ", "1,3", 1.3e9, "money", "đồng", approx="nearly",
        change=chg("increase", 18, "%", "cùng kỳ năm 2023"), subject="tổng số tiền xử phạt", period=YTD),
    fig("hai vụ tai nạn", "hai", 2, "count", "vụ",
        subject="vụ tai nạn do điện giật khi sử dụng bình nóng lạnh", period=OCT),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Thanh Hóa): menu, 'Thứ Ba, 19/11/2024 - 18:45 | Bản tin Thời sự 19h', related links, 'Lượt xem: 3.215 | Bình luận (0)'.",
    "Distractors: 18:45, '19h', 'Ngày 18/11', 'Đội Quản lý thị trường số 5', 'một hãng' (indefinite article), 'Quốc lộ 1A', phone",
    "0237.3852.111, 'Lượt xem', 'Bình luận (0)'.",
    "The seizure in huyện Quảng Xương (xã Quảng Tân) → location Quảng Xương (district level); the province's market-check figures → Thanh Hóa.",
    "Headline 'Thu giữ 326 bình' is its own figure (no period). 'Ngày 18/11' gives a one-day period in 2024 (dateline year).",
    "'Trong số này có 118 chiếc' → total 326 (cue 'trong số', after a sentence break); period inherited.",
    "'giá chỉ từ 1,2 đến 1,8 triệu đồng/chiếc, thấp hơn 40-50% so với hàng chính hãng' → range with a change (decrease, lower end 40).",
    "'kiểm tra 142 cơ sở, phát hiện 37 cơ sở vi phạm, chiếm 26,1%': no part-of cue, so no total; percent 26,1;",
    "'trong đó 21 cơ sở kinh doanh bình nóng lạnh' → total 37 (the figure the cue follows).",
    "'Từ đầu năm đến nay' / 'Từ tháng 10 đến nay' end at the dateline 2024-11-19. 'hai vụ' is a number word.",
]

if __name__ == "__main__":
    write("p1471-8", TEXT, NOTES, FIGS, published="2024-11-19", location="Thanh Hóa")
