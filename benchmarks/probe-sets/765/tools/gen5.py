"""p765-5: Party newspaper (Hànộimới), Vườn thú Hà Nội year 2023, byline + date at the end."""
from lib import F, P, inh, CH, emit

TEXT = """HÀNỘIMỚI - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM THÀNH PHỐ HÀ NỘI
Xã hội > Đô thị

Vườn thú Hà Nội đón 1,26 triệu lượt khách năm 2023

Năm 2023, Vườn thú Hà Nội (số 3 Thủ Lệ, phường Ngọc Khánh, quận Ba Đình) đón khoảng 1,26 triệu lượt khách, tăng 18,5% so với năm 2022 và đạt 105% kế hoạch. Doanh thu bán vé đạt 38,4 tỷ đồng; nộp ngân sách 4,1 tỷ đồng. Riêng dịp Tết Dương lịch và Tết Nguyên đán, vườn đón bình quân 15.000 lượt khách/ngày.

Vườn thú hiện có diện tích gần 29 ha, trong đó mặt hồ khoảng 8,2 ha; đang nuôi dưỡng hơn 1.000 cá thể thuộc 103 loài, gồm 21 loài thú, 62 loài chim và 20 loài bò sát. Trong năm, đàn thú sinh sản thêm 57 cá thể; vườn tiếp nhận hai cá thể hổ Bengal từ Vườn thú Hannover (Đức) và ba cá thể hươu cao cổ từ Nam Phi. Theo Sở Du lịch, Vườn thú Hà Nội đứng thứ 3 về lượng khách trong các điểm tham quan có bán vé của Thủ đô.

Giá vé hiện là 50.000 đồng với người lớn và 20.000 đồng với trẻ em; người từ 60 tuổi trở lên được giảm 50% giá vé.

Dự án cải tạo, nâng cấp Vườn thú Hà Nội có tổng mức đầu tư khoảng 1.480 tỷ đồng, dự kiến khởi công giai đoạn 1 trong quý III/2024 với số vốn 420 tỷ đồng. Năm 2024, Công ty TNHH MTV Vườn thú Hà Nội phấn đấu đón 1,4 triệu lượt khách, doanh thu tăng từ 8 đến 10%.

Ông Lê Sỹ Trung, Giám đốc Công ty cho biết, cổng số 2 trên đường Kim Mã sẽ mở lại từ ngày 1/3/2024; đường dây nóng phục vụ khách tham quan: 024.3834.7395.

HOÀNG LAM
25/01/2024
"""

HY = P("năm 2023", "2023-01-01", "2023-12-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
TN = P("Trong năm", "2023-01-01", "2023-12-31")
Q3 = P("quý III/2024", "2024-07-01", "2024-09-30")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("đón 1,26 triệu lượt khách năm", "1,26", 1.26e6, "count", "lượt khách",
      subject="lượt khách Vườn thú Hà Nội đón", period=HY),
    F("khoảng 1,26 triệu lượt khách, tăng", "1,26", 1.26e6, "count", "lượt khách", approx="about", percent=105,
      change=CH("increase", 18.5, baseline="năm 2022"), subject="lượt khách Vườn thú Hà Nội đón", period=Y23),
    F("đạt 38,4 tỷ đồng", "38,4", 38.4e9, "money", "đồng", subject="doanh thu bán vé", period=inh(Y23)),
    F("nộp ngân sách 4,1 tỷ đồng", "4,1", 4.1e9, "money", "đồng", subject="nộp ngân sách", period=inh(Y23)),
    F("15.000 lượt khách/ngày", "15.000", 15000, "measure", "lượt khách/ngày",
      subject="lượt khách bình quân dịp Tết Dương lịch và Tết Nguyên đán", period=inh(Y23)),
    F("gần 29 ha", "29", 29, "measure", "ha", approx="nearly", subject="diện tích Vườn thú"),
    F("khoảng 8,2 ha", "8,2", 8.2, "measure", "ha", approx="about", total=29, subject="diện tích mặt hồ"),
    F("hơn 1.000 cá thể", "1.000", 1000, "count", "cá thể", approx="over", subject="cá thể động vật đang nuôi dưỡng"),
    F("thuộc 103 loài", "103", 103, "count", "loài", subject="loài động vật đang nuôi dưỡng"),
    F("21 loài thú", "21", 21, "count", "loài", total=103, subject="loài thú"),
    F("62 loài chim", "62", 62, "count", "loài", total=103, subject="loài chim"),
    F("20 loài bò sát", "20", 20, "count", "loài", total=103, subject="loài bò sát"),
    F("thêm 57 cá thể", "57", 57, "count", "cá thể", subject="cá thể đàn thú sinh sản thêm", period=TN),
    F("hai cá thể hổ", "hai", 2, "count", "cá thể", subject="cá thể hổ Bengal vườn tiếp nhận", period=TN),
    F("ba cá thể hươu", "ba", 3, "count", "cá thể", subject="cá thể hươu cao cổ vườn tiếp nhận", period=TN),
    F("đứng thứ 3", "3", 3, "rank", "hạng",
      subject="thứ hạng Vườn thú Hà Nội về lượng khách trong các điểm tham quan có bán vé của Thủ đô"),
    F("là 50.000 đồng", "50.000", 50000, "money", "đồng", subject="giá vé người lớn"),
    F("20.000 đồng với trẻ em", "20.000", 20000, "money", "đồng", subject="giá vé trẻ em"),
    F("từ 60 tuổi", "60", 60, "measure", "tuổi", approx="at_least", subject="tuổi được giảm giá vé", optional=True),
    F("giảm 50% giá vé", "50", 50, "percent", "%", subject="mức giảm giá vé cho người từ 60 tuổi trở lên"),
    F("khoảng 1.480 tỷ đồng", "1.480", 1480e9, "money", "đồng", approx="about",
      subject="tổng mức đầu tư dự án cải tạo, nâng cấp Vườn thú Hà Nội"),
    F("số vốn 420 tỷ đồng", "420", 420e9, "money", "đồng", status="forecast",
      subject="vốn giai đoạn 1 dự án cải tạo, nâng cấp Vườn thú Hà Nội", period=Q3),
    F("đón 1,4 triệu lượt khách", "1,4", 1.4e6, "count", "lượt khách", status="target",
      subject="lượt khách Vườn thú Hà Nội đón", period=Y24),
    F("từ 8 đến 10%", "8", 8, "percent", "%", value_max=10, status="target", subject="doanh thu tăng",
      period=Y24),
]

COMMENTS = [
    "Báo Hànộimới (Party newspaper): Vườn thú Hà Nội in 2023 (visitors, revenue, area, animals, tickets, renovation project, 2024 plan).",
    "Byline and bare date '25/01/2024' at the end = published. Location Hà Nội (the address 'quận Ba Đình' is a distractor).",
    "'tăng 18,5% so với năm 2022 và đạt 105% kế hoạch' -> change + percent of the 1,26 triệu. 'gần 29 ha, trong đó mặt hồ",
    "khoảng 8,2 ha' -> total 29. 'gồm 21 loài thú, 62 loài chim và 20 loài bò sát' adds up to 103 -> total 103.",
    "'Trong năm' takes 2023 from the nearest earlier period. 'giảm 50% giá vé' is the claim (percent, no change). 'từ 60 tuổi'",
    "optional (threshold). 'doanh thu tăng từ 8 đến 10%' is a growth-rate target (percent, no change).",
    "Distractors: số 3 Thủ Lệ, cổng số 2, ngày 1/3/2024, phone 024.3834.7395, 'giai đoạn 1', 'Tết Dương lịch'.",
]

if __name__ == "__main__":
    emit("p765-5", TEXT, COMMENTS, FIGS, published="2024-01-25", location="Hà Nội")
