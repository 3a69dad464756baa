"""p1452-2: district portal (huyện Chương Mỹ, Hà Nội): scented-candle craft in xã Phụng Châu, a cooperative."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CHƯƠNG MỸ - THÀNH PHỐ HÀ NỘI
Trang chủ / Tin tức - Sự kiện / Kinh tế

Nghề làm nến thơm mang lại việc làm cho hơn 300 lao động xã Phụng Châu

05/03/2024 - 10:20

Từ một vài hộ làm nến thủ công, hiện nay xã Phụng Châu đã có 38 hộ và 2 hợp tác xã sản xuất nến thơm, nến trang trí, giải quyết việc làm cho hơn 300 lao động, trong đó khoảng 70% là lao động nữ.

Hợp tác xã Nến thơm Phụng Châu, thành lập năm 2019, có 46 thành viên. Năm 2023, hợp tác xã sản xuất khoảng 180.000 sản phẩm nến các loại, doanh thu đạt 4,2 tỷ đồng, tăng 23% so với năm 2022; lợi nhuận sau khi trừ chi phí khoảng 650 triệu đồng. Thu nhập của người lao động từ 6 đến 8 triệu đồng/người/tháng.

Giám đốc hợp tác xã, chị Nguyễn Thị Hạnh cho biết, nến thơm đựng trong hũ thủy tinh có giá bán 85.000-150.000 đồng/hũ; riêng dòng nến Sen 03 được ưa chuộng nhất, mỗi tháng bán khoảng 2.000 hũ. "Hai tháng đầu năm 2024, hợp tác xã đã xuất bán hơn 35.000 sản phẩm phục vụ dịp Tết và lễ hội đầu xuân, gấp đôi cùng kỳ", chị Hạnh nói.

Năm 2024, hợp tác xã phấn đấu doanh thu đạt 5 tỷ đồng; dự kiến mở thêm một xưởng đổ nến rộng khoảng 200 m2, tạo việc làm cho 15-20 lao động.

Theo Phòng Kinh tế huyện, toàn huyện hiện có 5 sản phẩm nến đạt chuẩn OCOP, gồm 1 sản phẩm 4 sao và 4 sản phẩm 3 sao. Huyện sẽ hỗ trợ các cơ sở tham gia Hội chợ OCOP Hà Nội lần thứ 3 và quảng bá sản phẩm trên các sàn thương mại điện tử.

Tin khác:
- Chương Mỹ: Hội nghị triển khai nhiệm vụ phát triển kinh tế năm 2024
- Xã Phụng Châu ra quân làm thủy lợi nội đồng

UBND huyện Chương Mỹ. Địa chỉ: Số 105 Hòa Sơn, thị trấn Chúc Sơn, huyện Chương Mỹ, Hà Nội. Điện thoại: 024.3386.6127
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M2 = per("Hai tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HTX = "Hợp tác xã Nến thơm Phụng Châu"

FIGS = [
    fig("cho hơn 300 lao động xã", "300", 300, "count", "lao động", approx="over",
        subject="lao động có việc làm từ nghề làm nến thơm"),
    fig("có 38 hộ", "38", 38, "count", "hộ", subject="hộ sản xuất nến thơm, nến trang trí"),
    fig("và 2 hợp tác xã", "2", 2, "count", "hợp tác xã", subject="hợp tác xã sản xuất nến thơm, nến trang trí"),
    fig("cho hơn 300 lao động,", "300", 300, "count", "lao động", approx="over",
        subject="lao động được giải quyết việc làm"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", subject="lao động nữ"),
    fig("có 46 thành viên", "46", 46, "count", "thành viên", subject="thành viên " + HTX),
    fig("khoảng 180.000 sản phẩm", "180.000", 180000, "count", "sản phẩm", approx="about",
        subject="sản phẩm nến các loại hợp tác xã sản xuất", period=Y23),
    fig("đạt 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2022"),
        subject="doanh thu hợp tác xã", period=Y23),
    fig("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about",
        subject="lợi nhuận sau khi trừ chi phí", period=Y23),
    fig("từ 6 đến 8 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập của người lao động", period=inh(Y23)),
    fig("85.000-150.000", "85.000", 85000, "money", "đồng/hũ", value_max=150000,
        subject="giá bán nến thơm đựng trong hũ thủy tinh"),
    fig("khoảng 2.000 hũ", "2.000", 2000, "measure", "hũ/tháng", approx="about",
        subject="nến Sen 03 bán mỗi tháng"),
    fig("hơn 35.000 sản phẩm", "35.000", 35000, "count", "sản phẩm", approx="over",
        change=chg("increase", 2, "lần", "cùng kỳ"),
        subject="sản phẩm hợp tác xã xuất bán", period=M2),
    fig("đạt 5 tỷ", "5", 5e9, "money", "đồng", status="target", subject="doanh thu hợp tác xã", period=Y24),
    fig("thêm một xưởng", "một", 1, "count", "xưởng", status="forecast", subject="xưởng đổ nến mở thêm",
        period=Y24),
    fig("khoảng 200 m2", "200", 200, "measure", "m2", approx="about", status="forecast",
        subject="diện tích xưởng đổ nến", period=Y24),
    fig("15-20 lao động", "15", 15, "count", "lao động", value_max=20, status="forecast",
        subject="lao động được tạo việc làm", period=Y24),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", subject="sản phẩm nến đạt chuẩn OCOP"),
    fig("gồm 1 sản phẩm", "1", 1, "count", "sản phẩm", total=5, subject="sản phẩm nến OCOP 4 sao"),
    fig("và 4 sản phẩm", "4", 4, "count", "sản phẩm", total=5, subject="sản phẩm nến OCOP 3 sao"),
]

NOTES = [
    "District portal (huyện Chương Mỹ, Hà Nội): scented-candle craft in xã Phụng Châu; dateline '05/03/2024 - 10:20'.",
    "Distractors: 'thành lập năm 2019', 'nến Sen 03' (product name), 'OCOP 4 sao', '3 sao', 'lần thứ 3', '10:20',",
    "'Số 105 Hòa Sơn', phone 024.3386.6127, 'năm 2024' in a link title.",
    "Location: the commune is not a level of the spec (province, city, district), so all figures take the district Chương Mỹ.",
    "Headline 'hơn 300 lao động' and body 'hơn 300 lao động' are two mentions, two figures. 'trong đó khoảng 70% là lao động",
    "nữ' is a percent figure of its own (the share of a part without its own number), no total.",
    "'gồm 1 sản phẩm 4 sao và 4 sản phẩm 3 sao' → parts of 5 (total 5); the star ratings are names.",
    "'gấp đôi cùng kỳ' is a change of 2 lần on the 35.000 products (quote). '(Năm 2024) ... phấn đấu' → target;",
    "'dự kiến' governs the clauses that continue it → forecast for one workshop, 200 m2 and 15-20 workers.",
    "Income 'từ 6 đến 8 triệu' stands in the 'Năm 2023' paragraph: period inherited. Prices and monthly sales: no period.",
]

if __name__ == "__main__":
    write("p1452-2", TEXT, NOTES, FIGS, published="2024-03-05", location="Chương Mỹ")
