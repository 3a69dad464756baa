"""p770-5: Báo Bắc Ninh (Party newspaper) — potato contract farming in Quế Võ, winter 2023."""
from lib import *

TEXT = """BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH BẮC NINH
Kinh tế

Quế Võ: Liên kết trồng khoai tây, nông dân lãi gần 50 triệu đồng/ha

(BBN) - Vụ đông năm 2023, huyện Quế Võ trồng 612 ha khoai tây, tăng 85 ha so với vụ đông năm 2022; trong đó diện tích liên kết sản xuất khoai tây chế biến với doanh nghiệp đạt 240 ha, chiếm 39,2%.

Tại xã Phù Lãng, Hợp tác xã Nông nghiệp Phù Lãng liên kết với một doanh nghiệp chế biến thực phẩm trồng 65 ha khoai tây giống Atlantic cho 186 hộ thành viên. Doanh nghiệp cung ứng giống, phân bón trả chậm và cam kết thu mua toàn bộ sản phẩm với giá 7.800 đồng/kg, cao hơn giá thị trường khoảng 1.000 đồng/kg.

Ông Nguyễn Văn Hùng, thôn Bến, xã Phù Lãng cho biết: "Gia đình tôi trồng 2 mẫu khoai tây, năng suất đạt khoảng 22 tấn/ha, trừ chi phí còn lãi gần 50 triệu đồng/ha, cao gấp đôi so với trồng rau thông thường".

Toàn tỉnh Bắc Ninh vụ đông năm 2023 gieo trồng 9.850 ha, trong đó khoai tây 1.865 ha, tập trung ở các xã dọc Quốc lộ 18 thuộc Quế Võ, Gia Bình, Lương Tài. Tỉnh hỗ trợ 30% kinh phí mua giống khoai tây cho các vùng sản xuất tập trung có quy mô từ 5 ha trở lên.

Theo kế hoạch, vụ đông năm 2024 huyện Quế Võ phấn đấu mở rộng diện tích khoai tây liên kết lên 300 ha, gắn với xây dựng 2 kho lạnh bảo quản khoai tây giống có sức chứa 500 tấn mỗi kho.

Thu Hằng
08/01/2024
"""

Y23 = Y(2023, "Vụ đông năm 2023")
Y23b = Y(2023, "vụ đông năm 2023")
Y24 = Y(2024, "vụ đông năm 2024")
FIGS = [
    F("lãi gần 50 triệu đồng/ha\n", "50", 50e6, "money", "đồng/ha", "lãi của nông dân liên kết trồng khoai tây",
      approx="nearly"),
    F("trồng 612 ha", "612", 612, "measure", "ha", "diện tích khoai tây", Y23,
      change=CH("increase", 85, "ha", "vụ đông năm 2022")),
    F("đạt 240 ha", "240", 240, "measure", "ha", "diện tích liên kết sản xuất khoai tây chế biến với doanh nghiệp", Y23,
      total=612, percent=39.2),
    F("trồng 65 ha", "65", 65, "measure", "ha", "diện tích khoai tây giống Atlantic HTX Nông nghiệp Phù Lãng liên kết trồng"),
    F("cho 186 hộ", "186", 186, "count", "hộ", "hộ thành viên trồng khoai tây liên kết"),
    F("giá 7.800 đồng/kg", "7.800", 7800, "money", "đồng/kg", "giá doanh nghiệp cam kết thu mua khoai tây",
      change=CH("increase", 1000, "đồng/kg", "giá thị trường", "about")),
    F("trồng 2 mẫu", "2", 2, "measure", "mẫu", "diện tích khoai tây gia đình ông Hùng trồng"),
    F("khoảng 22 tấn/ha", "22", 22, "measure", "tấn/ha", "năng suất khoai tây", approx="about"),
    F("lãi gần 50 triệu đồng/ha,", "50", 50e6, "money", "đồng/ha", "lãi trồng khoai tây sau khi trừ chi phí",
      approx="nearly", change=CH("increase", 2, "lần", "trồng rau thông thường")),
    F("gieo trồng 9.850 ha", "9.850", 9850, "measure", "ha", "diện tích cây vụ đông gieo trồng", Y23b, location="Bắc Ninh"),
    F("khoai tây 1.865 ha", "1.865", 1865, "measure", "ha", "diện tích khoai tây", Y23b, total=9850, location="Bắc Ninh"),
    F("hỗ trợ 30% kinh phí", "30", 30, "percent", "%", "mức hỗ trợ kinh phí mua giống khoai tây", location="Bắc Ninh"),
    F("từ 5 ha trở lên", "5", 5, "measure", "ha", "quy mô vùng sản xuất tập trung được hỗ trợ", approx="at_least",
      location="Bắc Ninh", optional=True),
    F("lên 300 ha", "300", 300, "measure", "ha", "diện tích khoai tây liên kết", Y24, status="target"),
    F("xây dựng 2 kho lạnh", "2", 2, "count", "kho lạnh", "kho lạnh bảo quản khoai tây giống", Y24, status="target"),
    F("chứa 500 tấn", "500", 500, "measure", "tấn", "sức chứa mỗi kho lạnh bảo quản khoai tây giống", Y24,
      status="target"),
]

COMMENTS = [
    "Báo Bắc Ninh (Party newspaper): liên kết trồng khoai tây ở huyện Quế Võ, vụ đông năm 2023; byline and bare date '08/01/2024' at the end.",
    "Location: Quế Võ (district) for the district's, Phù Lãng's and the farmer's figures; Bắc Ninh for the 'Toàn tỉnh' sentence.",
    "'Quốc lộ 18', 'thôn Bến', the (BBN) tag are not figures; threshold 'từ 5 ha trở lên' is optional.",
    "'cao gấp đôi so với trồng rau thông thường' is the change (2 lần) of the profit figure; 'cao hơn giá thị trường khoảng 1.000 đồng/kg' of the price.",
    "'Theo kế hoạch … phấn đấu … gắn với xây dựng 2 kho lạnh … 500 tấn' → the whole sentence is target.",
]

if __name__ == "__main__":
    emit("p770-5", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Quế Võ")
