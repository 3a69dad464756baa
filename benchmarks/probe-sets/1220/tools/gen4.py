"""p1220-4: ministry site (Bộ Tài nguyên và Môi trường), national kaolin and clay for ceramics, 2023."""
from lib import F, P, I, C, T, write

TEXT = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Địa chất - Khoáng sản

Bảo đảm nguồn cao lanh, đất sét cho công nghiệp gốm sứ

Ngày đăng: 22/05/2024 | Lượt xem: 1.083

Theo Cục Khoáng sản Việt Nam, tính đến hết năm 2023, cả nước có 142 giấy phép khai thác cao lanh, đất sét trắng và sét chịu lửa còn hiệu lực, tổng trữ lượng được cấp phép khoảng 96 triệu tấn. Năm 2023, sản lượng cao lanh khai thác ước đạt 4,8 triệu tấn, tăng 6,5% so với năm 2022; trong đó khoảng 3,1 triệu tấn được dùng cho sản xuất gạch ốp lát, sứ vệ sinh và gốm sứ gia dụng.

Các địa phương có sản lượng lớn nhất lần lượt là Bình Dương (1,33 triệu tấn), Yên Bái (0,72 triệu tấn) và Phú Thọ (0,61 triệu tấn). Ba tỉnh này chiếm hơn 55% sản lượng cao lanh cả nước.

Về xuất khẩu, năm 2023 Việt Nam xuất khẩu khoảng 410 nghìn tấn cao lanh đã qua tuyển lọc, kim ngạch đạt 52,3 triệu USD, giảm 8,2% so với năm trước; giá xuất khẩu bình quân 127,6 USD/tấn.

Theo Quy hoạch thăm dò, khai thác, chế biến và sử dụng các loại khoáng sản thời kỳ 2021 - 2030 ban hành kèm Quyết định số 866/QĐ-TTg, đến năm 2030 sản lượng khai thác cao lanh đạt từ 6,5 đến 7 triệu tấn/năm, gấp khoảng 1,4 lần hiện nay. Dự kiến nhu cầu đất sét trắng cho ngành gốm sứ năm 2025 khoảng 2,4 triệu tấn.

Bộ trưởng yêu cầu các địa phương rà soát 100% giấy phép, kiên quyết thu hồi giấy phép đối với các mỏ chậm đưa vào khai thác quá 24 tháng. Năm 2023, cơ quan chức năng đã thu hồi 9 giấy phép khai thác cao lanh, đất sét.

Cổng thông tin điện tử Bộ Tài nguyên và Môi trường
Địa chỉ: Số 10 Tôn Thất Thuyết, Nam Từ Liêm, Hà Nội | Điện thoại: 024.3795.6868
"""

ASOF = P("tính đến hết năm 2023", None, "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y23c = P("Năm 2023", "2023-01-01", "2023-12-31")
T30 = P("đến năm 2030", None, "2030-12-31")
Y25 = P("năm 2025", "2025-01-01", "2025-12-31")
LIST = "sản lượng cao lanh khai thác"

FIGS = [
    F("có 142 giấy phép", "142", 142, "count", "giấy phép",
      subject="giấy phép khai thác cao lanh, đất sét trắng và sét chịu lửa còn hiệu lực", period=ASOF),
    F("khoảng 96 triệu tấn", "96", 96000000, "measure", "tấn", approx="about",
      subject="tổng trữ lượng được cấp phép", period=ASOF),
    F("ước đạt 4,8 triệu tấn", "4,8", 4800000, "measure", "tấn", status="estimate",
      change=C("increase", 6.5, "%", "năm 2022"), subject="sản lượng cao lanh khai thác", period=Y23),
    F("khoảng 3,1 triệu tấn", "3,1", 3100000, "measure", "tấn", approx="about", total=4800000, status="estimate",
      subject="sản lượng cao lanh dùng cho sản xuất gạch ốp lát, sứ vệ sinh và gốm sứ gia dụng", period=Y23),
    F("Bình Dương (1,33 triệu tấn)", "1,33", 1330000, "measure", "tấn", subject=LIST,
      period=I(Y23), location="Bình Dương"),
    F("Yên Bái (0,72 triệu tấn)", "0,72", 720000, "measure", "tấn", subject=LIST,
      period=I(Y23), location="Yên Bái"),
    F("Phú Thọ (0,61 triệu tấn)", "0,61", 610000, "measure", "tấn", subject=LIST,
      period=I(Y23), location="Phú Thọ"),
    F("Ba tỉnh này", "Ba", 3, "count", "tỉnh", optional=True, subject="tỉnh có sản lượng lớn nhất"),
    F("chiếm hơn 55%", "55", 55, "percent", "%", approx="over",
      subject="tỷ trọng sản lượng cao lanh của ba tỉnh trong cả nước", period=I(Y23)),
    F("khoảng 410 nghìn tấn", "410", 410000, "measure", "tấn", approx="about",
      subject="cao lanh đã qua tuyển lọc xuất khẩu", period=Y23b),
    F("đạt 52,3 triệu USD", "52,3", 52300000, "money", "USD",
      change=C("decrease", 8.2, "%", "năm trước"), subject="kim ngạch xuất khẩu cao lanh", period=Y23b),
    F("bình quân 127,6 USD/tấn", "127,6", 127.6, "money", "USD/tấn",
      subject="giá xuất khẩu bình quân", period=Y23b),
    F("từ 6,5 đến 7 triệu", "6,5", 6500000, "measure", "tấn/năm", value_max=7000000, status="target",
      change=C("increase", 1.4, "lần", "hiện nay", approx="about"),
      subject="sản lượng khai thác cao lanh", period=T30),
    F("khoảng 2,4 triệu tấn", "2,4", 2400000, "measure", "tấn", approx="about", status="forecast",
      subject="nhu cầu đất sét trắng cho ngành gốm sứ", period=Y25),
    F("rà soát 100% giấy phép", "100", 100, "percent", "%", status="target",
      subject="giấy phép được rà soát"),
    F("quá 24 tháng", "24", 24, "measure", "tháng", approx="over", optional=True,
      subject="thời gian chậm đưa mỏ vào khai thác"),
    F("thu hồi 9 giấy phép", "9", 9, "count", "giấy phép",
      subject="giấy phép khai thác cao lanh, đất sét bị thu hồi", period=Y23c),
]

NOTES = [
    "Ministry site (Bộ TN&MT), 'Ngày đăng: 22/05/2024 | Lượt xem: 1.083'; national figures: default location Việt Nam.",
    "Distractors: view counter, 'thời kỳ 2021 - 2030', 'Quyết định số 866/QĐ-TTg', address 'Số 10 Tôn Thất Thuyết', phone 024.3795.6868.",
    "List 'lần lượt là Bình Dương (1,33 triệu tấn) …' follows a national figure: each item has the list's indicator, the province as location.",
    "'Ba tỉnh này' restates the three listed provinces (optional). 'trong đó khoảng 3,1 triệu tấn' is part of 4,8 triệu tấn (estimate continues).",
    "'đến năm 2030 … đạt từ 6,5 đến 7 triệu tấn/năm, gấp khoảng 1,4 lần hiện nay': target range with a change (1,4 lần, about).",
    "'rà soát 100% giấy phép' is a directive (target, no period). 'quá 24 tháng' is a threshold in the rule: optional.",
]

if __name__ == "__main__":
    write("p1220-4", TEXT, NOTES, FIGS, published="2024-05-22", location="Việt Nam")
