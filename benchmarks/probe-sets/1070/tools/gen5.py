"""p1070-5: Báo Thanh Hóa (Party paper), byline + bare date at the end (22/04/2025)."""
from lib import F, P, C, write

TEXT = """Gấp rút gia cố đê biển trước mùa mưa bão

Sau cơn bão số 3 năm 2024, nhiều tuyến đê biển trên địa bàn tỉnh Thanh Hóa bị sạt lở, hư hỏng. Theo Chi cục Thủy lợi, bão đã làm sạt lở 4,6 km đê biển và 2,3 km kè tại các huyện Hậu Lộc, Hoằng Hóa, Quảng Xương và thị xã Nghi Sơn, thiệt hại ước khoảng 85 tỷ đồng.

Toàn tỉnh hiện có 102 km đê biển, đê cửa sông, trong đó 27 km đê biển xung yếu chưa được đầu tư nâng cấp đồng bộ. Đến hết quý I/2025, tỉnh đã khắc phục xong 3,1 km đê bị sạt lở, đạt 67,4%; kinh phí thực hiện 41,2 tỷ đồng từ nguồn dự phòng ngân sách tỉnh.

Tại huyện Hậu Lộc, tuyến đê biển dài 12,5 km qua các xã Hải Lộc, Minh Lộc, Hưng Lộc và Ngư Lộc đang được nâng cấp với tổng mức đầu tư 296 tỷ đồng. Đến nay, công trình đạt khoảng 60% khối lượng, dự kiến hoàn thành trong tháng 8/2025. Tuyến đê đang bảo vệ trực tiếp hơn 35.000 người dân và 1.200 ha đất sản xuất của 4 xã. Đây là lần thứ 3 trong 5 năm đoạn đê qua xã Hải Lộc phải gia cố khẩn cấp.

Tại thị xã Nghi Sơn, bờ biển các phường Hải Hòa, Hải Thanh bị biển lấn sâu 15-20 m so với năm 2020. UBND tỉnh đã phê duyệt dự án kè chống sạt lở dài 2,8 km với kinh phí 180 tỷ đồng, suất đầu tư khoảng 64 triệu đồng/m.

Ông Lê Văn Tám, Phó Chi cục trưởng Chi cục Thủy lợi cho biết, năm 2025, tỉnh phấn đấu nâng cấp thêm 8 km đê biển xung yếu, trồng mới 60 ha rừng phòng hộ ven biển, ưu tiên các đoạn đê không có rừng bảo vệ phía ngoài.

Bài và ảnh: LÊ HÒA
22/04/2025
"""

STORM = P("năm 2024", "2024-01-01", "2024-12-31", inherited=True)
Q1 = P("Đến hết quý I/2025", None, "2025-03-31")
NOW = P("Đến nay", None, "2025-04-22")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    F("sạt lở 4,6 km đê biển", "4,6", 4.6, "measure", "km", "đê biển bị sạt lở do bão", period=STORM),
    F("2,3 km kè", "2,3", 2.3, "measure", "km", "kè bị sạt lở do bão", period=STORM),
    F("ước khoảng 85 tỷ đồng", "85", 85e9, "money", "đồng", "thiệt hại", approx="about", status="estimate",
      period=STORM),
    F("có 102 km", "102", 102, "measure", "km", "đê biển, đê cửa sông"),
    F("27 km đê biển xung yếu", "27", 27, "measure", "km", "đê biển xung yếu chưa được đầu tư nâng cấp đồng bộ",
      total=102),
    F("xong 3,1 km", "3,1", 3.1, "measure", "km", "đê bị sạt lở đã khắc phục xong", percent=67.4, period=Q1),
    F("thực hiện 41,2 tỷ đồng", "41,2", 41.2e9, "money", "đồng", "kinh phí thực hiện khắc phục đê", period=Q1),
    F("dài 12,5 km", "12,5", 12.5, "measure", "km", "tuyến đê biển đang được nâng cấp", location="Hậu Lộc"),
    F("tư 296 tỷ đồng", "296", 296e9, "money", "đồng", "tổng mức đầu tư nâng cấp tuyến đê biển",
      location="Hậu Lộc"),
    F("khoảng 60% khối lượng", "60", 60, "percent", "%", "khối lượng công trình đạt", approx="about", period=NOW,
      location="Hậu Lộc"),
    F("hơn 35.000 người", "35.000", 35000, "count", "người", "người dân được tuyến đê bảo vệ trực tiếp",
      approx="over", location="Hậu Lộc"),
    F("1.200 ha", "1.200", 1200, "measure", "ha", "đất sản xuất được tuyến đê bảo vệ", location="Hậu Lộc"),
    F("của 4 xã", "4", 4, "count", "xã", "xã được tuyến đê bảo vệ", location="Hậu Lộc"),
    F("sâu 15-20 m", "15", 15, "measure", "m", "biển lấn sâu vào bờ", value_max=20, location="Nghi Sơn"),
    F("dài 2,8 km", "2,8", 2.8, "measure", "km", "dự án kè chống sạt lở được phê duyệt", location="Nghi Sơn"),
    F("phí 180 tỷ đồng", "180", 180e9, "money", "đồng", "kinh phí dự án kè chống sạt lở", location="Nghi Sơn"),
    F("khoảng 64 triệu đồng/m", "64", 64e6, "money", "đồng/m", "suất đầu tư kè", approx="about",
      location="Nghi Sơn"),
    F("thêm 8 km", "8", 8, "measure", "km", "đê biển xung yếu nâng cấp thêm", status="target", period=Y25),
    F("trồng mới 60 ha", "60", 60, "measure", "ha", "rừng phòng hộ ven biển trồng mới", status="target", period=Y25),
]

NOTES = [
    "Báo Thanh Hóa (invented), byline 'Bài và ảnh: LÊ HÒA' and bare date '22/04/2025' at the end give published.",
    "Not figures: 'bão số 3' (a storm's name), 'năm 2024', 'quý I/2025', 'tháng 8/2025', 'lần thứ 3' (ordinal), 'trong 5 năm'",
    "(a duration), the person 'Lê Văn Tám'. Storm damage takes the storm's 'năm 2024' from the sentence before (inherited).",
    "'thiệt hại ước khoảng 85 tỷ' is estimate and about. '3,1 km ..., đạt 67,4%' (of the 4,6 km damaged) is its percent.",
    "'15-20 m so với năm 2020' is the retreat distance itself (a measure range), no change object.",
    "Hậu Lộc and Nghi Sơn paragraphs carry their district/town as location; province-wide figures keep Thanh Hóa.",
]

if __name__ == "__main__":
    write(5, TEXT, FIGS, NOTES, published="2025-04-22", location="Thanh Hóa")
