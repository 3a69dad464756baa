"""p886-4: Bộ Nông nghiệp và Môi trường site, national solid-fuel cooking and improved stoves."""
from lib import F, period, inherit, change, write

TEXT = """BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Trang chủ > Tin tức > Phát triển nông thôn

Giảm dần chất đốt rắn trong bếp ăn nông thôn

Ngày đăng: 05/06/2025 | Lượt xem: 1.406

Theo kết quả Khảo sát mức sống dân cư năm 2024, khoảng 28,6% số hộ ở khu vực nông thôn vẫn dùng củi, rơm rạ làm chất đốt chính để nấu ăn, giảm 4,3 điểm phần trăm so với năm 2020; tỷ lệ này ở khu vực thành thị chỉ là 3,1%. Hà Giang, Lai Châu và Điện Biên là các địa phương có tỷ lệ cao nhất, lần lượt là 78,4%, 76,9% và 74,1%.

Cả nước hiện có khoảng 4,2 triệu hộ nông thôn đun nấu bằng bếp củi hở, mỗi năm tiêu thụ ước 18-20 triệu tấn củi. Theo Tổ chức Y tế Thế giới (WHO), ô nhiễm không khí trong nhà do đun nấu bằng nhiên liệu rắn gây ra khoảng 28.000 ca tử vong sớm mỗi năm tại Việt Nam.

Giai đoạn 2021-2024, các chương trình, dự án đã hỗ trợ lắp đặt hơn 310.000 bếp đun cải tiến và khoảng 185.000 công trình khí sinh học quy mô hộ gia đình. Trong đó, 128.000 bếp cải tiến dành cho hộ nghèo, hộ đồng bào dân tộc thiểu số. Chi phí một bếp cải tiến dao động 500.000-1.500.000 đồng; theo ước tính, mỗi bếp giảm phát thải khoảng 1,2 tấn CO2 tương đương mỗi năm.

Mục tiêu đến năm 2030, giảm tỷ lệ hộ nông thôn dùng củi làm chất đốt chính xuống dưới 15% và 100% hộ nghèo vùng khó khăn được tiếp cận bếp sạch. Năm 2025, Bộ dự kiến phối hợp với các địa phương hỗ trợ thêm 70.000 bếp cải tiến, tập trung tại 14 tỉnh miền núi phía Bắc, theo Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả (Quyết định số 280/QĐ-TTg).

Cổng thông tin điện tử Bộ Nông nghiệp và Môi trường - Số 2 Ngọc Hà, Ba Đình, Hà Nội.
"""

P24 = period("năm 2024", "2024-01-01", "2024-12-31")
PGD = period("Giai đoạn 2021-2024", "2021-01-01", "2024-12-31")
P30 = period("đến năm 2030", None, "2030-12-31")
P25 = period("Năm 2025", "2025-01-01", "2025-12-31")
SRATE = "tỷ lệ hộ dùng củi, rơm rạ làm chất đốt chính"

FIGS = [
    F("khoảng 28,6%", "28,6", 28.6, "percent", "%", "hộ ở khu vực nông thôn vẫn dùng củi, rơm rạ làm chất đốt chính",
      approx="about", change=change("decrease", 4.3, "điểm phần trăm", "năm 2020"), period=P24),
    F("chỉ là 3,1%", "3,1", 3.1, "percent", "%", "tỷ lệ hộ khu vực thành thị dùng củi, rơm rạ làm chất đốt chính",
      period=P24),
    F("là 78,4%", "78,4", 78.4, "percent", "%", SRATE, period=inherit(P24), location="Hà Giang"),
    F("78,4%, 76,9%", "76,9", 76.9, "percent", "%", SRATE, period=inherit(P24), location="Lai Châu"),
    F("và 74,1%", "74,1", 74.1, "percent", "%", SRATE, period=inherit(P24), location="Điện Biên"),
    F("khoảng 4,2 triệu hộ", "4,2", 4.2e6, "count", "hộ", "hộ nông thôn đun nấu bằng bếp củi hở", approx="about"),
    F("ước 18-20 triệu tấn", "18", 18e6, "measure", "tấn/năm", "củi hộ nông thôn tiêu thụ mỗi năm",
      value_max=20e6, status="estimate"),
    F("khoảng 28.000 ca", "28.000", 28000, "count", "ca tử vong",
      "ca tử vong sớm do ô nhiễm không khí trong nhà do đun nấu bằng nhiên liệu rắn", approx="about"),
    F("hơn 310.000 bếp", "310.000", 310000, "count", "bếp", "bếp đun cải tiến được hỗ trợ lắp đặt",
      approx="over", period=PGD),
    F("khoảng 185.000 công trình", "185.000", 185000, "count", "công trình",
      "công trình khí sinh học quy mô hộ gia đình được hỗ trợ", approx="about", period=PGD),
    F("128.000 bếp", "128.000", 128000, "count", "bếp", "bếp cải tiến dành cho hộ nghèo, hộ đồng bào dân tộc thiểu số",
      total=310000, period=inherit(PGD)),
    F("dao động 500.000-1.500.000 đồng", "500.000", 500000, "money", "đồng/bếp", "chi phí một bếp cải tiến",
      value_max=1500000),
    F("khoảng 1,2 tấn CO2", "1,2", 1.2, "measure", "tấn CO2 tương đương/năm", "phát thải mỗi bếp giảm",
      approx="about", status="estimate"),
    F("dưới 15%", "15", 15, "percent", "%", "tỷ lệ hộ nông thôn dùng củi làm chất đốt chính", approx="under",
      status="target", period=P30),
    F("100% hộ nghèo", "100", 100, "percent", "%", "hộ nghèo vùng khó khăn được tiếp cận bếp sạch",
      status="target", period=P30),
    F("thêm 70.000 bếp", "70.000", 70000, "count", "bếp", "bếp cải tiến hỗ trợ thêm", status="forecast", period=P25),
    F("tại 14 tỉnh", "14", 14, "count", "tỉnh", "tỉnh miền núi phía Bắc được tập trung hỗ trợ",
      status="forecast", period=P25),
]

NOTES = [
    "Bộ Nông nghiệp và Môi trường (ministry site, Ngày đăng: 05/06/2025): chất đốt rắn nông thôn, bếp cải tiến, khí sinh học; national.",
    "'giảm 4,3 điểm phần trăm so với năm 2020' is the change of the 28,6% share. 'lần lượt' list: provinces are locations.",
    "'Trong đó, 128.000 bếp cải tiến' (after a sentence break) is part of 'hơn 310.000 bếp' (the same thing), not of 185.000 công trình.",
    "'ước 18-20 triệu tấn' and 'theo ước tính ... 1,2 tấn' are estimates; 'dự kiến' governs 70.000 bếp and 14 tỉnh (forecast).",
    "Not figures: CO2, WHO, Quyết định số 280/QĐ-TTg, 'Số 2 Ngọc Hà', 'Lượt xem: 1.406', 'Giai đoạn 2021-2024'.",
]

write("p886-4", TEXT, FIGS, NOTES, published="2025-06-05", location="Việt Nam")
