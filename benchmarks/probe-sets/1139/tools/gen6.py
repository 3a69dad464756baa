"""p1139-6: national newspaper: Đà Nẵng households reluctant to become enterprises; tax, e-invoices, a restaurant in Sơn Trà."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Doanh nghiệp
Thứ Ba, 10/9/2024, 14:05 (GMT+7)

Hộ kinh doanh ở Đà Nẵng ngại lên doanh nghiệp

Đà Nẵng có hơn 56.000 hộ kinh doanh, song từ năm 2021 đến nay chỉ 137 hộ chuyển đổi thành doanh nghiệp.

Theo Cục Thuế TP Đà Nẵng, 8 tháng đầu năm 2024, thu thuế từ hộ kinh doanh, cá nhân kinh doanh ước đạt 410 tỷ đồng, bằng 68% dự toán, tăng 9% so với cùng kỳ. Toàn thành phố có khoảng 2.300 hộ có doanh thu trên 1 tỷ đồng/năm đã chuyển sang dùng hóa đơn điện tử khởi tạo từ máy tính tiền.

Anh Lê Văn Tùng, 38 tuổi, chủ một nhà hàng hải sản trên đường Võ Nguyên Giáp, quận Sơn Trà, cho biết nhà hàng có 30 nhân viên, doanh thu khoảng 1 tỷ đồng mỗi tháng nhưng vẫn đăng ký dưới dạng hộ kinh doanh. "Lên doanh nghiệp thì mỗi tháng tốn thêm 8-10 triệu đồng thuê kế toán, chưa kể phải quyết toán, báo cáo nhiều loại", anh nói.

Theo Sở Kế hoạch và Đầu tư, năm 2023 thành phố có 42 hộ chuyển đổi, gấp đôi năm 2022. Mỗi hộ chuyển đổi được thành phố hỗ trợ 5 triệu đồng chi phí thành lập và miễn phí dịch vụ kế toán trong 12 tháng đầu. Thành phố đặt mục tiêu đến năm 2025 có thêm 150 hộ chuyển đổi.

Trong quý IV, Cục Thuế dự kiến tổ chức 20 hội nghị đối thoại với hộ kinh doanh tại 6 quận. Theo ông Phan Văn Lợi, chuyên gia kinh tế, chỉ khoảng 15-20% hộ quy mô lớn sẵn sàng chuyển đổi nếu thủ tục thuế không được đơn giản hóa.

Nguyễn Đông
"""

SINCE = per("từ năm 2021 đến nay", "2021-01-01", "2024-09-10")
M8 = per("8 tháng đầu năm 2024", "2024-01-01", "2024-08-31")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")
Q4 = per("Trong quý IV", "2024-10-01", "2024-12-31")
ST = {"location": "Sơn Trà"}

FIGS = [
    fig("hơn 56.000 hộ", "56.000", 56000, "count", "hộ kinh doanh", "hộ kinh doanh", approx="over"),
    fig("chỉ 137 hộ", "137", 137, "count", "hộ", "hộ chuyển đổi thành doanh nghiệp", SINCE),
    fig("ước đạt 410 tỷ", "410", 410e9, "money", "đồng", "thu thuế từ hộ kinh doanh, cá nhân kinh doanh", M8,
        percent=68, change=chg("increase", 9, "%", "cùng kỳ"), status="estimate"),
    fig("khoảng 2.300 hộ", "2.300", 2300, "count", "hộ",
        "hộ có doanh thu trên 1 tỷ đồng/năm dùng hóa đơn điện tử khởi tạo từ máy tính tiền", approx="about"),
    fig("trên 1 tỷ", "1", 1e9, "money", "đồng/năm", "ngưỡng doanh thu", approx="over", optional=True),
    fig("38 tuổi", "38", 38, "measure", "tuổi", "tuổi chủ nhà hàng", optional=True, **ST),
    fig("có 30 nhân viên", "30", 30, "count", "nhân viên", "nhân viên nhà hàng hải sản", **ST),
    fig("khoảng 1 tỷ", "1", 1e9, "money", "đồng", "doanh thu nhà hàng mỗi tháng", approx="about", **ST),
    fig("8-10 triệu", "8", 8e6, "money", "đồng", "chi phí thuê kế toán mỗi tháng khi lên doanh nghiệp",
        value_max=10e6, **ST),
    fig("có 42 hộ", "42", 42, "count", "hộ", "hộ chuyển đổi", Y23,
        change=chg("increase", 2, "lần", "năm 2022")),
    fig("hỗ trợ 5 triệu", "5", 5e6, "money", "đồng/hộ", "hỗ trợ chi phí thành lập cho hộ chuyển đổi"),
    fig("trong 12 tháng đầu", "12", 12, "measure", "tháng", "thời gian miễn phí dịch vụ kế toán", optional=True),
    fig("thêm 150 hộ", "150", 150, "count", "hộ", "hộ chuyển đổi", T25, status="target"),
    fig("tổ chức 20 hội nghị", "20", 20, "count", "hội nghị", "hội nghị đối thoại với hộ kinh doanh", Q4,
        status="forecast"),
    fig("tại 6 quận", "6", 6, "count", "quận", "quận tổ chức hội nghị đối thoại", Q4, status="forecast"),
    fig("khoảng 15-20%", "15", 15, "percent", "%", "hộ quy mô lớn sẵn sàng chuyển đổi", value_max=20, approx="about"),
]

NOTES = [
    "National newspaper: section path, 'Thứ Ba, 10/9/2024, 14:05 (GMT+7)' (published), byline at the end. Default location Đà Nẵng.",
    "'từ năm 2021 đến nay' ends at the published date. 'gấp đôi năm 2022' after 42 hộ is its change (đôi = 2, unit lần).",
    "'ước đạt 410 tỷ đồng, bằng 68% dự toán, tăng 9% so với cùng kỳ' → estimate with percent 68 and change +9%.",
    "'Trong quý IV' has no year: nearest earlier period '8 tháng đầu năm 2024' → 2024. 'dự kiến' governs both 20 hội nghị and 6 quận (forecast).",
    "The restaurant passage (quận Sơn Trà): its figures, incl. the owner's quote in the next sentence, take location Sơn Trà; no period.",
    "Thresholds and ages are optional: 'trên 1 tỷ đồng/năm', '38 tuổi', 'trong 12 tháng đầu' (length of a free service).",
    "'mỗi tháng' with a money amount written without '/tháng' stays unit 'đồng'. The expert's '15-20%' is an opinion stated as a share: percent, about.",
    "Distractors: 14:05, (GMT+7), 'đường Võ Nguyên Giáp', date 10/9/2024.",
]

if __name__ == "__main__":
    write("p1139-6", TEXT, NOTES, FIGS, published="2024-09-10", location="Đà Nẵng")
