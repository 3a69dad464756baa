"""p1163-6: national newspaper, rice husk prices double in Đồng Tháp; national rice-husk pellet exports."""
from lib import F, P, I, C, T, write

TEXT = """Kinh doanh › Hàng hóa
Thứ Tư, 12/6/2024, 07:15 (GMT+7)

Giá trấu tăng gấp đôi, lò sấy lúa miền Tây chật vật

Nhu cầu viên nén trấu xuất khẩu tăng mạnh khiến giá trấu tại Đồng Tháp lên 1.500-1.700 đồng/kg, gấp đôi đầu năm 2023.

Ông Trần Văn Hậu, chủ lò sấy lúa ở xã Tân Bình, huyện Thanh Bình (Đồng Tháp), cho biết mỗi vụ lò của ông sấy khoảng 3.000 tấn lúa, đốt hết 240 tấn trấu. "Trước đây mua trấu 600 đồng/kg, nay hơn 1.500 đồng, chi phí nhiên liệu mỗi vụ đội thêm gần 200 triệu đồng", ông nói. Nhiều lò sấy trong vùng đã chuyển sang đốt củi hoặc dùng máy sấy chạy điện.

Theo Sở Công Thương Đồng Tháp, tỉnh có 212 nhà máy xay xát, mỗi năm thải ra khoảng 560.000 tấn trấu; khoảng 70% được bán cho các cơ sở ép viên, phần còn lại dùng cho lò sấy, lò gạch và hộ gia đình.

Cả nước hiện có hơn 50 nhà máy sản xuất viên nén trấu, chủ yếu ở đồng bằng sông Cửu Long. 5 tháng đầu năm 2024, xuất khẩu viên nén trấu đạt khoảng 620.000 tấn, trị giá 71 triệu USD, tăng 38% so với cùng kỳ; Hàn Quốc nhập khẩu nhiều nhất với 410.000 tấn.

Sở Công Thương Đồng Tháp dự báo giá trấu trên địa bàn tỉnh sẽ duy trì ở mức 1.400-1.800 đồng/kg đến hết quý III, do các nhà máy viên nén tiếp tục tăng thu mua để giao hàng cho các đơn hàng ký từ đầu năm.

Minh Khang
"""

M5 = P("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
Q3 = P("đến hết quý III", None, "2024-09-30")
TB = "Thanh Bình"
VN = "Việt Nam"

FIGS = [
    F("tăng gấp đôi, lò", "đôi", 2, "multiple", "lần", subject="giá trấu"),
    F("lên 1.500-1.700 đồng/kg", "1.500", 1500, "money", "đồng/kg", value_max=1700,
      change=C("increase", 2, "lần", "đầu năm 2023"), subject="giá trấu"),
    F("khoảng 3.000 tấn lúa", "3.000", 3000, "measure", "tấn", approx="about",
      subject="lúa lò sấy mỗi vụ", location=TB),
    F("hết 240 tấn", "240", 240, "measure", "tấn", subject="trấu lò sấy đốt mỗi vụ", location=TB),
    F("mua trấu 600 đồng/kg", "600", 600, "money", "đồng/kg", subject="giá mua trấu trước đây", location=TB),
    F("nay hơn 1.500 đồng", "1.500", 1500, "money", "đồng/kg", approx="over", subject="giá mua trấu hiện nay",
      location=TB),
    F("gần 200 triệu đồng", "200", 200e6, "money", "đồng", approx="nearly",
      subject="chi phí nhiên liệu mỗi vụ đội thêm", location=TB),
    F("có 212 nhà máy", "212", 212, "count", "nhà máy", subject="nhà máy xay xát"),
    F("khoảng 560.000 tấn", "560.000", 560000, "measure", "tấn", approx="about",
      subject="trấu nhà máy xay xát thải ra mỗi năm"),
    F("khoảng 70%", "70", 70, "percent", "%", approx="about",
      subject="tỷ lệ trấu được bán cho các cơ sở ép viên"),
    F("hơn 50 nhà máy", "50", 50, "count", "nhà máy", approx="over",
      subject="nhà máy sản xuất viên nén trấu", location=VN),
    F("khoảng 620.000 tấn", "620.000", 620000, "measure", "tấn", approx="about",
      subject="xuất khẩu viên nén trấu", period=M5, location=VN),
    F("trị giá 71 triệu USD", "71", 71e6, "money", "USD", change=C("increase", 38, "%", "cùng kỳ"),
      subject="giá trị xuất khẩu viên nén trấu", period=M5, location=VN),
    F("với 410.000 tấn", "410.000", 410000, "measure", "tấn",
      subject="viên nén trấu Hàn Quốc nhập khẩu", period=M5, location=VN),
    F("mức 1.400-1.800", "1.400", 1400, "money", "đồng/kg", value_max=1800, status="forecast",
      subject="giá trấu", period=Q3),
]

NOTES = [
    "National newspaper: 'Thứ Tư, 12/6/2024, 07:15 (GMT+7)' (published), byline at the end. Default location Đồng Tháp.",
    "Headline 'Giá trấu tăng gấp đôi' is a multiple standing as the claim (đôi = 2); in the lead 'gấp đôi đầu năm 2023' after the price range is its change.",
    "A drying kiln in huyện Thanh Bình: its figures (also the quote) take location Thanh Bình. 'mỗi vụ', 'mỗi năm' stay in the subject, unit tấn/đồng.",
    "'nay hơn 1.500 đồng' in the quote means đồng/kg (the preceding 600 đồng/kg). 'đội thêm gần 200 triệu đồng' is an amount standing as the claim.",
    "National figures: 'Cả nước' and the export sentence (Hàn Quốc is a trade partner, location Việt Nam; 410.000 tấn has no cue for a total).",
    "'đến hết quý III' is an as-of end (2024-09-30) for the forecast. Distractors: (GMT+7), 07:15, 'xã Tân Bình', 'ký từ đầu năm'.",
]

if __name__ == "__main__":
    write("p1163-6", TEXT, NOTES, FIGS, published="2024-06-12", location="Đồng Tháp")
