"""p475-8: Kon Tum provincial radio-TV site, 9 months 2024: planting, quarters, districts, PFES, Q4 plans."""
from lib import emit, fig, per, inh, chg, tgt

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH TỈNH KON TUM
Kinh tế | Nông nghiệp

Kon Tum: 9 tháng trồng được 3.126 ha rừng, đạt 78% kế hoạch

Thứ Sáu, 11/10/2024 | 15:42

(KTV) - Theo Sở Nông nghiệp và PTNT, 9 tháng năm 2024, toàn tỉnh Kon Tum trồng được 3.126 ha rừng, đạt 78,2% kế hoạch năm (4.000 ha), tăng 12,4% so với cùng kỳ năm 2023. Trong đó, riêng quý III/2024 trồng được 1.874 ha, chiếm gần 60%.

Các huyện có diện tích trồng rừng lớn gồm: Kon Plông 685 ha, Đăk Glei 542 ha, Tu Mơ Rông 498 ha, Sa Thầy 431 ha. Giá cây giống keo lai giâm hom hiện dao động từ 1.200 đến 1.500 đồng/cây. Tại huyện Kon Plông, các tiểu khu 512, 515 dọc Quốc lộ 24 được ưu tiên trồng rừng phòng hộ.

Về chi trả dịch vụ môi trường rừng, tính đến hết tháng 9/2024, Quỹ Bảo vệ và Phát triển rừng tỉnh đã chi trả 236,5 tỷ đồng cho các chủ rừng, đạt 71,3% kế hoạch; đơn giá bình quân năm 2024 ước khoảng 650.000 đồng/ha. Tổng diện tích rừng được chi trả là 445.600 ha, trong đó diện tích giao khoán cho 8.640 hộ gia đình và 176 cộng đồng là 128.900 ha.

Tỷ lệ che phủ rừng của tỉnh ước đạt 63,8%. Trong quý IV/2024, tỉnh dự kiến trồng thêm khoảng 900 ha rừng, đồng thời giao khoán bảo vệ rừng cho 12 cộng đồng mới.

Địa chỉ: 358 Trần Hưng Đạo, TP. Kon Tum. Đường dây nóng: 0260.3862.449
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
ASOF = per("tính đến hết tháng 9/2024", None, "2024-09-30")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
PLANT = "diện tích trồng rừng"

FIGS = [
    fig("9 tháng trồng được 3.126 ha", "3.126", 3126, "measure", "ha", PLANT,
        per("9 tháng", "2024-01-01", "2024-09-30"), percent=78),
    fig("Kon Tum trồng được 3.126 ha", "3.126", 3126, "measure", "ha", PLANT, M9,
        percent=78.2, target=tgt(4000, "ha"), change=chg("increase", 12.4, baseline="cùng kỳ năm 2023")),
    fig("trồng được 1.874 ha", "1.874", 1874, "measure", "ha", PLANT,
        per("quý III/2024", "2024-07-01", "2024-09-30"), total=3126, percent=60),
    fig("Kon Plông 685 ha", "685", 685, "measure", "ha", PLANT, inh(M9), location="Kon Plông"),
    fig("Đăk Glei 542 ha", "542", 542, "measure", "ha", PLANT, inh(M9), location="Đăk Glei"),
    fig("Tu Mơ Rông 498 ha", "498", 498, "measure", "ha", PLANT, inh(M9), location="Tu Mơ Rông"),
    fig("Sa Thầy 431 ha", "431", 431, "measure", "ha", PLANT, inh(M9), location="Sa Thầy"),
    fig("từ 1.200 đến 1.500 đồng/cây", "1.200", 1200, "money", "đồng/cây", "giá cây giống keo lai giâm hom",
        value_max=1500),
    fig("chi trả 236,5 tỷ đồng", "236,5", 236.5e9, "money", "đồng", "tiền dịch vụ môi trường rừng chi trả", ASOF,
        percent=71.3),
    fig("khoảng 650.000 đồng/ha", "650.000", 650000, "money", "đồng/ha", "đơn giá chi trả DVMTR bình quân",
        per("năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
    fig("là 445.600 ha", "445.600", 445600, "measure", "ha", "tổng diện tích rừng được chi trả", inh(ASOF)),
    fig("cho 8.640 hộ", "8.640", 8640, "count", "hộ gia đình", "hộ gia đình nhận khoán", inh(ASOF)),
    fig("và 176 cộng đồng", "176", 176, "count", "cộng đồng", "cộng đồng nhận khoán", inh(ASOF)),
    fig("là 128.900 ha", "128.900", 128900, "measure", "ha", "diện tích giao khoán", inh(ASOF), total=445600),
    fig("ước đạt 63,8%", "63,8", 63.8, "percent", "%", "tỷ lệ che phủ rừng", status="estimate"),
    fig("khoảng 900 ha", "900", 900, "measure", "ha", "diện tích trồng thêm rừng", Q4,
        approx="about", status="forecast"),
    fig("cho 12 cộng đồng", "12", 12, "count", "cộng đồng", "cộng đồng mới được giao khoán bảo vệ rừng", Q4,
        status="forecast"),
]

COMMENTS = [
    "Kon Tum provincial radio-TV site, dateline 'Thứ Sáu, 11/10/2024 | 15:42' after the headline: 9 tháng năm 2024.",
    "Headline '9 tháng' takes the year 2024 (published). '78%' in the headline and '78,2% kế hoạch năm (4.000 ha)' are shares of 3.126 ha;",
    "the bracketed plan 4.000 ha is the target attribute, not a figure. 'Trong đó, riêng quý III/2024 ... 1.874 ha, chiếm gần 60%': total 3.126, percent 60.",
    "'gồm: Kon Plông 685 ha, ...' has no whole figure before the cue: no total. '8.640 hộ gia đình', '176 cộng đồng' are not parts of 445.600 ha.",
    "Status: 'ước khoảng' -> estimate + about; 'dự kiến' -> forecast, continuing into 'đồng thời ...'.",
    "Distractors: tiểu khu 512, 515; Quốc lộ 24; 358 Trần Hưng Đạo; hotline 0260.3862.449; dateline; (KTV).",
]

if __name__ == "__main__":
    emit("p475-8", TEXT, FIGS, COMMENTS, published="2024-10-11", location="Kon Tum")
