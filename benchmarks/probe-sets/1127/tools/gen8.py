"""p1127-8: provincial newspaper online (Báo Quảng Ngãi): Lý Sơn dried squid, tourists, squid boats, 9 months 2023."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Lý Sơn: Du khách mua hơn 300 tấn hải sản khô

Thứ Năm, 28/09/2023 - 10:25

(Baoquangngai.vn)- 9 tháng năm 2023, huyện đảo Lý Sơn đón 276.000 lượt khách, tăng 18% so với cùng kỳ, đạt 92% kế hoạch năm. Ước tính du khách đã mua khoảng 310 tấn hải sản khô các loại, trong đó mực khô chiếm trên 40%.

Toàn huyện có 168 tàu cá khai thác mực xa bờ với hơn 1.900 lao động, trong đó 31 tàu có công suất từ 400 CV trở lên. Riêng quý III, các tàu đã cập cảng 1.240 tấn mực, trong đó khoảng 65% được các cơ sở trên đảo chế biến thành mực khô, mực một nắng.

Ông Phạm Văn Hai, chủ cơ sở chế biến ở thôn Đông, xã An Vĩnh, cho biết mỗi chuyến biển kéo dài 20-25 ngày, tàu QNg 96135 TS của gia đình ông mang về 7-8 tấn mực xà, phơi được khoảng 1,6 tấn mực khô. Với giá bán 550.000-700.000 đồng/kg, mỗi chuyến trừ chi phí lãi từ 150 đến 200 triệu đồng.

Tính đến ngày 20/9, huyện có 46 cơ sở chế biến hải sản khô được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm, tăng 9 cơ sở so với cuối năm 2022. Khu vực cảng Lý Sơn hiện có gần 40 điểm bán hải sản khô phục vụ du khách; giá mực khô tại đây dao động 800.000-1,1 triệu đồng/kg, cao hơn khoảng 20% so với giá tại cơ sở chế biến.

Huyện hiện có 7 sản phẩm OCOP, trong đó 2 sản phẩm mực khô một nắng đạt 3 sao. Lý Sơn phấn đấu năm 2023 đón 300.000 lượt khách; giai đoạn 2023-2025 xây dựng 2 khu sấy mực tập trung với tổng diện tích 1,2 ha.

THANH NHỊ
"""

M9 = per("9 tháng năm 2023", "2023-01-01", "2023-09-30")
Q3 = per("quý III", "2023-07-01", "2023-09-30")
G = per("giai đoạn 2023-2025", "2023-01-01", "2025-12-31")

FIGS = [
    fig("hơn 300 tấn", "300", 300, "measure", "tấn", approx="over", subject="hải sản khô du khách mua"),
    fig("đón 276.000 lượt khách", "276.000", 276000, "count", "lượt khách", percent=92,
        change=chg("increase", 18, "%", "cùng kỳ"), subject="lượt khách đón", period=M9),
    fig("khoảng 310 tấn", "310", 310, "measure", "tấn", approx="about", status="estimate",
        subject="hải sản khô các loại du khách đã mua", period=inh(M9)),
    fig("chiếm trên 40%", "40", 40, "percent", "%", approx="over", status="estimate",
        subject="mực khô trong hải sản khô du khách đã mua", period=inh(M9)),
    fig("có 168 tàu", "168", 168, "count", "tàu cá", subject="tàu cá khai thác mực xa bờ"),
    fig("hơn 1.900 lao động", "1.900", 1900, "count", "lao động", approx="over",
        subject="lao động trên tàu cá khai thác mực xa bờ"),
    fig("31 tàu", "31", 31, "count", "tàu", total=168, subject="tàu có công suất từ 400 CV trở lên"),
    fig("từ 400 CV", "400", 400, "measure", "CV", approx="at_least", optional=True,
        subject="công suất tàu"),
    fig("cập cảng 1.240 tấn", "1.240", 1240, "measure", "tấn", subject="mực các tàu cập cảng", period=Q3),
    fig("khoảng 65%", "65", 65, "percent", "%", approx="about",
        subject="mực được các cơ sở trên đảo chế biến thành mực khô, mực một nắng", period=Q3),
    fig("kéo dài 20-25 ngày", "20", 20, "measure", "ngày", value_max=25, optional=True,
        subject="thời gian mỗi chuyến biển"),
    fig("về 7-8 tấn", "7", 7, "measure", "tấn", value_max=8, subject="mực xà tàu mang về mỗi chuyến"),
    fig("khoảng 1,6 tấn", "1,6", 1.6, "measure", "tấn", approx="about", subject="mực khô phơi được mỗi chuyến"),
    fig("bán 550.000-700.000", "550.000", 550000, "money", "đồng/kg", value_max=700000,
        subject="giá bán mực khô"),
    fig("từ 150 đến 200 triệu", "150", 150000000, "money", "đồng/chuyến", value_max=200000000,
        subject="lãi mỗi chuyến trừ chi phí"),
    fig("có 46 cơ sở", "46", 46, "count", "cơ sở", change=chg("increase", 9, "cơ sở", "cuối năm 2022"),
        subject="cơ sở chế biến hải sản khô được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm",
        period=per("Tính đến ngày 20/9", None, "2023-09-20")),
    fig("gần 40 điểm bán", "40", 40, "count", "điểm bán", approx="nearly",
        subject="điểm bán hải sản khô phục vụ du khách"),
    fig("800.000-1,1 triệu", "800.000", 800000, "money", "đồng/kg", value_max=1100000,
        change=chg("increase", 20, "%", "giá tại cơ sở chế biến", approx="about"),
        subject="giá mực khô tại các điểm bán khu vực cảng"),
    fig("có 7 sản phẩm", "7", 7, "count", "sản phẩm", subject="sản phẩm OCOP"),
    fig("2 sản phẩm mực khô", "2", 2, "count", "sản phẩm", total=7,
        subject="sản phẩm mực khô một nắng đạt OCOP 3 sao"),
    fig("đón 300.000 lượt khách", "300.000", 300000, "count", "lượt khách", status="target",
        subject="lượt khách đón", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("2 khu sấy", "2", 2, "count", "khu sấy mực tập trung", status="target",
        subject="khu sấy mực tập trung xây dựng", period=G),
    fig("diện tích 1,2 ha", "1,2", 1.2, "measure", "ha", status="target",
        subject="tổng diện tích khu sấy mực tập trung", period=G),
]

NOTES = [
    "Provincial newspaper online (Báo Quảng Ngãi): huyện đảo Lý Sơn, 9 months 2023. 'Thứ Năm, 28/09/2023 - 10:25', tag '(Baoquangngai.vn)-', byline.",
    "Distractors: 'Phạm Văn Hai' (a name that is a number word), 'QNg 96135 TS' (boat registration), '10:25', 'một nắng', '3 sao'.",
    "'quý III' and 'Tính đến ngày 20/9' take 2023. 'Ước tính' governs the 310 tấn clause and its 'trong đó' percent (estimate). The headline has no cue: actual.",
    "'từ 400 CV trở lên' is a class threshold and '20-25 ngày' a trip length (both optional). 31 tàu: part after 'trong đó' (total 168).",
    "'trong đó khoảng 65%' after 1.240 tấn is a percent figure of its own. Plans after 'phấn đấu' (continued after ';'): target.",
    "revised after the first run: subjects of 276.000 and 300.000 lượt khách lose the place name ('huyện đảo Lý Sơn', 'Lý Sơn'): it belongs in location.",
]

if __name__ == "__main__":
    write("p1127-8", TEXT, NOTES, FIGS, published="2023-09-28", location="Lý Sơn")
