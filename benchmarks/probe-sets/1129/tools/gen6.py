"""p1129-6: national newspaper: guava prices fall in Tiền Giang; a co-operative in Tân Phước sells to supermarket chains."""
from lib import fig, per, inh, chg, write

TEXT = """Kinh doanh > Hàng hóa
Thứ bảy, 15/6/2024, 07:00 (GMT+7)

Ổi lê Đài Loan rớt giá còn 5.000 đồng một kg

Nguồn cung dồi dào khiến giá ổi tại Tiền Giang giảm khoảng 50% so với đầu năm, nhiều nhà vườn tìm đường đưa ổi vào siêu thị.

Sáng 14/6, tại các vựa thu mua ở huyện Tân Phước, ổi lê Đài Loan loại 1 được thương lái mua 5.000-6.000 đồng/kg, ổi loại 2 chỉ 2.500 đồng/kg. Hồi tháng 2, cùng loại ổi này có giá 10.000-11.000 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn Tiền Giang, toàn tỉnh có khoảng 3.700 ha ổi, trong đó huyện Tân Phước chiếm hơn 2.100 ha. Từ tháng 4 đến nay, mỗi ngày tỉnh thu hoạch khoảng 250 tấn, tăng 30% so với cùng kỳ.

Ông Phạm Văn Bé, Giám đốc Hợp tác xã Nông nghiệp Phú Mỹ (huyện Tân Phước), cho biết HTX có 68 thành viên với 95 ha ổi, trong đó 40 ha đạt chuẩn VietGAP. Nhờ có chứng nhận, HTX ký hợp đồng cung cấp cho hai chuỗi siêu thị mỗi ngày 3 tấn ổi với giá cố định 9.000 đồng/kg, cao hơn giá thị trường khoảng 50%. Theo tính toán của nông dân Tân Phước, chi phí sản xuất hiện khoảng 4.500 đồng/kg, nên nhiều hộ bán cho thương lái gần như hòa vốn.

Tuy vậy, lượng ổi vào siêu thị mới chiếm khoảng 5% sản lượng toàn tỉnh. Ngành nông nghiệp Tiền Giang dự kiến năm nay hỗ trợ thêm 10 hợp tác xã đạt chứng nhận VietGAP và đưa tỷ lệ ổi tiêu thụ qua hợp đồng lên 15%.

Hoàng Nam
"""

TP = "Tân Phước"
D14 = per("Sáng 14/6", "2024-06-14", "2024-06-14")
M2 = per("Hồi tháng 2", "2024-02-01", "2024-02-29")
SINCE = per("Từ tháng 4 đến nay", "2024-04-01", "2024-06-15")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("còn 5.000 đồng", "5.000", 5000, "money", "đồng/kg", subject="giá ổi lê Đài Loan"),
    fig("khoảng 50% so với đầu năm", "50", 50, "percent", "%", approx="about", subject="giá ổi giảm"),
    fig("mua 5.000-6.000", "5.000", 5000, "money", "đồng/kg", value_max=6000,
        subject="giá thương lái mua ổi lê Đài Loan loại 1", period=D14, location=TP),
    fig("chỉ 2.500 đồng/kg", "2.500", 2500, "money", "đồng/kg", subject="giá thương lái mua ổi loại 2",
        period=D14, location=TP),
    fig("giá 10.000-11.000", "10.000", 10000, "money", "đồng/kg", value_max=11000,
        subject="giá ổi lê Đài Loan loại 1", period=M2, location=TP),
    fig("khoảng 3.700 ha", "3.700", 3700, "measure", "ha", approx="about", subject="diện tích ổi toàn tỉnh"),
    fig("hơn 2.100 ha", "2.100", 2100, "measure", "ha", approx="over", total=3700, subject="diện tích ổi",
        location=TP),
    fig("khoảng 250 tấn", "250", 250, "measure", "tấn/ngày", approx="about",
        change=chg("increase", 30, "%", "cùng kỳ"), subject="sản lượng ổi thu hoạch", period=SINCE),
    fig("có 68 thành viên", "68", 68, "count", "thành viên", subject="thành viên Hợp tác xã Nông nghiệp Phú Mỹ",
        location=TP),
    fig("với 95 ha", "95", 95, "measure", "ha", subject="diện tích ổi của HTX", location=TP),
    fig("40 ha", "40", 40, "measure", "ha", total=95, subject="diện tích ổi của HTX đạt chuẩn VietGAP", location=TP),
    fig("hai chuỗi", "hai", 2, "count", "chuỗi siêu thị", subject="chuỗi siêu thị HTX ký hợp đồng cung cấp",
        location=TP),
    fig("ngày 3 tấn", "3", 3, "measure", "tấn/ngày", subject="ổi HTX cung cấp cho siêu thị", location=TP),
    fig("định 9.000 đồng/kg", "9.000", 9000, "money", "đồng/kg",
        change=chg("increase", 50, "%", "giá thị trường", approx="about"),
        subject="giá cố định ổi cung cấp cho siêu thị", location=TP),
    fig("khoảng 4.500 đồng/kg", "4.500", 4500, "money", "đồng/kg", approx="about",
        subject="chi phí sản xuất ổi", location=TP),
    fig("khoảng 5% sản lượng", "5", 5, "percent", "%", approx="about",
        subject="tỷ lệ lượng ổi vào siêu thị trong sản lượng toàn tỉnh"),
    fig("thêm 10 hợp tác xã", "10", 10, "count", "hợp tác xã", status="forecast",
        subject="hợp tác xã được hỗ trợ đạt chứng nhận VietGAP", period=Y24),
    fig("lên 15%", "15", 15, "percent", "%", status="forecast",
        subject="tỷ lệ ổi tiêu thụ qua hợp đồng", period=Y24),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 15/6/2024, 07:00 (GMT+7)' (published), byline at the end. Default location Tiền Giang.",
    "Headline '5.000 đồng một kg': 'một kg' is the rate's denominator (đồng/kg), not a figure. The sapo's 'giảm khoảng 50%' has no",
    "base amount: a percent figure (growth rate as the claim), no change object.",
    "'Sáng 14/6' locates the prices in time: a one-day period 2024-06-14. 'Hồi tháng 2' → 2/2024; 'Từ tháng 4 đến nay' ends at the dateline.",
    "Vựa prices, the co-operative (huyện Tân Phước named in brackets) and the Tân Phước cost → location Tân Phước.",
    "'trong đó huyện Tân Phước chiếm hơn 2.100 ha' → total 3.700. 'cao hơn giá thị trường khoảng 50%' → change of 9.000 đồng/kg.",
    "'dự kiến năm nay ...' → forecast. Distractors: time 07:00, '(GMT+7)', 'loại 1', 'loại 2' (grades), 'một kg'.",
]

if __name__ == "__main__":
    write("p1129-6", TEXT, NOTES, FIGS, published="2024-06-15", location="Tiền Giang")
