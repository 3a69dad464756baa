"""p654-1: Hưng Yên province portal — hoa, cây cảnh Tết Giáp Thìn 2024."""
from lib import emit, fig, per, inh, year, chg

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Hưng Yên: Hơn 1.200 ha hoa, cây cảnh phục vụ Tết Giáp Thìn 2024
Cập nhật: 24/01/2024 08:45
Lượt xem: 2.156

(Cổng TTĐT Hưng Yên) - Theo Sở Nông nghiệp và Phát triển nông thôn, vụ hoa, cây cảnh phục vụ Tết Giáp Thìn 2024 toàn tỉnh có hơn 1.200 ha, tăng 8,5% so với vụ Tết năm trước. Trong đó, quất cảnh khoảng 420 ha, đào cảnh 185 ha, hoa các loại (cúc, ly, lan) 310 ha, còn lại là cây cảnh và cây ăn quả trồng chậu.

Huyện Văn Giang dẫn đầu với 560 ha, tiếp đến là Khoái Châu (245 ha), Văn Lâm (130 ha) và Yên Mỹ (95 ha). Riêng các xã Phụng Công, Xuân Quan, Cửu Cao của huyện Văn Giang cung ứng khoảng 1,1 triệu chậu quất, đào và hoa các loại.

Tính đến ngày 20/1/2024, các nhà vườn đã tiêu thụ khoảng 65% sản lượng quất, đào. Giá quất chậu loại đẹp từ 1,5 đến 4 triệu đồng/chậu, cao hơn năm trước khoảng 10%; đào thế từ 3 đến 15 triệu đồng/cây. Hoa cúc, hoa ly bán tại vườn từ 8.000 đến 12.000 đồng/cành. Nhiều hộ trồng quất ở xã Phụng Công (Văn Giang) cho thu nhập 600-800 triệu đồng/ha.

Năm 2023, giá trị sản xuất hoa, cây cảnh toàn tỉnh ước đạt 2.150 tỷ đồng, chiếm 11,2% giá trị sản xuất ngành trồng trọt. Đợt mưa lớn trong tháng 9/2023 làm 32,5 ha quất tại huyện Văn Giang bị ngập úng, năng suất giảm khoảng 30%.

Theo Quyết định số 1562/QĐ-UBND ngày 15/8/2022 của UBND tỉnh, Hưng Yên phấn đấu đến năm 2025 nâng diện tích hoa, cây cảnh lên 1.500 ha, giá trị sản xuất bình quân đạt 500 triệu đồng/ha/năm.

Dịp Tết, tỉnh bố trí 12 điểm chợ hoa Xuân với khoảng 350 gian hàng, trong đó chợ hoa tại đường Chùa Chuông (TP. Hưng Yên) có 48 gian hàng. Hội chợ hoa, cây cảnh Văn Giang lần thứ III sẽ khai mạc ngày 30/1/2024.

Trung tâm Thông tin - Hội chợ triển lãm, số 437 Nguyễn Văn Linh, TP. Hưng Yên. ĐT: 0221.3862.351
"""

Y23 = year(2023, "Năm 2023")
S9 = per("tháng 9/2023", "2023-09-01", "2023-09-30")
T25 = per("đến năm 2025", end="2025-12-31")
FIGS = [
    fig("Hưng Yên: Hơn 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích hoa, cây cảnh phục vụ Tết", approx="over"),
    fig("toàn tỉnh có hơn 1.200 ha", "1.200", 1200, "measure", "ha", "diện tích hoa, cây cảnh phục vụ Tết Giáp Thìn 2024",
        approx="over", change=chg("increase", 8.5, baseline="vụ Tết năm trước")),
    fig("khoảng 420 ha", "420", 420, "measure", "ha", "diện tích quất cảnh", approx="about", total=1200),
    fig("đào cảnh 185 ha", "185", 185, "measure", "ha", "diện tích đào cảnh", total=1200),
    fig("lan) 310 ha", "310", 310, "measure", "ha", "diện tích hoa các loại (cúc, ly, lan)", total=1200),
    fig("dẫn đầu với 560 ha", "560", 560, "measure", "ha", "diện tích hoa, cây cảnh", location="Văn Giang"),
    fig("Khoái Châu (245 ha)", "245", 245, "measure", "ha", "diện tích hoa, cây cảnh", location="Khoái Châu"),
    fig("Văn Lâm (130 ha)", "130", 130, "measure", "ha", "diện tích hoa, cây cảnh", location="Văn Lâm"),
    fig("Yên Mỹ (95 ha)", "95", 95, "measure", "ha", "diện tích hoa, cây cảnh", location="Yên Mỹ"),
    fig("khoảng 1,1 triệu chậu", "1,1", 1100000, "count", "chậu", "chậu quất, đào và hoa các loại cung ứng",
        approx="about", location="Văn Giang"),
    fig("khoảng 65% sản lượng", "65", 65, "percent", "%", "tỷ lệ sản lượng quất, đào đã tiêu thụ", approx="about",
        period=per("Tính đến ngày 20/1/2024", end="2024-01-20")),
    fig("từ 1,5 đến 4 triệu", "1,5", 1500000, "money", "đồng/chậu", "giá quất chậu loại đẹp", value_max=4000000,
        change=chg("increase", 10, baseline="năm trước", approx="about")),
    fig("từ 3 đến 15 triệu", "3", 3000000, "money", "đồng/cây", "giá đào thế", value_max=15000000),
    fig("từ 8.000 đến 12.000", "8.000", 8000, "money", "đồng/cành", "giá hoa cúc, hoa ly bán tại vườn", value_max=12000),
    fig("thu nhập 600-800", "600", 600000000, "money", "đồng/ha", "thu nhập của hộ trồng quất", value_max=800000000,
        location="Văn Giang"),
    fig("ước đạt 2.150 tỷ", "2.150", 2150000000000, "money", "đồng", "giá trị sản xuất hoa, cây cảnh", period=Y23,
        percent=11.2, status="estimate"),
    fig("làm 32,5 ha", "32,5", 32.5, "measure", "ha", "diện tích quất bị ngập úng", period=S9, location="Văn Giang"),
    fig("giảm khoảng 30%", "30", 30, "percent", "%", "năng suất quất bị ngập úng", period=S9, approx="about",
        location="Văn Giang"),
    fig("lên 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích hoa, cây cảnh", period=T25, status="target"),
    fig("đạt 500 triệu", "500", 500000000, "money", "đồng/ha/năm", "giá trị sản xuất bình quân hoa, cây cảnh",
        period=T25, status="target"),
    fig("bố trí 12 điểm", "12", 12, "count", "điểm", "điểm chợ hoa Xuân"),
    fig("khoảng 350 gian", "350", 350, "count", "gian hàng", "gian hàng chợ hoa Xuân", approx="about"),
    fig("có 48 gian", "48", 48, "count", "gian hàng", "gian hàng chợ hoa tại đường Chùa Chuông", total=350),
]

COMMENTS = [
    "Cổng TTĐT Hưng Yên: hơn 1.200 ha hoa, cây cảnh Tết Giáp Thìn 2024 — area by kind and district, prices, income/ha, 2023 value,",
    "flood loss (tháng 9/2023), 2025 targets, flower-market stalls. 'Cập nhật: 24/01/2024 08:45' is the dateline; 'Lượt xem: 2.156' is a counter.",
    "Not figures: 'Tết Giáp Thìn 2024', 'Quyết định số 1562/QĐ-UBND ngày 15/8/2022', 'lần thứ III', 'ngày 30/1/2024', address 'số 437 Nguyễn Văn Linh',",
    "phone 0221.3862.351. 'vụ Tết' is a season, not a dated period: figures with only it get no period (unscored).",
    "Commune figures take their district (Văn Giang) as location (the spec names province, city, district only).",
    "revised: the 30% yield fall's subject lost the verb 'giảm' (a rate-as-claim subject names the indicator only, FIGURES.md).",
]

if __name__ == "__main__":
    emit("p654-1", TEXT, COMMENTS, FIGS, published="2024-01-24", location="Hưng Yên")
