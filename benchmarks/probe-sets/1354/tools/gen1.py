"""p1354-1: province portal (TP Hồ Chí Minh): urban agriculture 9 months 2024, rooftop gardens in Gò Vấp."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HỒ CHÍ MINH
Trang chủ > Kinh tế > Nông nghiệp - Nông thôn

Nông nghiệp đô thị 9 tháng: mỗi ha đất canh tác cho gần 600 triệu đồng

Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.126

Theo Sở Nông nghiệp và Phát triển nông thôn, 9 tháng đầu năm 2024, giá trị sản xuất nông nghiệp trên địa bàn TP Hồ Chí Minh ước đạt 14.850 tỷ đồng, tăng 3,2% so với cùng kỳ năm 2023, bằng 73,6% kế hoạch năm. Giá trị sản xuất bình quân trên 1 ha đất canh tác ước đạt 598 triệu đồng/ha/năm.

Diện tích gieo trồng rau các loại 9 tháng đạt 12.460 ha, sản lượng khoảng 341.000 tấn. Trong đó, rau sản xuất theo quy trình VietGAP chiếm 37,5% diện tích. Toàn thành phố hiện có 1.284 nhà màng, nhà lưới với tổng diện tích gần 780 ha, tập trung ở các huyện Củ Chi, Hóc Môn và Bình Chánh.

Tại quận Gò Vấp, mô hình vườn rau trên sân thượng do Hội Nông dân quận triển khai từ năm 2021 đến nay đã nhân rộng ra 326 hộ, tổng diện tích khoảng 9.800 m2. Mỗi tháng, mỗi hộ thu hoạch bình quân 15-20 kg rau, tiết kiệm từ 600.000 đến 800.000 đồng tiền chợ. Quận hỗ trợ 50% chi phí giàn, chậu cho hộ tham gia, tối đa 3 triệu đồng/hộ.

Quý IV, ngành nông nghiệp thành phố phấn đấu gieo trồng thêm 4.100 ha rau, đưa diện tích cả năm lên khoảng 16.500 ha. Đến năm 2025, thành phố đặt mục tiêu 30% diện tích rau đạt chứng nhận VietGAP hoặc tương đương.

Tin liên quan:
- Củ Chi: Hội thi Nhà nông đua tài lần thứ 3
- Triển lãm Nông nghiệp công nghệ cao Agritech 2024
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_S = per("9 tháng", "2024-01-01", "2024-09-30")
SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-10-14")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
TO25 = per("Đến năm 2025", None, "2025-12-31")
GV = "Gò Vấp"

FIGS = [
    fig("cho gần 600 triệu", "600", 600e6, "money", "đồng/ha", approx="nearly",
        subject="giá trị mỗi ha đất canh tác nông nghiệp đô thị", period=NINE_S),
    fig("ước đạt 14.850 tỷ", "14.850", 14850e9, "money", "đồng", status="estimate", percent=73.6,
        change=chg("increase", 3.2, "%", "cùng kỳ năm 2023"),
        subject="giá trị sản xuất nông nghiệp", period=NINE),
    fig("ước đạt 598 triệu", "598", 598e6, "money", "đồng/ha/năm", status="estimate",
        subject="giá trị sản xuất bình quân trên 1 ha đất canh tác"),
    fig("đạt 12.460 ha", "12.460", 12460, "measure", "ha",
        subject="diện tích gieo trồng rau các loại", period=NINE_S),
    fig("khoảng 341.000 tấn", "341.000", 341000, "measure", "tấn", approx="about",
        subject="sản lượng rau", period=NINE_S),
    fig("chiếm 37,5%", "37,5", 37.5, "percent", "%",
        subject="diện tích rau sản xuất theo quy trình VietGAP", period=inh(NINE_S)),
    fig("có 1.284 nhà", "1.284", 1284, "count", "nhà màng, nhà lưới", subject="nhà màng, nhà lưới"),
    fig("gần 780 ha", "780", 780, "measure", "ha", approx="nearly",
        subject="tổng diện tích nhà màng, nhà lưới"),
    fig("ra 326 hộ", "326", 326, "count", "hộ",
        subject="hộ áp dụng mô hình vườn rau trên sân thượng", period=SINCE, location=GV),
    fig("khoảng 9.800 m2", "9.800", 9800, "measure", "m2", approx="about",
        subject="tổng diện tích vườn rau trên sân thượng", period=SINCE, location=GV),
    fig("bình quân 15-20 kg", "15", 15, "measure", "kg/tháng", value_max=20,
        subject="rau mỗi hộ thu hoạch bình quân", location=GV),
    fig("từ 600.000 đến 800.000", "600.000", 600000, "money", "đồng/tháng", value_max=800000,
        subject="tiền chợ mỗi hộ tiết kiệm", location=GV),
    fig("hỗ trợ 50%", "50", 50, "percent", "%",
        subject="hỗ trợ chi phí giàn, chậu cho hộ tham gia", location=GV),
    fig("tối đa 3 triệu", "3", 3e6, "money", "đồng/hộ", approx="at_most",
        subject="mức hỗ trợ chi phí giàn, chậu", location=GV),
    fig("thêm 4.100 ha", "4.100", 4100, "measure", "ha", status="target",
        subject="diện tích rau gieo trồng thêm", period=Q4),
    fig("khoảng 16.500 ha", "16.500", 16500, "measure", "ha", approx="about", status="target",
        subject="diện tích rau cả năm", period=YEAR),
    fig("mục tiêu 30%", "30", 30, "percent", "%", status="target",
        subject="diện tích rau đạt chứng nhận VietGAP hoặc tương đương", period=TO25),
]

NOTES = [
    "Province portal (TP Hồ Chí Minh): urban agriculture, 9 months 2024; breadcrumb, 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 3.126', related links.",
    "Distractors: 09:35, Lượt xem 3.126, 'trên 1 ha' (a denominator, not 'over 1 ha'), 'năm 2021' in 'từ năm 2021 đến nay', 'lần thứ 3', 'Agritech 2024'.",
    "Headline '9 tháng ... gần 600 triệu đồng' (mỗi ha) is its own figure (nearly, đồng/ha); year-less '9 tháng' takes 2024.",
    "'Trong đó, rau ... VietGAP chiếm 37,5% diện tích' is a percent figure in its own right (no base amount in its clause); period inherited.",
    "Rooftop passage in quận Gò Vấp: location Gò Vấp; 'từ năm 2021 đến nay' ends at the dateline 2024-10-14.",
    "'Mỗi tháng' makes kg and đồng monthly rates (no period). 'Quý IV ... phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1354-1", TEXT, NOTES, FIGS, published="2024-10-14", location="TP Hồ Chí Minh")
