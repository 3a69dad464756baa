"""p1240-8: provincial newspaper online (Báo Ninh Bình, BNB tag), lotus season tourism in Hoa Lư, 6 months 2024."""
from lib import F, P, I, C, T, write

TEXT = """Ninh Bình: Mùa sen Hoa Lư hút gần 300.000 lượt khách

Cập nhật lúc 16:40, Thứ Ba, 09/07/2024

(BNB) - Từ ngày 25/5 đến nay, các cánh đồng sen dọc sông Ngô Đồng và chân núi Múa thuộc Khu du lịch Tam Cốc - Bích Động (huyện Hoa Lư) đón gần 300.000 lượt khách, trong đó hơn 40% là khách quốc tế.

Theo Phòng Văn hóa và Thông tin huyện Hoa Lư, diện tích sen trên địa bàn năm nay đạt 46 ha, tăng gấp đôi so với năm 2022. Các hộ trồng sen mới được huyện hỗ trợ 10 triệu đồng/ha trong năm đầu tiên. Ngoài bán vé tham quan, nông dân còn thu từ hạt sen, ngó sen và dịch vụ chụp ảnh, bình quân lãi 120 - 150 triệu đồng/ha.

Khu du lịch Hang Múa (xã Ninh Xuân) có 8 ha sen, giá vé 100.000 đồng/người. Quý II, khu đón khoảng 186.000 lượt khách, doanh thu trên 21 tỷ đồng. Hang Múa từng xếp thứ 2 trong danh sách điểm ngắm sen đẹp nhất châu Á do một tạp chí du lịch quốc tế bình chọn. Dự kiến đến hết mùa sen, huyện đón thêm khoảng 120.000 lượt khách.

6 tháng đầu năm, toàn tỉnh Ninh Bình đón 5,4 triệu lượt khách, bằng 62% kế hoạch năm, tăng 11,3% so với cùng kỳ; tổng thu từ du lịch ước đạt 6.850 tỷ đồng. Trong đó, khách lưu trú đạt 612.000 lượt, doanh thu dịch vụ lưu trú khoảng 1.240 tỷ đồng. Tỉnh phấn đấu cả năm 2024 đón 9 triệu lượt khách; tổ chức Tuần lễ Sen Ninh Bình lần thứ 3 vào dịp Quốc khánh 2/9 với hơn 60 gian hàng.

Ngọc Linh
"""

SINCE = P("Từ ngày 25/5 đến nay", "2024-05-25", "2024-07-09")
NOW = P("năm nay", "2024-01-01", "2024-12-31")
Q2 = P("Quý II", "2024-04-01", "2024-06-30")
H1 = P("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = P("cả năm 2024", "2024-01-01", "2024-12-31")
HL = "Hoa Lư"
NB = "Ninh Bình"
HM = "Khu du lịch Hang Múa"

FIGS = [
    F("hút gần 300.000", "300.000", 300000, "count", "lượt khách", approx="nearly", location=HL,
      subject="lượt khách đến các cánh đồng sen Hoa Lư"),
    F("đón gần 300.000", "300.000", 300000, "count", "lượt khách", approx="nearly", location=HL,
      subject="lượt khách đến các cánh đồng sen Khu du lịch Tam Cốc - Bích Động", period=SINCE),
    F("hơn 40%", "40", 40, "percent", "%", approx="over", location=HL,
      subject="tỷ lệ khách quốc tế", period=SINCE),
    F("đạt 46 ha", "46", 46, "measure", "ha", location=HL,
      change=C("increase", 2, "lần", "năm 2022"), subject="diện tích sen", period=NOW),
    F("hỗ trợ 10 triệu", "10", 10000000, "money", "đồng/ha", location=HL,
      subject="mức hỗ trợ hộ trồng sen mới trong năm đầu tiên"),
    F("lãi 120 - 150 triệu", "120", 120000000, "money", "đồng/ha", value_max=150000000, location=HL,
      subject="lãi bình quân của nông dân trồng sen"),
    F("có 8 ha sen", "8", 8, "measure", "ha", location=HL, subject="diện tích sen " + HM),
    F("vé 100.000", "100.000", 100000, "money", "đồng/người", location=HL, subject="giá vé " + HM),
    F("khoảng 186.000", "186.000", 186000, "count", "lượt khách", approx="about", location=HL,
      subject="lượt khách " + HM + " đón", period=Q2),
    F("trên 21 tỷ", "21", 21000000000, "money", "đồng", approx="over", location=HL,
      subject="doanh thu " + HM, period=Q2),
    F("xếp thứ 2", "2", 2, "rank", "hạng", location=HL,
      subject="thứ hạng Hang Múa trong danh sách điểm ngắm sen đẹp nhất châu Á"),
    F("thêm khoảng 120.000", "120.000", 120000, "count", "lượt khách", approx="about", status="forecast",
      location=HL, subject="lượt khách huyện Hoa Lư đón thêm đến hết mùa sen"),
    F("đón 5,4 triệu", "5,4", 5400000, "count", "lượt khách", location=NB, percent=62,
      change=C("increase", 11.3, "%", "cùng kỳ"), subject="lượt khách du lịch", period=H1),
    F("ước đạt 6.850 tỷ", "6.850", 6850000000000, "money", "đồng", status="estimate", location=NB,
      subject="tổng thu từ du lịch", period=H1),
    F("đạt 612.000 lượt", "612.000", 612000, "count", "lượt", total=5400000, location=NB,
      subject="lượt khách lưu trú", period=I(H1)),
    F("khoảng 1.240 tỷ", "1.240", 1240000000000, "money", "đồng", approx="about", location=NB,
      total=6850000000000, subject="doanh thu dịch vụ lưu trú", period=I(H1)),
    F("đón 9 triệu", "9", 9000000, "count", "lượt khách", status="target", location=NB,
      subject="lượt khách du lịch", period=Y24),
    F("hơn 60 gian hàng", "60", 60, "count", "gian hàng", approx="over", status="target", location=NB,
      subject="gian hàng tại Tuần lễ Sen Ninh Bình", period=I(Y24)),
]

NOTES = [
    "Provincial newspaper online (Báo Ninh Bình): headline figure, 'Cập nhật lúc 16:40, Thứ Ba, 09/07/2024', tag '(BNB) -', byline at the end.",
    "Places: the lotus fields of Tam Cốc - Bích Động and Hang Múa are in huyện Hoa Lư -> Hoa Lư (headline too: 'Mùa sen Hoa Lư');",
    "'toàn tỉnh Ninh Bình' figures and the province plan -> Ninh Bình. No default location is set: each figure names its own.",
    "'Từ ngày 25/5 đến nay': year-less start takes 2024; 'đến nay' ends at published. 'năm nay' = 2024; 'Quý II' and '6 tháng đầu năm' take 2024.",
    "'tăng gấp đôi so với năm 2022' -> change increase 2 lần (đôi = 2). 'trong năm đầu tiên' is an ordinal, not a period or figure.",
    "'bằng 62% kế hoạch năm' -> percent of 5,4 triệu; 'Trong đó, khách lưu trú đạt 612.000 lượt' -> total 5.400.000;",
    "'doanh thu dịch vụ lưu trú khoảng 1.240 tỷ' continues the 'Trong đó' sentence and is part of the 6.850 tỷ tourism revenue -> total.",
    "'xếp thứ 2' -> rank 2. 'Dự kiến đến hết mùa sen' has no calendar period -> forecast, no period.",
    "'phấn đấu cả năm 2024 ...; tổ chức ... với hơn 60 gian hàng' -> both target; the 60 stalls' period is 2024 through the continued clause (inherited: another clause, a festival date).",
    "Distractors: '16:40', 'Thứ Ba', 'ngày 25/5', 'lần thứ 3', 'Quốc khánh 2/9', 'năm đầu tiên'.",
]

if __name__ == "__main__":
    write("p1240-8", TEXT, NOTES, FIGS, published="2024-07-09")
