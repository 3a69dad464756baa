"""p1536-1: province portal (Thái Bình): brush and roller craft village Tân Lễ (huyện Hưng Hà), 9 months of 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI BÌNH
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng nghề cọ sơn Tân Lễ: 9 tháng xuất bán gần 14 triệu sản phẩm

Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286

Theo UBND huyện Hưng Hà, 9 tháng đầu năm 2024, các cơ sở sản xuất cọ sơn, con lăn sơn tại xã Tân Lễ đã xuất bán khoảng 13,8 triệu sản phẩm, tăng 11,5% so với cùng kỳ năm 2023; doanh thu ước đạt 246 tỷ đồng, bằng 78,3% kế hoạch năm.

Toàn xã hiện có 312 hộ và 17 doanh nghiệp tham gia sản xuất, trong đó 9 doanh nghiệp có sản phẩm xuất khẩu. Nghề tạo việc làm thường xuyên cho hơn 1.900 lao động với thu nhập bình quân từ 6,5 đến 8 triệu đồng/người/tháng.

Tại Công ty TNHH Cọ sơn Thành Phát (cụm công nghiệp Tân Lễ), mỗi ngày xưởng sản xuất khoảng 45.000 chiếc cọ các loại. Từ đầu năm đến nay, công ty đã xuất khẩu 38 container cọ sơn sang Nhật Bản, Hàn Quốc và Australia, kim ngạch đạt 2,6 triệu USD, chiếm gần 60% doanh thu. Giá bán buôn cọ cán gỗ loại phổ biến từ 4.500 đến 12.000 đồng/chiếc.

Hiện toàn tỉnh Thái Bình có hai làng nghề cọ sơn được công nhận, xếp thứ hai cả nước về số cơ sở sản xuất mặt hàng này. Năm 2024, xã Tân Lễ đặt mục tiêu doanh thu từ nghề đạt 314 tỷ đồng; huyện dự kiến hỗ trợ 1,2 tỷ đồng xây dựng khu xử lý chất thải tập trung cho làng nghề theo Quyết định số 2145/QĐ-UBND ngày 12/6/2024.

Tin liên quan:
- Hưng Hà: Tổng kết Hội thi "Nhà nông giỏi" lần thứ 5
- Khởi công nâng cấp Quốc lộ 39 đoạn qua thị trấn Hưng Hà
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-14")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TB = "Thái Bình"

FIGS = [
    fig("gần 14 triệu", "14", 14e6, "count", "sản phẩm", approx="nearly",
        subject="sản phẩm làng nghề cọ sơn Tân Lễ xuất bán", period=NINE_H),
    fig("khoảng 13,8 triệu", "13,8", 13.8e6, "count", "sản phẩm", approx="about",
        change=chg("increase", 11.5, "%", "cùng kỳ năm 2023"),
        subject="sản phẩm cọ sơn, con lăn sơn các cơ sở tại xã Tân Lễ xuất bán", period=NINE),
    fig("ước đạt 246 tỷ", "246", 246e9, "money", "đồng", status="estimate", percent=78.3,
        subject="doanh thu", period=NINE),
    fig("có 312 hộ", "312", 312, "count", "hộ", subject="hộ tham gia sản xuất"),
    fig("và 17 doanh nghiệp", "17", 17, "count", "doanh nghiệp", subject="doanh nghiệp tham gia sản xuất"),
    fig("trong đó 9 doanh nghiệp", "9", 9, "count", "doanh nghiệp", total=17,
        subject="doanh nghiệp có sản phẩm xuất khẩu"),
    fig("hơn 1.900 lao động", "1.900", 1900, "count", "lao động", approx="over",
        subject="lao động được nghề tạo việc làm thường xuyên"),
    fig("từ 6,5 đến 8 triệu", "6,5", 6.5e6, "money", "đồng/người/tháng", value_max=8e6,
        subject="thu nhập bình quân của lao động"),
    fig("khoảng 45.000 chiếc", "45.000", 45000, "measure", "chiếc/ngày", approx="about",
        subject="cọ các loại xưởng của Công ty TNHH Cọ sơn Thành Phát sản xuất mỗi ngày"),
    fig("38 container", "38", 38, "count", "container",
        subject="container cọ sơn công ty đã xuất khẩu", period=YTD),
    fig("đạt 2,6 triệu USD", "2,6", 2.6e6, "money", "USD", percent=60,
        subject="kim ngạch xuất khẩu của công ty", period=YTD),
    fig("từ 4.500 đến 12.000", "4.500", 4500, "money", "đồng/chiếc", value_max=12000,
        subject="giá bán buôn cọ cán gỗ loại phổ biến"),
    fig("có hai làng nghề", "hai", 2, "count", "làng nghề", subject="làng nghề cọ sơn được công nhận",
        location=TB),
    fig("xếp thứ hai", "hai", 2, "rank", "hạng", subject="số cơ sở sản xuất cọ sơn", location=TB),
    fig("đạt 314 tỷ", "314", 314e9, "money", "đồng", status="target",
        subject="doanh thu từ nghề của xã Tân Lễ", period=Y24),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", status="forecast",
        subject="kinh phí huyện hỗ trợ xây dựng khu xử lý chất thải tập trung cho làng nghề", period=Y24),
]

NOTES = [
    "Province portal (Thái Bình): làng nghề cọ sơn xã Tân Lễ, huyện Hưng Hà, 9 tháng 2024; 'Cập nhật: 14/10/2024 09:35 | Lượt xem: 1.286'.",
    "Distractors: 09:35, Lượt xem 1.286, Quyết định số 2145/QĐ-UBND ngày 12/6/2024, 'lần thứ 5', 'Quốc lộ 39'.",
    "Tân Lễ is a commune of huyện Hưng Hà: commune and company figures take the district; the province's count and rank take Thái Bình.",
    "'trong đó 9 doanh nghiệp' follows '17 doanh nghiệp' (same unit): total 17. 'chiếm gần 60% doanh thu' is the percent of 2,6 triệu USD.",
    "'mỗi ngày ... khoảng 45.000 chiếc' is a rate: measure, unit chiếc/ngày. 'Năm 2024,' fronts both clauses of its sentence (target; forecast).",
]

if __name__ == "__main__":
    write("p1536-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Hưng Hà")
