"""p1390-5: national newspaper: a company's sheep farm on the sand hills of Tuy Phong (Bình Thuận); national herd and imports."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ hai, 13/5/2024, 08:25 (GMT+7)

Trang trại cừu 5.000 con trên đồi cát Tuy Phong

Trên khu đồi cát ở xã Vĩnh Hảo, huyện Tuy Phong, trang trại của một doanh nghiệp tư nhân đang nuôi khoảng 5.000 con cừu, quy mô lớn nhất tỉnh Bình Thuận.

Khởi công năm 2020, trang trại của Công ty TNHH Nông nghiệp Đồi Cát Xanh rộng 62 ha, được đầu tư hơn 45 tỷ đồng, gồm 18 dãy chuồng, hệ thống tưới tự động cho 25 ha cỏ và khu chế biến thức ăn công suất 12 tấn/ngày.

Ông Lê Quang Vĩnh, giám đốc công ty, cho biết đàn cừu chủ yếu là giống Dorper và cừu lai F1 nhập từ Australia. Năm 2023, trang trại xuất bán 3.200 con cừu thịt, doanh thu khoảng 28 tỷ đồng, lợi nhuận chiếm 18% doanh thu.

"Năm nay chúng tôi dự kiến nâng tổng đàn lên 7.000 con và xây thêm một lò giết mổ đạt chuẩn", ông Vĩnh nói. Trang trại hiện tạo việc làm cho 34 lao động địa phương với thu nhập 8-9 triệu đồng/người/tháng.

Theo Cục Chăn nuôi, cả nước hiện có khoảng 185.000 con cừu, trong đó Ninh Thuận chiếm khoảng 70%, phần còn lại ở Bình Thuận, Khánh Hòa và một số tỉnh Tây Nguyên. Năm 2023, Việt Nam nhập khẩu trên 6.000 tấn thịt cừu, chủ yếu từ Australia và New Zealand, với kim ngạch khoảng 50 triệu USD.

Các chuyên gia cho rằng nhu cầu thịt cừu tại các nhà hàng, khách sạn ở TP Hồ Chí Minh, Hà Nội và các đô thị du lịch tăng nhanh, song chăn nuôi trong nước mới đáp ứng khoảng 30% lượng tiêu thụ.

Việt Quốc
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
TP = "Tuy Phong"
VN = "Việt Nam"

FIGS = [
    fig("Trang trại cừu 5.000 con", "5.000", 5000, "count", "con", subject="cừu của trang trại", location=TP),
    fig("khoảng 5.000 con", "5.000", 5000, "count", "con", approx="about", subject="cừu trang trại đang nuôi",
        location=TP),
    fig("rộng 62 ha", "62", 62, "measure", "ha", subject="diện tích trang trại", location=TP),
    fig("hơn 45 tỷ", "45", 45e9, "money", "đồng", approx="over", subject="vốn đầu tư trang trại", location=TP),
    fig("gồm 18 dãy", "18", 18, "count", "dãy chuồng", subject="dãy chuồng", location=TP),
    fig("cho 25 ha", "25", 25, "measure", "ha", subject="diện tích cỏ có hệ thống tưới tự động", location=TP),
    fig("suất 12 tấn/ngày", "12", 12, "measure", "tấn/ngày", subject="công suất khu chế biến thức ăn", location=TP),
    fig("xuất bán 3.200 con", "3.200", 3200, "count", "con", subject="cừu thịt trang trại xuất bán", period=Y23,
        location=TP),
    fig("khoảng 28 tỷ", "28", 28e9, "money", "đồng", approx="about", subject="doanh thu", period=Y23, location=TP),
    fig("chiếm 18%", "18", 18, "percent", "%", subject="lợi nhuận trên doanh thu", period=Y23, location=TP),
    fig("lên 7.000 con", "7.000", 7000, "count", "con", status="forecast", subject="tổng đàn", period=NOW,
        location=TP),
    fig("thêm một lò", "một", 1, "count", "lò giết mổ", status="forecast", subject="lò giết mổ đạt chuẩn xây thêm",
        period=NOW, location=TP),
    fig("cho 34 lao động", "34", 34, "count", "lao động", subject="lao động địa phương có việc làm tại trang trại",
        location=TP),
    fig("nhập 8-9 triệu", "8", 8e6, "money", "đồng/người/tháng", value_max=9e6, subject="thu nhập lao động",
        location=TP),
    fig("khoảng 185.000 con", "185.000", 185000, "count", "con", approx="about", subject="cừu", location=VN),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about", subject="tỷ trọng trong đàn cừu cả nước",
        location="Ninh Thuận"),
    fig("trên 6.000 tấn", "6.000", 6000, "measure", "tấn", approx="over", subject="thịt cừu nhập khẩu",
        period=Y23, location=VN),
    fig("khoảng 50 triệu", "50", 50e6, "money", "USD", approx="about", subject="kim ngạch nhập khẩu thịt cừu",
        period=Y23, location=VN),
    fig("khoảng 30%", "30", 30, "percent", "%", approx="about",
        subject="chăn nuôi trong nước đáp ứng lượng tiêu thụ thịt cừu", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ hai, 13/5/2024, 08:25 (GMT+7)', headline figure, sapo, quote, byline at the end.",
    "Distractors: 08:25, (GMT+7), founding year 'Khởi công năm 2020', 'cừu lai F1', 'Tuy Phong' etc.",
    "Headline '5.000 con' is a figure of its own (exact as written); the farm passage is located in huyện Tuy Phong (Bình Thuận).",
    "'gồm 18 dãy chuồng, ... 25 ha cỏ và khu chế biến ...' lists parts of the farm, not of a number: no total.",
    "'Khởi công năm 2020' dates the start of the works, not the 62 ha or 45 tỷ: no period for them.",
    "'lợi nhuận chiếm 18% doanh thu' is a share without a base amount: a percent figure; the 28 tỷ does not carry it (different clause subject).",
    "Quote 'Năm nay ... dự kiến' → forecast, year 2024 from the dateline; 'một lò' = 1.",
    "National block: location Việt Nam; 'trong đó Ninh Thuận chiếm khoảng 70%' → the province's share: location Ninh Thuận.",
    "'mới đáp ứng khoảng 30% lượng tiêu thụ' → percent, national, no period (the experts' present statement).",
]

if __name__ == "__main__":
    write("p1390-5", TEXT, NOTES, FIGS, published="2024-05-13", location="Bình Thuận")
