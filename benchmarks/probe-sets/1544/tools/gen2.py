"""p1544-2: district portal (huyện Văn Giang, Hưng Yên): a scented-candle cooperative in xã Xuân Quan, OCOP."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN GIANG - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Nông thôn mới | Liên hệ

Nến thơm Xuân Quan: từ nghề phụ thành sản phẩm OCOP 4 sao

18/07/2024 - 10:20

Thành lập năm 2019 với 7 thành viên, đến nay Hợp tác xã Nến thơm Xuân Quan (xã Xuân Quan) đã có 15 thành viên, tạo việc làm thường xuyên cho 28 lao động, trong đó 21 lao động nữ, thu nhập từ 6 đến 7,5 triệu đồng/người/tháng.

Mỗi tháng, hợp tác xã sản xuất khoảng 12.000 hũ nến với gần ba chục mùi hương từ tinh dầu bưởi, sả, quế. Giá bán từ 85.000 đến 250.000 đồng/hũ tùy kích cỡ. Năm 2023, doanh thu của hợp tác xã đạt 3,6 tỷ đồng, tăng 25% so với năm 2022; lợi nhuận khoảng 540 triệu đồng. Sáu tháng đầu năm 2024, doanh thu đạt 2,1 tỷ đồng, bằng 52,5% kế hoạch năm; hơn 60% đơn hàng được bán qua các sàn thương mại điện tử.

Ông Nguyễn Văn Tùng, Giám đốc hợp tác xã cho biết, năm 2024 hợp tác xã phấn đấu doanh thu đạt 4 tỷ đồng và dự kiến đầu tư thêm một lò nấu sáp công suất 200 kg/ngày.

Hiện toàn huyện có 3 sản phẩm nến đạt chuẩn OCOP, gồm 1 sản phẩm 4 sao và 2 sản phẩm 3 sao. Huyện phấn đấu đến năm 2025 có ít nhất 5 sản phẩm từ nghề làm nến, hương đạt chuẩn OCOP.

Nguồn: Phòng Kinh tế huyện

Tin khác:
- Văn Giang: Sơ kết công tác 6 tháng đầu năm 2024
- Hướng dẫn đăng ký sản phẩm OCOP năm 2024

UBND HUYỆN VĂN GIANG
Địa chỉ: Thị trấn Văn Giang, huyện Văn Giang, tỉnh Hưng Yên
Điện thoại: 0221.3931.118
"""

Y19 = per("năm 2019", "2019-01-01", "2019-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
H1 = per("Sáu tháng đầu năm 2024", "2024-01-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
TO25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên hợp tác xã khi thành lập",
        period=Y19),
    fig("có 15 thành viên", "15", 15, "count", "thành viên", subject="thành viên Hợp tác xã Nến thơm Xuân Quan"),
    fig("cho 28 lao động", "28", 28, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("trong đó 21 lao động", "21", 21, "count", "lao động", total=28, subject="lao động nữ"),
    fig("từ 6 đến 7,5 triệu", "6", 6e6, "money", "đồng/người/tháng", value_max=7.5e6, subject="thu nhập"),
    fig("khoảng 12.000 hũ", "12.000", 12000, "measure", "hũ/tháng", approx="about",
        subject="hũ nến hợp tác xã sản xuất mỗi tháng"),
    fig("gần ba chục mùi", "ba chục", 30, "count", "mùi hương", approx="nearly", subject="mùi hương"),
    fig("từ 85.000 đến 250.000", "85.000", 85000, "money", "đồng/hũ", value_max=250000, subject="giá bán"),
    fig("đạt 3,6 tỷ", "3,6", 3.6e9, "money", "đồng", change=chg("increase", 25, "%", "năm 2022"),
        subject="doanh thu của hợp tác xã", period=Y23),
    fig("khoảng 540 triệu", "540", 540e6, "money", "đồng", approx="about", subject="lợi nhuận", period=Y23),
    fig("đạt 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", percent=52.5, subject="doanh thu", period=H1),
    fig("hơn 60% đơn hàng", "60", 60, "percent", "%", approx="over",
        subject="đơn hàng được bán qua các sàn thương mại điện tử", period=H1),
    fig("đạt 4 tỷ", "4", 4e9, "money", "đồng", status="target", subject="doanh thu", period=Y24),
    fig("thêm một lò", "một", 1, "count", "lò", status="forecast", subject="lò nấu sáp đầu tư thêm",
        period=Y24),
    fig("200 kg/ngày", "200", 200, "measure", "kg/ngày", status="forecast", subject="công suất lò nấu sáp"),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm nến đạt chuẩn OCOP"),
    fig("gồm 1 sản phẩm", "1", 1, "count", "sản phẩm", total=3, subject="sản phẩm 4 sao"),
    fig("và 2 sản phẩm", "2", 2, "count", "sản phẩm", total=3, subject="sản phẩm 3 sao"),
    fig("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm từ nghề làm nến, hương đạt chuẩn OCOP", period=TO25),
]

NOTES = [
    "District portal (huyện Văn Giang, Hưng Yên): cooperative in xã Xuân Quan; banner naming the district, '18/07/2024 - 10:20' under the headline.",
    "Distractors: 'OCOP 4 sao' (headline), '4 sao', '3 sao' (grades), founding 'năm 2019', '6 tháng đầu năm 2024' in a link, phone 0221.3931.118, 10:20.",
    "Location Văn Giang throughout (a district portal implies its district; the commune is inside it).",
    "'với 7 thành viên' at founding gets 'năm 2019'; 'đến nay ... 15 thành viên' has no dated period.",
    "'Mỗi tháng ... khoảng 12.000 hũ' is a rate (hũ/tháng, measure); 'gần ba chục mùi hương' = nearly 30.",
    "'phấn đấu doanh thu đạt 4 tỷ' target; the 'dự kiến' clause after 'và' is forecast (its furnace capacity too).",
    "'gồm 1 sản phẩm 4 sao và 2 sản phẩm 3 sao' are parts of 3 (add up).",
]

if __name__ == "__main__":
    write("p1544-2", TEXT, NOTES, FIGS, published="2024-07-18", location="Văn Giang")
