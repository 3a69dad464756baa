"""p784-6: national press (VnExpress style) — thị trường gọi xe Việt Nam năm 2024."""
from lib import F, P, I, CH, emit

TEXT = """Kinh doanh › Doanh nghiệp
Thứ sáu, 10/1/2025, 06:30 (GMT+7)

Thị trường gọi xe Việt Nam đạt 2,4 tỷ USD

Quy mô thị trường gọi xe công nghệ năm 2024 ước khoảng 2,4 tỷ USD, tăng 17% so với năm trước, theo báo cáo của một công ty nghiên cứu thị trường tại Singapore công bố ngày 8/1.

Grab vẫn dẫn đầu với 52% thị phần tính theo giá trị giao dịch, giảm 9 điểm phần trăm so với năm 2023. Xanh SM và Be xếp sau với thị phần lần lượt 29% và 17%; các hãng còn lại chiếm khoảng 2%. Xanh SM, ra mắt từ tháng 4/2023, hiện vận hành chủ yếu dòng VinFast VF 5 và VF e34.

Tổng số chuyến xe năm 2024 ước đạt 680 triệu chuyến, bình quân mỗi ngày gần 1,9 triệu chuyến. Riêng TP HCM chiếm khoảng 41% số chuyến, Hà Nội 33%. Phân khúc xe máy chiếm 61% tổng số chuyến nhưng chỉ đóng góp khoảng 35% giá trị giao dịch.

Khảo sát của hãng này với 1.000 tài xế xe máy tại các thành phố lớn cho thấy thu nhập bình quân sau chiết khấu đạt 9,2 triệu đồng/tháng, giảm gần 8% so với năm 2022, trong khi thời gian chạy xe bình quân 10,5 giờ mỗi ngày. Có tới 3/4 tài xế được hỏi cho biết chạy cùng lúc từ 2 ứng dụng trở lên.

Báo cáo dự báo đến năm 2030, quy mô thị trường gọi xe Việt Nam có thể đạt 5,2 tỷ USD, tốc độ tăng trưởng bình quân 13% mỗi năm. Các hãng hoạt động tại Việt Nam hiện chịu sự điều chỉnh của Nghị định 10/2020/NĐ-CP về kinh doanh vận tải bằng xe ô tô.

Minh Sơn
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y30 = P("đến năm 2030", end="2030-12-31")

FIGS = [
    F("đạt 2,4 tỷ USD", "2,4", 2400000000, "money", "USD", "thị trường gọi xe Việt Nam", I(Y24)),
    F("khoảng 2,4 tỷ USD", "2,4", 2400000000, "money", "USD", "quy mô thị trường gọi xe công nghệ", Y24,
      approx="about", status="estimate", change=CH("increase", 17, baseline="năm trước")),
    F("với 52% thị phần", "52", 52, "percent", "%", "thị phần của Grab tính theo giá trị giao dịch", I(Y24),
      change=CH("decrease", 9, unit="điểm phần trăm", baseline="năm 2023")),
    F("lần lượt 29%", "29", 29, "percent", "%", "thị phần của Xanh SM", I(Y24)),
    F("và 17%", "17", 17, "percent", "%", "thị phần của Be", I(Y24)),
    F("khoảng 2%", "2", 2, "percent", "%", "thị phần của các hãng còn lại", I(Y24), approx="about"),
    F("đạt 680 triệu chuyến", "680", 680000000, "count", "chuyến", "tổng số chuyến xe", Y24, status="estimate"),
    F("gần 1,9 triệu chuyến", "1,9", 1900000, "count", "chuyến", "số chuyến xe bình quân mỗi ngày", Y24,
      approx="nearly", status="estimate"),
    F("khoảng 41%", "41", 41, "percent", "%", "tỷ trọng số chuyến", I(Y24), approx="about",
      location="TP Hồ Chí Minh"),
    F("Hà Nội 33%", "33", 33, "percent", "%", "tỷ trọng số chuyến", I(Y24), location="Hà Nội"),
    F("chiếm 61%", "61", 61, "percent", "%", "tỷ trọng phân khúc xe máy trong tổng số chuyến", I(Y24)),
    F("khoảng 35%", "35", 35, "percent", "%", "tỷ trọng phân khúc xe máy trong giá trị giao dịch", I(Y24),
      approx="about"),
    F("với 1.000 tài xế", "1.000", 1000, "count", "tài xế", "tài xế xe máy được khảo sát"),
    F("đạt 9,2 triệu", "9,2", 9200000, "money", "đồng/tháng", "thu nhập bình quân sau chiết khấu của tài xế xe máy",
      change=CH("decrease", 8, baseline="năm 2022", approx="nearly")),
    F("10,5 giờ", "10,5", 10.5, "measure", "giờ", "thời gian chạy xe bình quân mỗi ngày"),
    F("3/4 tài xế", "3", 3, "count", "tài xế", "tài xế được hỏi chạy cùng lúc từ 2 ứng dụng trở lên", total=4,
      optional=True),
    F("từ 2 ứng dụng", "2", 2, "count", "ứng dụng", approx="at_least", optional=True),
    F("đạt 5,2 tỷ USD", "5,2", 5200000000, "money", "USD", "quy mô thị trường gọi xe Việt Nam", Y30,
      status="forecast"),
    F("bình quân 13%", "13", 13, "percent", "%", "tốc độ tăng trưởng bình quân mỗi năm", Y30, status="forecast"),
]

COMMENTS = [
    "National press (VnExpress style): thị trường gọi xe Việt Nam năm 2024 — quy mô, thị phần, số chuyến, thu nhập tài xế, dự báo 2030.",
    "Dateline \"Thứ sáu, 10/1/2025, 06:30 (GMT+7)\". \"ngày 8/1\", \"tháng 4/2023\", VinFast VF 5 / VF e34 (model names), Nghị định 10/2020/NĐ-CP are not figures.",
    "Company market shares: a company is not a place, so it stays in the subject (thị phần của Grab); TP HCM / Hà Nội shares take the city as location.",
    "\"giảm 9 điểm phần trăm so với năm 2023\" is the change of Grab's 52% share (unit điểm phần trăm). The headline \"đạt\" has no ước cue: actual.",
    "\"3/4 tài xế\" (a fraction) and \"từ 2 ứng dụng trở lên\" (a threshold) are optional. The survey sentence has no period phrase.",
]

if __name__ == "__main__":
    emit("p784-6", TEXT, COMMENTS, FIGS, published="2025-01-10", location="Việt Nam")
