from lib import *

A = """Thị trường hàng hóa Tết Giáp Thìn: Nguồn cung dồi dào, giá cả ổn định
05/02/2024 08:15

(Baothanhhoa.vn) - Theo Sở Công Thương, tổng giá trị hàng hóa dự trữ phục vụ Tết Nguyên đán Giáp Thìn 2024 của các doanh nghiệp trên địa bàn tỉnh ước đạt 4.850 tỷ đồng, tăng 8,2% so với Tết năm trước, trong đó nhóm hàng thiết yếu khoảng 2.910 tỷ đồng, chiếm 60%. Toàn tỉnh bố trí 72 điểm bán hàng bình ổn giá và 15 phiên chợ đưa hàng Việt về nông thôn tại các huyện Thường Xuân, Như Xuân, Quan Hóa.

Khảo sát tại các chợ ở TP Thanh Hóa cho thấy, giá thịt lợn hơi dao động từ 52.000 đến 55.000 đồng/kg, thịt bò loại 1 khoảng 260.000 đồng/kg, gà ta 120.000-140.000 đồng/kg. Tại thị xã Bỉm Sơn, giá hoa đào cành loại trung bình từ 300.000 đến 800.000 đồng/cành, tăng khoảng 10% so với năm trước.

Theo Cục Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) tháng 1/2024 tăng 0,62% so với tháng trước và tăng 3,18% so với cùng kỳ năm 2023; trong đó nhóm hàng ăn và dịch vụ ăn uống tăng 0,95%. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 1/2024 ước đạt 14.256,3 tỷ đồng, tăng 10,5% so với cùng kỳ.

Thực hiện Kế hoạch số 285/KH-UBND, từ ngày 15/12/2023 đến nay, lực lượng quản lý thị trường đã kiểm tra 386 vụ, xử lý 241 vụ vi phạm, phạt tiền hơn 1,2 tỷ đồng; thu giữ 156 kg pháo nổ và 2.450 bao thuốc lá điếu nhập lậu. Người dân phát hiện hàng giả, hàng kém chất lượng có thể phản ánh qua đường dây nóng 0237.3852.689.

Sở Công Thương dự kiến tổng mức bán lẻ hàng hóa tháng 2/2024 tăng khoảng 12%, nhu cầu mua sắm tập trung vào các ngày 25 đến 29 tháng Chạp.

Phong Sắc
"""

PT = P("Tết Nguyên đán Giáp Thìn 2024", "2024-02-08", "2024-02-14", True)
T1 = P("tháng 1/2024", "2024-01-01", "2024-01-31")
PN = P("từ ngày 15/12/2023 đến nay", "2023-12-15", "2024-02-05")
PTi = P("Tết Nguyên đán Giáp Thìn 2024", "2024-02-08", "2024-02-14", True)

figs = [
    F("ước đạt 4.850 tỷ đồng", "4.850", 4850e9, "money", "đồng", "tổng giá trị hàng hóa dự trữ phục vụ Tết", PT,
      status="estimate", change={"direction": "increase", "value": 8.2, "unit": "%", "baseline": "Tết năm trước"}),
    F("khoảng 2.910 tỷ đồng", "2.910", 2910e9, "money", "đồng", "hàng hóa dự trữ nhóm hàng thiết yếu", PT,
      approx="about", total=4850e9, percent=60, status="estimate"),
    F("bố trí 72 điểm", "72", 72, "count", "điểm bán hàng bình ổn giá", "điểm bán hàng bình ổn giá", PTi),
    F("và 15 phiên chợ", "15", 15, "count", "phiên chợ", "phiên chợ đưa hàng Việt về nông thôn", PTi),
    F("từ 52.000 đến 55.000", "52.000", 52000, "money", "đồng/kg", "giá thịt lợn hơi", PTi, value_max=55000,
      location="TP Thanh Hóa"),
    F("khoảng 260.000 đồng/kg", "260.000", 260000, "money", "đồng/kg", "giá thịt bò loại 1", PTi, approx="about",
      location="TP Thanh Hóa"),
    F("gà ta 120.000-140.000", "120.000", 120000, "money", "đồng/kg", "giá gà ta", PTi, value_max=140000,
      location="TP Thanh Hóa"),
    F("từ 300.000 đến 800.000", "300.000", 300000, "money", "đồng/cành", "giá hoa đào cành loại trung bình", PTi,
      value_max=800000, location="Bỉm Sơn",
      change={"direction": "increase", "value": 10, "unit": "%", "approx": "about", "baseline": "năm trước"}),
    F("tăng 0,62%", "0,62", 0.62, "percent", "%", "chỉ số giá tiêu dùng (CPI)", T1),
    F("tăng 3,18%", "3,18", 3.18, "percent", "%", "chỉ số giá tiêu dùng (CPI) so với cùng kỳ", T1),
    F("tăng 0,95%", "0,95", 0.95, "percent", "%", "chỉ số giá nhóm hàng ăn và dịch vụ ăn uống", T1),
    F("ước đạt 14.256,3 tỷ đồng", "14.256,3", 14256.3e9, "money", "đồng",
      "tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng", T1, status="estimate",
      change={"direction": "increase", "value": 10.5, "unit": "%", "baseline": "cùng kỳ"}),
    F("kiểm tra 386 vụ", "386", 386, "count", "vụ", "vụ kiểm tra của lực lượng quản lý thị trường", PN),
    F("xử lý 241 vụ", "241", 241, "count", "vụ", "vụ vi phạm bị xử lý", PN),
    F("hơn 1,2 tỷ đồng", "1,2", 1.2e9, "money", "đồng", "tiền phạt vi phạm", PN, approx="over"),
    F("thu giữ 156 kg", "156", 156, "measure", "kg", "pháo nổ thu giữ", PN),
    F("và 2.450 bao", "2.450", 2450, "count", "bao", "thuốc lá điếu nhập lậu thu giữ", PN),
    F("tăng khoảng 12%", "12", 12, "percent", "%", "tổng mức bán lẻ hàng hóa",
      P("tháng 2/2024", "2024-02-01", "2024-02-29"), approx="about", status="forecast"),
]

write("p251-5", A, figs, [
    "Party newspaper (Báo Thanh Hóa): Tết Giáp Thìn market, prices, CPI and market inspections. Bare dateline '05/02/2024 08:15' under the title; byline at the end.",
    "The tag '(Baothanhhoa.vn)' and 'TP Thanh Hóa' imply the province: default location Thanh Hóa; market prices take TP Thanh Hóa / thị xã Bỉm Sơn as named.",
    "The Tết holiday (8/2–14/2/2024) is named but never dated in the text, so its figures carry it as inherited (not scored), as in p251-1's title.",
    "2.910 tỷ after 'trong đó' is part of 4.850 tỷ (same unit) with share 60%. Price ranges give value_max; rates 'đồng/kg', 'đồng/cành' are money units.",
    "CPI: 0,62% and 3,18% are two growth rates as claims (two percent figures, no change); 0,95% after 'trong đó' is a rate (no total).",
    "'từ ngày 15/12/2023 đến nay' runs to the dateline. 241 of 386 has no part-of cue: no total. 'dự kiến … tăng khoảng 12%' is a forecast percent.",
    "Distractors: Kế hoạch số 285/KH-UBND, hotline 0237.3852.689, lunar dates '25 đến 29 tháng Chạp', 'thịt bò loại 1' (a grade), 'Tết năm trước'.",
], published="2024-02-05", location="Thanh Hóa")
