"""p1272-2: district portal (huyện Cờ Đỏ, Cần Thơ): a cooperative turns straw and husk into biochar."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CỜ ĐỎ - THÀNH PHỐ CẦN THƠ
Trang chủ / Kinh tế / Nông nghiệp

Hợp tác xã biến rơm, trấu thành than sinh học

10/05/2024 - 08:20

Năm 2022, Hợp tác xã Nông nghiệp Thới Hưng Xanh (xã Thới Hưng) đầu tư hai lò nhiệt phân yếm khí với tổng kinh phí gần 1,6 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 640 triệu đồng. Mỗi lò có công suất khoảng 3 tấn/ngày, tỷ lệ thu hồi than đạt 30-32%.

Năm 2023, hợp tác xã thu mua 820 tấn trấu và 350 tấn rơm của 146 hộ thành viên, sản xuất được 310 tấn than sinh học, doanh thu đạt 1,25 tỷ đồng, lợi nhuận hơn 380 triệu đồng, tạo việc làm cho gần ba chục lao động thời vụ. Than được phối trộn với phân chuồng thành phân hữu cơ, bán với giá 3.500 đồng/kg.

Ông Trần Văn Lộc, Giám đốc hợp tác xã, cho biết: "Bón 2 tấn than sinh học mỗi ha, bà con giảm được 15-20% lượng phân đạm mà năng suất lúa vẫn tăng khoảng 0,4 tấn/ha".

Quý I/2024, hợp tác xã sản xuất 96 tấn than, tăng 18% so với cùng kỳ. Năm nay, hợp tác xã dự kiến đầu tư thêm một lò, nâng sản lượng lên khoảng 450 tấn.

Hiện toàn huyện có 15 tổ chức tham gia thu gom, xử lý rơm rạ sau thu hoạch, gồm 3 hợp tác xã và 12 tổ hợp tác, trên diện tích khoảng 5.300 ha, chiếm 18% diện tích lúa của huyện.

Nguồn: Phòng Nông nghiệp và PTNT huyện Cờ Đỏ

Tin khác:
- Cờ Đỏ ra quân vệ sinh đồng ruộng vụ Hè Thu 2024
- Tập huấn kỹ thuật canh tác lúa giảm phát thải tại xã Trung An

UBND huyện Cờ Đỏ - Ấp Thới Hòa, thị trấn Cờ Đỏ. Điện thoại: 0292.3868.125
"""

Y22 = per("Năm 2022", "2022-01-01", "2022-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I/2024", "2024-01-01", "2024-03-31")
NN = per("Năm nay", "2024-01-01", "2024-12-31")

FIGS = [
    fig("hai lò", "hai", 2, "count", "lò", subject="lò nhiệt phân yếm khí hợp tác xã đầu tư", period=Y22),
    fig("gần 1,6 tỷ", "1,6", 1.6e9, "money", "đồng", approx="nearly",
        subject="tổng kinh phí đầu tư lò nhiệt phân", period=Y22),
    fig("hỗ trợ 640 triệu", "640", 640e6, "money", "đồng", total=1.6e9,
        subject="ngân sách thành phố hỗ trợ", period=Y22),
    fig("khoảng 3 tấn/ngày", "3", 3, "measure", "tấn/ngày", approx="about", subject="công suất mỗi lò"),
    fig("đạt 30-32%", "30", 30, "percent", "%", value_max=32, subject="tỷ lệ thu hồi than"),
    fig("mua 820 tấn", "820", 820, "measure", "tấn", subject="trấu hợp tác xã thu mua", period=Y23),
    fig("và 350 tấn", "350", 350, "measure", "tấn", subject="rơm hợp tác xã thu mua", period=Y23),
    fig("của 146 hộ", "146", 146, "count", "hộ", subject="hộ thành viên bán trấu, rơm", period=Y23),
    fig("được 310 tấn", "310", 310, "measure", "tấn", subject="than sinh học hợp tác xã sản xuất", period=Y23),
    fig("đạt 1,25 tỷ", "1,25", 1.25e9, "money", "đồng", subject="doanh thu hợp tác xã", period=Y23),
    fig("hơn 380 triệu", "380", 380e6, "money", "đồng", approx="over", subject="lợi nhuận hợp tác xã", period=Y23),
    fig("gần ba chục lao động", "ba chục", 30, "count", "lao động", approx="nearly",
        subject="việc làm cho lao động thời vụ", period=Y23),
    fig("giá 3.500 đồng/kg", "3.500", 3500, "money", "đồng/kg", subject="giá bán phân hữu cơ phối trộn than"),
    fig("Bón 2 tấn", "2", 2, "measure", "tấn/ha", subject="lượng than sinh học bón mỗi ha"),
    fig("được 15-20%", "15", 15, "percent", "%", value_max=20, subject="lượng phân đạm giảm được"),
    fig("khoảng 0,4 tấn/ha", "0,4", 0.4, "measure", "tấn/ha", approx="about", subject="năng suất lúa tăng"),
    fig("xuất 96 tấn", "96", 96, "measure", "tấn", change=chg("increase", 18, "%", "cùng kỳ"),
        subject="than hợp tác xã sản xuất", period=Q1),
    fig("thêm một lò", "một", 1, "count", "lò", status="forecast", subject="lò hợp tác xã đầu tư thêm", period=NN),
    fig("khoảng 450 tấn", "450", 450, "measure", "tấn", approx="about", status="forecast",
        subject="sản lượng than của hợp tác xã", period=NN),
    fig("có 15 tổ chức", "15", 15, "count", "tổ chức", subject="tổ chức tham gia thu gom, xử lý rơm rạ sau thu hoạch"),
    fig("gồm 3 hợp tác xã", "3", 3, "count", "hợp tác xã", total=15,
        subject="hợp tác xã tham gia thu gom, xử lý rơm rạ"),
    fig("và 12 tổ hợp tác", "12", 12, "count", "tổ hợp tác", total=15,
        subject="tổ hợp tác tham gia thu gom, xử lý rơm rạ"),
    fig("khoảng 5.300 ha", "5.300", 5300, "measure", "ha", approx="about", percent=18,
        subject="diện tích thu gom, xử lý rơm rạ sau thu hoạch"),
]

NOTES = [
    "District portal (huyện Cờ Đỏ, TP Cần Thơ): banner, breadcrumb, '10/05/2024 - 08:20' under the headline, 'Nguồn:', 'Tin khác', footer with phone.",
    "All figures describe the cooperative in xã Thới Hưng or the district: location Cờ Đỏ.",
    "'gần 1,6 tỷ đồng, trong đó ngân sách thành phố hỗ trợ 640 triệu đồng' → total 1,6 tỷ. 'gần ba chục lao động' = nearly 30.",
    "'Mỗi lò có công suất khoảng 3 tấn/ngày', the recovery rate, the fertiliser price and the quoted agronomy are standing facts: no period.",
    "'giảm được 15-20% lượng phân đạm', 'năng suất lúa vẫn tăng khoảng 0,4 tấn/ha' are the claims themselves: no change object.",
    "'Năm nay' = 2024 (published); 'dự kiến đầu tư thêm một lò, nâng sản lượng lên khoảng 450 tấn' → forecast, both clauses.",
    "'15 tổ chức ..., gồm 3 hợp tác xã và 12 tổ hợp tác' → total 15; 'khoảng 5.300 ha, chiếm 18%' → percent attribute.",
    "Distractors: '08:20', 'vụ Hè Thu 2024' in a link title, phone 0292.3868.125.",
]

if __name__ == "__main__":
    write("p1272-2", TEXT, NOTES, FIGS, published="2024-05-10", location="Cờ Đỏ")
