from lib import F, P, I, CH, T, emit

TEXT = """Thời sự › Môi trường
Thứ năm, 19/9/2024, 06:00 (GMT+7)

TP HCM còn gần 100.000 giếng khoan khai thác nước ngầm

Thành phố còn 96.520 giếng khoan với tổng lưu lượng khai thác khoảng 312.000 m³/ngày, chủ yếu ở các quận, huyện vùng ven.

Theo Sở Tài nguyên và Môi trường TP HCM, tính đến tháng 8/2024, trong số 96.520 giếng có 91.300 giếng của hộ gia đình, còn lại là giếng của doanh nghiệp, cơ sở sản xuất. Lượng nước ngầm khai thác hiện nay đã giảm 47% so với năm 2016, khi thành phố khai thác hơn 590.000 m³/ngày.

Theo lộ trình tại Quyết định số 1568/QĐ-UBND, đến năm 2025 lượng khai thác nước ngầm của thành phố giảm còn 100.000 m³/ngày. Để đạt mục tiêu này, thành phố dự kiến đầu tư khoảng 2.000 tỷ đồng phát triển mạng lưới cấp nước tại các huyện Bình Chánh, Hóc Môn, Củ Chi.

Khảo sát của Viện Địa lý tài nguyên TP HCM cho thấy tốc độ lún trung bình ở thành phố là 2-3 cm/năm, cá biệt tại quận Bình Tân trên 5 cm/năm. Tại một số khu công nghiệp, lượng nước ngầm khai thác gấp 3 lần mức cho phép.

Tỷ lệ hộ dân được cấp nước sạch từ hệ thống cấp nước tập trung của thành phố đạt 99,9%. Tuy vậy, nhiều hộ ở các khu dân cư mới vẫn dùng giếng khoan vì giá nước máy bậc 1 là 6.700 đồng/m³, trong khi chi phí bơm giếng chỉ khoảng 2.000 đồng/m³.

"Chúng tôi sẽ kiểm tra toàn bộ giếng của doanh nghiệp nằm trong vùng hạn chế khai thác trước ngày 31/12", đại diện Sở cho biết.

Hà An
"""

AS = P("tính đến tháng 8/2024", None, "2024-08-31")
Y16 = P("năm 2016", "2016-01-01", "2016-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("gần 100.000 giếng", "100.000", 100000, "count", "giếng khoan", "giếng khoan khai thác nước ngầm",
      approx="nearly"),
    F("còn 96.520 giếng", "96.520", 96520, "count", "giếng khoan", "giếng khoan"),
    F("khoảng 312.000 m³", "312.000", 312000, "measure", "m³/ngày", "tổng lưu lượng khai thác", approx="about"),
    F("có 91.300 giếng", "91.300", 91300, "count", "giếng", "giếng của hộ gia đình", AS, total=96520),
    F("giảm 47%", "47", 47, "percent", "%", "lượng nước ngầm khai thác giảm so với năm 2016"),
    F("hơn 590.000 m³", "590.000", 590000, "measure", "m³/ngày", "lượng nước ngầm thành phố khai thác", Y16,
      approx="over"),
    F("còn 100.000 m³", "100.000", 100000, "measure", "m³/ngày", "lượng khai thác nước ngầm của thành phố", T25,
      status="target"),
    F("khoảng 2.000 tỷ", "2.000", 2000000000000, "money", "đồng", "đầu tư phát triển mạng lưới cấp nước",
      approx="about", status="forecast"),
    F("là 2-3 cm/năm", "2", 2, "measure", "cm/năm", "tốc độ lún trung bình", value_max=3),
    F("trên 5 cm/năm", "5", 5, "measure", "cm/năm", "tốc độ lún", approx="over", location="Bình Tân"),
    F("gấp 3 lần", "3", 3, "multiple", "lần",
      "lượng nước ngầm khai thác tại một số khu công nghiệp so với mức cho phép"),
    F("đạt 99,9%", "99,9", 99.9, "percent", "%", "tỷ lệ hộ dân được cấp nước sạch từ hệ thống cấp nước tập trung"),
    F("là 6.700 đồng", "6.700", 6700, "money", "đồng/m³", "giá nước máy bậc 1"),
    F("khoảng 2.000 đồng", "2.000", 2000, "money", "đồng/m³", "chi phí bơm giếng", approx="about"),
]

COMMENTS = [
    "National press (VnExpress style: 'Thứ năm, 19/9/2024, 06:00 (GMT+7)', byline at the end): TP HCM groundwater wells, extraction roadmap, subsidence.",
    "The second '96.520' ('trong số 96.520 giếng có 91.300 …') is only the total of 91.300 (an attribute, not a figure, as in shared h02).",
    "'đã giảm 47% so với năm 2016' stands without a base amount in its clause: percent figure, no change; 'hơn 590.000 m³/ngày' (năm 2016) is its own figure.",
    "'đến năm 2025 … giảm còn 100.000 m³/ngày' is the target level (target); 'dự kiến đầu tư khoảng 2.000 tỷ đồng' forecast, city-level",
    "(the three districts are where the network is built). 'trên 5 cm/năm' at quận Bình Tân -> location Bình Tân.",
    "'gấp 3 lần mức cho phép' standing alone as the claim: multiple. 'bậc 1' (tariff tier) is a name, not a figure.",
    "Distractors: 'Quyết định số 1568/QĐ-UBND', 'trước ngày 31/12', '(GMT+7)', 'bậc 1', 'Viện Địa lý tài nguyên TP HCM'.",
]

emit("p688-6", TEXT, COMMENTS, FIGS, published="2024-09-19", location="Thành phố Hồ Chí Minh")
