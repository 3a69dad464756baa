"""p1169-5: Party newspaper (Báo Sơn La), native upland rice kept in huyện Thuận Châu; byline and bare date at the end."""
from lib import F, P, I, C, T, write

TEXT = """Giữ giống lúa nương bản địa ở Thuận Châu

Những năm gần đây, huyện Thuận Châu đã phục tráng thành công 4 giống lúa nương bản địa là Khẩu Ký, Khẩu Lếch, Khẩu Lường và nếp Tan. Năm 2023, diện tích lúa nương bản địa của huyện đạt 1.120 ha, chiếm 38% diện tích lúa nương; năng suất bình quân 22 tạ/ha, tăng 3 tạ/ha so với năm 2020.

Dọc Quốc lộ 6 vào bản Nà Lạn, xã Phổng Lái, những nương lúa nếp đã vàng. Gia đình chị Lò Thị Xuân là một trong những hộ đầu tiên tham gia mô hình. Mỗi vụ, gia đình chị gieo 1,5 ha nếp Khẩu Ký, thu khoảng 3 tấn thóc. Gạo nếp bán với giá 30.000 đồng/kg, cao gấp rưỡi gạo tẻ, nên mỗi năm gia đình chị có thu nhập hơn 70 triệu đồng từ cây lúa. Chị Xuân cho biết: "Giống của ông bà để lại, mình phải giữ, năm nào cũng để riêng hai bao thóc giống".

Hợp tác xã Nông nghiệp Phổng Lái hiện có 35 thành viên, liên kết với 126 hộ trong xã, lưu giữ 8 giống lúa bản địa tại ngân hàng hạt giống cộng đồng. Năm 2023, hợp tác xã cung ứng 12 tấn hạt giống, doanh thu đạt 1,8 tỷ đồng, lợi nhuận khoảng 320 triệu đồng.

Toàn tỉnh Sơn La hiện có 14 ngân hàng hạt giống cộng đồng ở 8 huyện, lưu giữ 67 giống cây trồng bản địa. Tỉnh đặt mục tiêu đến năm 2025, mỗi huyện vùng cao có ít nhất một ngân hàng hạt giống cộng đồng, 100% giống lúa bản địa được lưu giữ nguồn gen.

QUÀNG HƯƠNG
15/01/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TO25 = P("đến năm 2025", None, "2025-12-31")
SL = "Sơn La"

FIGS = [
    F("thành công 4 giống", "4", 4, "count", "giống lúa nương bản địa",
      subject="giống lúa nương bản địa phục tráng thành công"),
    F("đạt 1.120 ha", "1.120", 1120, "measure", "ha", percent=38,
      subject="diện tích lúa nương bản địa", period=Y23),
    F("22 tạ/ha", "22", 22, "measure", "tạ/ha", change=C("increase", 3, "tạ/ha", "năm 2020"),
      subject="năng suất bình quân lúa nương bản địa", period=Y23),
    F("gieo 1,5 ha", "1,5", 1.5, "measure", "ha",
      subject="diện tích nếp Khẩu Ký gia đình chị Lò Thị Xuân gieo mỗi vụ"),
    F("khoảng 3 tấn", "3", 3, "measure", "tấn", approx="about", subject="thóc gia đình chị Xuân thu mỗi vụ"),
    F("giá 30.000", "30.000", 30000, "money", "đồng/kg", change=C("increase", 1.5, "lần", "gạo tẻ"),
      subject="giá bán gạo nếp"),
    F("hơn 70 triệu", "70", 70000000, "money", "đồng", approx="over",
      subject="thu nhập từ cây lúa của gia đình chị Xuân mỗi năm"),
    F("riêng hai bao", "hai", 2, "count", "bao", subject="thóc giống để riêng mỗi năm"),
    F("có 35 thành viên", "35", 35, "count", "thành viên", subject="thành viên Hợp tác xã Nông nghiệp Phổng Lái"),
    F("126 hộ", "126", 126, "count", "hộ", subject="hộ liên kết với hợp tác xã"),
    F("lưu giữ 8 giống", "8", 8, "count", "giống lúa",
      subject="giống lúa bản địa lưu giữ tại ngân hàng hạt giống cộng đồng"),
    F("cung ứng 12 tấn", "12", 12, "measure", "tấn", subject="hạt giống hợp tác xã cung ứng", period=Y23),
    F("1,8 tỷ", "1,8", 1800000000, "money", "đồng", subject="doanh thu hợp tác xã", period=Y23),
    F("khoảng 320 triệu", "320", 320000000, "money", "đồng", approx="about",
      subject="lợi nhuận hợp tác xã", period=Y23),
    F("có 14 ngân hàng", "14", 14, "count", "ngân hàng hạt giống cộng đồng",
      subject="ngân hàng hạt giống cộng đồng", location=SL),
    F("ở 8 huyện", "8", 8, "count", "huyện", subject="huyện có ngân hàng hạt giống cộng đồng", location=SL),
    F("lưu giữ 67 giống", "67", 67, "count", "giống",
      subject="giống cây trồng bản địa lưu giữ tại ngân hàng hạt giống cộng đồng", location=SL),
    F("ít nhất một", "một", 1, "count", "ngân hàng hạt giống cộng đồng", approx="at_least", status="target",
      subject="ngân hàng hạt giống cộng đồng mỗi huyện vùng cao", period=TO25, location=SL),
    F("100% giống", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ giống lúa bản địa được lưu giữ nguồn gen", period=TO25, location=SL),
]

NOTES = [
    "Party newspaper (Báo Sơn La): no dateline at the top; byline 'QUÀNG HƯƠNG' and bare date '15/01/2024' at the end (published).",
    "Default location Thuận Châu (the district the article is about, incl. the Phổng Lái farm and cooperative); the province paragraph → Sơn La.",
    "'cao gấp rưỡi gạo tẻ' (rưỡi = 1,5) is the change of the price; 'tăng 3 tạ/ha so với năm 2020' is the change of the yield.",
    "Number words as figures: 'hai bao thóc giống' (in a quote), 'ít nhất một ngân hàng' (target). 'một trong những hộ' is no figure.",
    "Distractors: 'Quốc lộ 6', 'Những năm gần đây', byline, bare date. Farm figures ('Mỗi vụ', 'mỗi năm') carry no period.",
]

if __name__ == "__main__":
    write("p1169-5", TEXT, NOTES, FIGS, published="2024-01-15", location="Thuận Châu")
