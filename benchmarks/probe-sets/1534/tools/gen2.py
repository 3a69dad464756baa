"""p1534-2: district portal (huyện Gia Lâm, Hà Nội): Bát Tràng vases for Tết 2025."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIA LÂM
Thành phố Hà Nội

Trang chủ / Kinh tế / Làng nghề

Bát Tràng tất bật vào mùa bình hoa Tết

20/01/2025 - 10:30

Những ngày cuối năm, các lò gốm ở xã Bát Tràng đỏ lửa suốt ngày đêm để kịp giao bình hoa, lọ hoa, chậu cảnh phục vụ Tết Nguyên đán Ất Tỵ 2025.

Theo UBND xã Bát Tràng, năm 2024 toàn xã có khoảng 1.000 hộ sản xuất, kinh doanh gốm sứ và 86 doanh nghiệp; tổng doanh thu từ gốm sứ đạt khoảng 1.200 tỷ đồng, tăng 8% so với năm 2023. Làng gốm đón hơn 600.000 lượt khách tham quan, trong đó khoảng 80.000 lượt khách quốc tế.

Ông Nguyễn Văn Thắng, chủ xưởng gốm ở thôn Giang Cao, cho biết từ tháng 10/2024 đến nay xưởng đã giao hơn 12.000 chiếc bình hoa các loại, tăng khoảng 30% so với cùng kỳ. Để kịp tiến độ, xưởng thuê thêm ba chục lao động thời vụ, tiền công khoảng 350.000 đồng/ngày. Bình hoa men rạn cỡ trung có giá từ 350.000 đến 600.000 đồng/chiếc, bộ lọ hoa vẽ tay cao cấp giá khoảng 5 triệu đồng/bộ.

Toàn huyện hiện có 7 làng nghề được thành phố công nhận, trong đó 2 làng nghề gốm sứ là Bát Tràng và Kim Lan. Năm 2025, huyện phấn đấu doanh thu làng nghề gốm sứ đạt 1.350 tỷ đồng và đón 700.000 lượt khách; dự kiến hoàn thành tuyến phố đi bộ ven đê dài 1,2 km trong quý II.

Nguồn: Phòng Kinh tế huyện Gia Lâm

Địa chỉ: Số 6 đường Ỷ Lan, thị trấn Trâu Quỳ, huyện Gia Lâm, Hà Nội. Điện thoại: 024.3827.1512
"""

Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
OCT = per("từ tháng 10/2024 đến nay", "2024-10-01", "2025-01-20")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
Q2 = per("quý II", "2025-04-01", "2025-06-30")

FIGS = [
    fig("khoảng 1.000 hộ", "1.000", 1000, "count", "hộ", approx="about",
        subject="hộ sản xuất, kinh doanh gốm sứ", period=Y24),
    fig("và 86 doanh nghiệp", "86", 86, "count", "doanh nghiệp", subject="doanh nghiệp gốm sứ", period=Y24),
    fig("khoảng 1.200 tỷ", "1.200", 1200e9, "money", "đồng", approx="about",
        change=chg("increase", 8, "%", "năm 2023"), subject="tổng doanh thu từ gốm sứ", period=Y24),
    fig("hơn 600.000 lượt", "600.000", 600000, "count", "lượt khách", approx="over",
        subject="lượt khách tham quan làng gốm", period=inh(Y24)),
    fig("khoảng 80.000 lượt", "80.000", 80000, "count", "lượt khách", approx="about", total=600000,
        subject="lượt khách quốc tế", period=inh(Y24)),
    fig("hơn 12.000 chiếc", "12.000", 12000, "count", "chiếc", approx="over",
        change=chg("increase", 30, "%", "cùng kỳ", approx="about"),
        subject="bình hoa các loại xưởng đã giao", period=OCT),
    fig("thêm ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động thời vụ xưởng thuê thêm", period=inh(OCT)),
    fig("khoảng 350.000 đồng/ngày", "350.000", 350000, "money", "đồng/ngày", approx="about",
        subject="tiền công lao động thời vụ"),
    fig("từ 350.000 đến 600.000", "350.000", 350000, "money", "đồng/chiếc", value_max=600000,
        subject="giá bình hoa men rạn cỡ trung"),
    fig("khoảng 5 triệu", "5", 5e6, "money", "đồng/bộ", approx="about",
        subject="giá bộ lọ hoa vẽ tay cao cấp"),
    fig("có 7 làng nghề", "7", 7, "count", "làng nghề", subject="làng nghề được thành phố công nhận"),
    fig("trong đó 2 làng nghề", "2", 2, "count", "làng nghề", total=7, subject="làng nghề gốm sứ"),
    fig("đạt 1.350 tỷ", "1.350", 1350e9, "money", "đồng", status="target",
        subject="doanh thu làng nghề gốm sứ", period=Y25),
    fig("đón 700.000 lượt", "700.000", 700000, "count", "lượt khách", status="target",
        subject="lượt khách", period=Y25),
    fig("dài 1,2 km", "1,2", 1.2, "measure", "km", status="forecast",
        subject="chiều dài tuyến phố đi bộ ven đê", period=Q2),
]

NOTES = [
    "District portal (huyện Gia Lâm, Hà Nội): banner, breadcrumb, '20/01/2025 - 10:30', 'Nguồn:', address and phone footer.",
    "Distractors: 'Tết Nguyên đán Ất Tỵ 2025', 10:30, 'tháng 10/2024' (a period), 'Số 6 đường Ỷ Lan', '024.3827.1512'.",
    "Location: figures of xã Bát Tràng are given the district Gia Lâm (FIGURES.md names province, city or district); borderline.",
    "'trong đó khoảng 80.000 lượt khách quốc tế' → total 600.000; '7 làng nghề, trong đó 2' → total 7. Year-less 'quý II' takes 2025.",
    "'ba chục' = 30 (number word). Prices and the day wage are standing rates: no period.",
    "'phấn đấu' governs both clauses joined by 'và' (target); 'dự kiến' → forecast for the 1,2 km street.",
]

if __name__ == "__main__":
    write("p1534-2", TEXT, NOTES, FIGS, published="2025-01-20", location="Gia Lâm")
