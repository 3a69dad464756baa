"""p1080-6: national newspaper (VnExpress style): self-opened crossings in Đồng Nai, accident, national figures."""
from lib import F, P, C, T, save

TEXT = """Thời sự › Giao thông
Thứ năm, 14/3/2024, 06:30 (GMT+7)

Hơn 330 lối đi tự mở qua đường sắt ở Đồng Nai chưa có rào chắn

Tuyến đường sắt Bắc - Nam qua Đồng Nai dài 87 km có hơn 330 lối đi tự mở, trong khi chỉ có 52 đường ngang hợp pháp.

Chiều 12/3, một xe tải nhỏ băng qua lối đi tự mở tại Km 1.675+600 thuộc phường Hố Nai (TP Biên Hòa) thì bị tàu SE4 tông trúng, tài xế 45 tuổi bị thương nặng. Đây là vụ tai nạn thứ 3 trên địa bàn TP Biên Hòa từ đầu năm.

Theo Sở Giao thông Vận tải Đồng Nai, năm 2023 trên địa bàn tỉnh xảy ra 23 vụ tai nạn giao thông đường sắt, làm chết 19 người, bị thương 8 người; trong đó 15 vụ xảy ra tại lối đi tự mở. Từ năm 2019 đến nay, tỉnh mới xóa được 27 lối đi tự mở, bằng khoảng 8% tổng số.

Dự án xây dựng đường gom, hàng rào cách ly dọc tuyến qua TP Biên Hòa và huyện Trảng Bom dài 14,2 km, tổng vốn khoảng 420 tỷ đồng, được phê duyệt từ năm 2020 nhưng đến nay mới giải ngân 36%.

Theo Cục Đường sắt Việt Nam, cả nước hiện còn khoảng 4.000 lối đi tự mở; riêng năm 2023, tai nạn tại các lối đi này chiếm gần 30% tổng số vụ tai nạn giao thông đường sắt.

Ông Lê Văn Bảy, Phó giám đốc Sở Giao thông Vận tải, cho biết năm 2024 tỉnh dự kiến bố trí 15 tỷ đồng để lắp 20 cần chắn tự động và thuê người gác tại 12 điểm nguy hiểm nhất. "Về lâu dài phải làm đường gom, không thể để người dân tự mở lối băng qua đường sắt", ông Bảy nói.

Phước Tuấn
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("Hơn 330 lối đi", "330", 330, "count", "lối đi tự mở", "lối đi tự mở qua đường sắt chưa có rào chắn",
      approx="over"),
    F("dài 87 km", "87", 87, "measure", "km", "chiều dài tuyến đường sắt Bắc - Nam qua Đồng Nai"),
    F("có hơn 330 lối đi", "330", 330, "count", "lối đi tự mở", "lối đi tự mở", approx="over"),
    F("chỉ có 52 đường ngang", "52", 52, "count", "đường ngang", "đường ngang hợp pháp"),
    F("tài xế 45 tuổi", "45", 45, "measure", "tuổi", "tuổi tài xế", location="Biên Hòa", optional=True),
    F("xảy ra 23 vụ", "23", 23, "count", "vụ", "tai nạn giao thông đường sắt", period=Y23),
    F("làm chết 19 người", "19", 19, "count", "người", "người chết do tai nạn giao thông đường sắt", period=Y23),
    F("bị thương 8 người", "8", 8, "count", "người", "người bị thương do tai nạn giao thông đường sắt", period=Y23),
    F("trong đó 15 vụ", "15", 15, "count", "vụ", "tai nạn giao thông đường sắt tại lối đi tự mở",
      total=23, period=Y23),
    F("xóa được 27 lối đi", "27", 27, "count", "lối đi tự mở", "lối đi tự mở được xóa", percent=8,
      period=P("Từ năm 2019 đến nay", "2019-01-01", "2024-03-14")),
    F("dài 14,2 km", "14,2", 14.2, "measure", "km", "chiều dài dự án đường gom, hàng rào cách ly"),
    F("khoảng 420 tỷ đồng", "420", 420e9, "money", "đồng", "tổng vốn dự án đường gom, hàng rào cách ly",
      approx="about"),
    F("giải ngân 36%", "36", 36, "percent", "%", "tỷ lệ giải ngân dự án đường gom, hàng rào cách ly",
      period=P("đến nay", None, "2024-03-14")),
    F("khoảng 4.000 lối đi", "4.000", 4000, "count", "lối đi tự mở", "lối đi tự mở còn lại",
      approx="about", location="Việt Nam"),
    F("gần 30%", "30", 30, "percent", "%", "tỷ lệ tai nạn tại lối đi tự mở trong tổng số vụ tai nạn giao thông đường sắt",
      approx="nearly", period=Y23, location="Việt Nam"),
    F("bố trí 15 tỷ đồng", "15", 15e9, "money", "đồng", "kinh phí lắp cần chắn tự động và thuê người gác",
      status="forecast", period=Y24),
    F("lắp 20 cần chắn", "20", 20, "count", "cần chắn tự động", "cần chắn tự động lắp đặt",
      status="forecast", period=Y24),
    F("tại 12 điểm", "12", 12, "count", "điểm", "điểm nguy hiểm thuê người gác",
      status="forecast", period=Y24),
]

COMMENTS = [
    "National newspaper (VnExpress style), 'Thứ năm, 14/3/2024, 06:30 (GMT+7)': lối đi tự mở ở Đồng Nai, vụ tai nạn ở Biên Hòa, national figures (invented).",
    "Headline and lead both state 'hơn 330 lối đi tự mở': two figures. The driver's age is optional. 'vụ tai nạn thứ 3' is an ordinal (not a figure).",
    "'bằng khoảng 8% tổng số' is the share of the 27 lối đi (percent attribute). 'Từ năm 2019 đến nay', 'đến nay' end at the dateline.",
    "Cục Đường sắt's 4.000 lối đi and 30% are national (Việt Nam). The project runs through TP Biên Hòa and Trảng Bom: Đồng Nai.",
    "'dự kiến' governs the quoted plan for 2024: forecast.",
    "Not figures: 06:30, 'Chiều 12/3', Km 1.675+600, tàu SE4, 'thứ 3', 'từ năm 2020' (approval date), names Lê Văn Bảy / ông Bảy.",
]

if __name__ == "__main__":
    save(6, TEXT, FIGS, COMMENTS, published="2024-03-14", location="Đồng Nai")
