"""p1307-2: district portal (huyện Ninh Phước, Ninh Thuận): a green-jujube cooperative in xã Phước Thuận."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NINH PHƯỚC - TỈNH NINH THUẬN
Trang chủ | Tin tức | Kinh tế | Nông nghiệp - Nông thôn

Hợp tác xã táo Phước Thuận: liên kết giúp thành viên tăng thu nhập

03/10/2024 - 15:20

Hợp tác xã Nông nghiệp Táo xanh Phước Thuận (thôn Phước Khánh, xã Phước Thuận) khi mới thành lập chỉ có 17 thành viên, hiện đã có 64 thành viên, liên kết sản xuất trên diện tích 85 ha, trong đó 32 ha đạt chứng nhận VietGAP.

Từ đầu năm đến nay, hợp tác xã đã tiêu thụ khoảng 1.400 tấn táo cho thành viên, doanh thu hơn 16 tỷ đồng, tăng 12% so với cùng kỳ. Riêng quý III, hợp tác xã bán cho các siêu thị tại TP Hồ Chí Minh và Đà Nẵng gần 300 tấn táo xanh loại 1 với giá bao tiêu 14.000 đồng/kg, cao hơn giá thị trường từ 2.000 đến 3.000 đồng/kg.

Theo ông Trần Văn Lộc, Giám đốc hợp tác xã, cây táo cho thu hoạch hai vụ mỗi năm, năng suất đạt 35-45 tấn/ha/vụ. Hợp tác xã giải quyết việc làm thường xuyên cho 45 lao động với thu nhập bình quân 6,5 triệu đồng/người/tháng.

Toàn huyện Ninh Phước hiện có 652 ha táo, chiếm khoảng 62% diện tích táo của tỉnh. 9 tháng đầu năm, sản lượng táo của huyện ước đạt 21.300 tấn. Xã Phước Thuận dẫn đầu huyện với 214 ha.

Năm 2025, hợp tác xã dự kiến mở rộng thêm 15 ha và kết nạp thêm ba chục hộ thành viên.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Ninh Phước triển khai Kế hoạch số 125/KH-UBND về chuyển đổi cơ cấu cây trồng
- Hội nghị sơ kết 9 tháng năm 2024

UBND HUYỆN NINH PHƯỚC - Quốc lộ 1A, thị trấn Phước Dân. Điện thoại: 0259.3864.012
"""

YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-03")
Q3 = per("quý III", "2024-07-01", "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("có 17 thành viên", "17", 17, "count", "thành viên", subject="thành viên hợp tác xã khi mới thành lập"),
    fig("đã có 64 thành viên", "64", 64, "count", "thành viên", subject="thành viên hợp tác xã"),
    fig("diện tích 85 ha", "85", 85, "measure", "ha", subject="diện tích liên kết sản xuất"),
    fig("trong đó 32 ha", "32", 32, "measure", "ha", total=85, subject="diện tích đạt chứng nhận VietGAP"),
    fig("khoảng 1.400 tấn", "1.400", 1400, "measure", "tấn", approx="about",
        subject="táo hợp tác xã tiêu thụ cho thành viên", period=YTD),
    fig("hơn 16 tỷ", "16", 16e9, "money", "đồng", approx="over", change=chg("increase", 12, "%", "cùng kỳ"),
        subject="doanh thu", period=YTD),
    fig("gần 300 tấn", "300", 300, "measure", "tấn", approx="nearly",
        subject="táo xanh loại 1 hợp tác xã bán cho các siêu thị", period=Q3),
    fig("bao tiêu 14.000", "14.000", 14000, "money", "đồng/kg",
        change=chg("increase", 2000, "đồng/kg", "giá thị trường"), subject="giá bao tiêu", period=Q3),
    fig("hai vụ mỗi năm", "hai", 2, "measure", "vụ/năm", subject="vụ thu hoạch của cây táo"),
    fig("đạt 35-45 tấn", "35", 35, "measure", "tấn/ha/vụ", value_max=45, subject="năng suất"),
    fig("cho 45 lao động", "45", 45, "count", "lao động",
        subject="lao động hợp tác xã giải quyết việc làm thường xuyên"),
    fig("6,5 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("có 652 ha", "652", 652, "measure", "ha", percent=62, subject="diện tích táo toàn huyện"),
    fig("ước đạt 21.300 tấn", "21.300", 21300, "measure", "tấn", status="estimate",
        subject="sản lượng táo của huyện", period=NINE),
    fig("với 214 ha", "214", 214, "measure", "ha", subject="diện tích táo xã Phước Thuận"),
    fig("thêm 15 ha", "15", 15, "measure", "ha", status="forecast",
        subject="diện tích hợp tác xã mở rộng thêm", period=Y25),
    fig("ba chục hộ", "ba chục", 30, "count", "hộ", status="forecast",
        subject="hộ thành viên kết nạp thêm", period=Y25),
]

NOTES = [
    "District portal (huyện Ninh Phước): banner naming the district, dateline '03/10/2024 - 15:20', 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'loại 1', Kế hoạch số 125/KH-UBND, '9 tháng năm 2024' in a link title, Quốc lộ 1A, phone.",
    "Location: the article's district Ninh Phước for all figures; commune (xã Phước Thuận) figures stay with the district (spec names",
    "province, city or district); TP Hồ Chí Minh and Đà Nẵng are buyers' places, not the place of the 300 tấn.",
    "'khi mới thành lập chỉ có 17 thành viên' and 'hiện đã có 64' have no period (no founding year given on purpose).",
    "'cao hơn giá thị trường từ 2.000 đến 3.000 đồng/kg' → change of 14.000 đồng/kg (lower end 2.000, the change has no value_max).",
    "'hai vụ mỗi năm' is a rate (vụ/năm, measure), as 'mỗi X' denominators elsewhere in this set.",
    "Year-less '9 tháng đầu năm', 'quý III', 'Từ đầu năm đến nay' take 2024 from the dateline; the last ends at 2024-10-03.",
    "'dự kiến' governs both coordinated clauses (15 ha, ba chục hộ) → forecast; 'ba chục' = 30.",
]

if __name__ == "__main__":
    write("p1307-2", TEXT, NOTES, FIGS, published="2024-10-03", location="Ninh Phước")
