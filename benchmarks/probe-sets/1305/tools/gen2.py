"""p1305-2: district portal (huyện Chợ Lách, Bến Tre): a mai ghép cooperative and the district's ornamental plants."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHỢ LÁCH
Trang chủ / Tin tức / Kinh tế - Nông nghiệp

HTX Mai vàng Phú Sơn đưa 45.000 chậu mai ghép vào vụ Tết
20/12/2024 - 10:30

Hợp tác xã Mai vàng Phú Sơn (xã Phú Sơn) thành lập năm 2019 với 7 thành viên; hiện HTX có 42 thành viên, trong đó 11 thành viên nữ, tổng diện tích canh tác 36 ha.

Năm nay, HTX cung ứng ra thị trường khoảng 45.000 chậu mai ghép các loại, tăng khoảng 5.000 chậu so với năm 2023. Các giống mai ghép được ưa chuộng gồm mai Thái, mai cúc, mai giảo, giá bán từ 350.000 đồng đến 2,5 triệu đồng/chậu tùy kích cỡ. Ngoài ra, mỗi năm HTX bán khoảng 120.000 cây mai giống cho các tỉnh miền Trung và miền Bắc.

Theo ông Lê Văn Tâm, Giám đốc HTX, năm 2024 doanh thu của HTX đạt 9,6 tỷ đồng, vượt 12% kế hoạch; lợi nhuận hơn 1,1 tỷ đồng. HTX tạo việc làm cho ba chục lao động địa phương với thu nhập từ 7 đến 9 triệu đồng/người/tháng.

Toàn huyện Chợ Lách hiện có 8.650 ha hoa kiểng, cây giống, trong đó mai vàng khoảng 1.240 ha. Dịp Tết Nguyên đán Ất Tỵ, huyện dự kiến cung ứng hơn 2 triệu sản phẩm hoa kiểng, trong đó mai vàng chiếm khoảng 60%. Huyện phấn đấu đến năm 2025 có 25 HTX hoa kiểng, cây giống hoạt động hiệu quả.

Nguồn: Phòng Nông nghiệp và PTNT huyện Chợ Lách
Tin khác:
- Hội thi hoa kiểng huyện Chợ Lách lần thứ 4
- Tập huấn kỹ thuật ghép mai cho nông dân xã Vĩnh Thành
Địa chỉ: Khu phố 1, thị trấn Chợ Lách, tỉnh Bến Tre. Điện thoại: 0275.3871.234
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("đưa 45.000 chậu", "45.000", 45000, "count", "chậu",
        subject="chậu mai ghép HTX Mai vàng Phú Sơn đưa vào vụ Tết"),
    fig("với 7 thành viên", "7", 7, "count", "thành viên",
        subject="thành viên Hợp tác xã Mai vàng Phú Sơn khi thành lập", period=Y19),
    fig("có 42 thành viên", "42", 42, "count", "thành viên", subject="thành viên HTX"),
    fig("11 thành viên nữ", "11", 11, "count", "thành viên", total=42, subject="thành viên nữ"),
    fig("canh tác 36 ha", "36", 36, "measure", "ha", subject="tổng diện tích canh tác của HTX"),
    fig("khoảng 45.000 chậu", "45.000", 45000, "count", "chậu", approx="about",
        change=chg("increase", 5000, "chậu", "năm 2023", approx="about"),
        subject="chậu mai ghép các loại HTX cung ứng ra thị trường", period=NOW),
    fig("từ 350.000 đồng", "350.000", 350000, "money", "đồng/chậu", value_max=2.5e6,
        subject="giá bán mai ghép"),
    fig("khoảng 120.000 cây", "120.000", 120000, "measure", "cây/năm", approx="about",
        subject="cây mai giống HTX bán mỗi năm"),
    fig("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", change=chg("increase", 12, "%", "kế hoạch"),
        subject="doanh thu của HTX", period=Y24),
    fig("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y24),
    fig("ba chục lao động", "ba chục", 30, "count", "lao động",
        subject="lao động địa phương HTX tạo việc làm"),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập của lao động HTX"),
    fig("có 8.650 ha", "8.650", 8650, "measure", "ha", subject="diện tích hoa kiểng, cây giống toàn huyện"),
    fig("khoảng 1.240 ha", "1.240", 1240, "measure", "ha", approx="about", total=8650,
        subject="diện tích mai vàng"),
    fig("hơn 2 triệu", "2", 2e6, "count", "sản phẩm", approx="over", status="forecast",
        subject="sản phẩm hoa kiểng huyện cung ứng dịp Tết"),
    fig("chiếm khoảng 60%", "60", 60, "percent", "%", approx="about", status="forecast",
        subject="tỷ trọng mai vàng trong sản phẩm hoa kiểng cung ứng"),
    fig("có 25 HTX", "25", 25, "count", "HTX", status="target",
        subject="HTX hoa kiểng, cây giống hoạt động hiệu quả", period=T25),
]

NOTES = [
    "District portal (huyện Chợ Lách, Bến Tre): banner, breadcrumb, '20/12/2024 - 10:30' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:30, 'lần thứ 4', 'Khu phố 1', phone 0275.3871.234, founding year 2019 (period of '7 thành viên' only).",
    "'Năm nay' = 2024 (published). '7 thành viên' at founding: period năm 2019 (stated in its sentence). 'hiện' figures: no period.",
    "'11 thành viên nữ' after 'trong đó' → total 42. 'vượt 12% kế hoạch' → change with baseline kế hoạch.",
    "'mỗi năm ... khoảng 120.000 cây mai giống' is a yearly rate: measure, cây/năm. 'ba chục lao động' = 30.",
    "'trong đó mai vàng khoảng 1.240 ha' → total 8.650; 'trong đó mai vàng chiếm khoảng 60%' is a percent figure of its own,",
    "forecast because it continues the 'dự kiến' clause. 'phấn đấu đến năm 2025' → target, start null. Location Chợ Lách throughout.",
]

if __name__ == "__main__":
    write("p1305-2", TEXT, NOTES, FIGS, published="2024-12-20", location="Chợ Lách")
