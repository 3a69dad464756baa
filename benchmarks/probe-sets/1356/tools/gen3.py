"""p1356-3: ministry site (Bộ Công Thương): national power system peaks in the May 2024 heatwave."""
from lib import fig, per, inh, chg, write

TEXT = """BỘ CÔNG THƯƠNG VIỆT NAM
Trang chủ > Tin tức > Năng lượng

Hệ thống điện quốc gia lập đỉnh mới trong đợt nắng nóng

15/05/2024 | 17:20 | Cục Điều tiết điện lực

Theo Trung tâm Điều độ hệ thống điện quốc gia (A0), do nắng nóng diện rộng, ngày 14/5/2024 công suất tiêu thụ cực đại (Pmax) của hệ thống điện quốc gia đạt 47.670 MW, tăng 11,3% so với cùng kỳ năm 2023, là mức cao nhất từ trước tới nay. Sản lượng điện tiêu thụ toàn hệ thống trong ngày đạt 1,008 tỷ kWh, lần đầu tiên vượt mốc 1 tỷ kWh/ngày.

Trong cơ cấu huy động ngày 14/5, nhiệt điện than chiếm gần 48%, thủy điện khoảng 24%, năng lượng tái tạo 13,6%.

Tính chung 4 tháng đầu năm 2024, sản lượng điện sản xuất và nhập khẩu toàn hệ thống đạt 94,93 tỷ kWh, tăng 11,5% so với cùng kỳ. Riêng tháng 4, sản lượng bình quân ngày đạt 903 triệu kWh, tăng 17,7%.

Miền Bắc là khu vực có phụ tải tăng cao nhất, với Pmax đạt 23.800 MW (ngày 13/5), tiếp đến là miền Nam 20.570 MW và miền Trung 4.210 MW.

Để bảo đảm cung ứng điện, Tập đoàn Điện lực Việt Nam (EVN) đã huy động tối đa các nguồn nhiệt điện than, tua bin khí; các hồ thủy điện được điều tiết hợp lý, tổng lượng nước còn lại trong hồ tương ứng khoảng 8,3 tỷ kWh, cao hơn kế hoạch 1,2 tỷ kWh. Đường dây 500 kV mạch 3 Quảng Trạch - Phố Nối đang được đẩy nhanh tiến độ, phấn đấu hoàn thành trong tháng 7/2024.

Bộ Công Thương dự báo trong quý II, phụ tải có thể tiếp tục tăng cao, Pmax toàn hệ thống có thể lên tới 49.500-51.000 MW. Bộ đề nghị người dân, doanh nghiệp sử dụng điện tiết kiệm, phấn đấu tiết kiệm ít nhất 3% tổng điện năng tiêu thụ năm 2024 theo Chỉ thị số 20/CT-TTg của Thủ tướng Chính phủ.

Tin cùng chuyên mục:
- Bảo đảm cung ứng điện mùa khô năm 2024
Bộ Công Thương - 54 Hai Bà Trưng, Hoàn Kiếm, Hà Nội - Điện thoại: 024.22202222
"""

D14 = per("ngày 14/5/2024", "2024-05-14", "2024-05-14")
D14b = per("ngày 14/5", "2024-05-14", "2024-05-14")
D13 = per("ngày 13/5", "2024-05-13", "2024-05-13")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
APR = per("tháng 4", "2024-04-01", "2024-04-30")
Q2 = per("quý II", "2024-04-01", "2024-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đạt 47.670 MW", "47.670", 47670, "measure", "MW",
        change=chg("increase", 11.3, "%", "cùng kỳ năm 2023"),
        subject="công suất tiêu thụ cực đại (Pmax) của hệ thống điện quốc gia", period=D14),
    fig("đạt 1,008 tỷ", "1,008", 1.008e9, "measure", "kWh",
        subject="sản lượng điện tiêu thụ toàn hệ thống trong ngày", period=inh(D14)),
    fig("mốc 1 tỷ", "1", 1e9, "measure", "kWh/ngày", subject="mốc sản lượng điện tiêu thụ", optional=True),
    fig("chiếm gần 48%", "48", 48, "percent", "%", approx="nearly",
        subject="nhiệt điện than trong cơ cấu huy động", period=D14b),
    fig("khoảng 24%", "24", 24, "percent", "%", approx="about",
        subject="thủy điện trong cơ cấu huy động", period=D14b),
    fig("tái tạo 13,6%", "13,6", 13.6, "percent", "%",
        subject="năng lượng tái tạo trong cơ cấu huy động", period=D14b),
    fig("đạt 94,93 tỷ", "94,93", 94.93e9, "measure", "kWh",
        change=chg("increase", 11.5, "%", "cùng kỳ"),
        subject="sản lượng điện sản xuất và nhập khẩu toàn hệ thống", period=M4),
    fig("đạt 903 triệu", "903", 903e6, "measure", "kWh/ngày", change=chg("increase", 17.7, "%"),
        subject="sản lượng bình quân ngày", period=APR),
    fig("đạt 23.800 MW", "23.800", 23800, "measure", "MW", subject="Pmax miền Bắc", period=D13),
    fig("Nam 20.570 MW", "20.570", 20570, "measure", "MW", subject="Pmax miền Nam"),
    fig("Trung 4.210 MW", "4.210", 4210, "measure", "MW", subject="Pmax miền Trung"),
    fig("khoảng 8,3 tỷ", "8,3", 8.3e9, "measure", "kWh", approx="about",
        change=chg("increase", 1.2e9, "kWh", "kế hoạch"),
        subject="tổng lượng nước còn lại trong hồ thủy điện"),
    fig("49.500-51.000 MW", "49.500", 49500, "measure", "MW", value_max=51000, status="forecast",
        subject="Pmax toàn hệ thống", period=Q2),
    fig("ít nhất 3%", "3", 3, "percent", "%", approx="at_least", status="target",
        subject="tiết kiệm tổng điện năng tiêu thụ", period=Y24),
]

NOTES = [
    "Ministry site (Bộ Công Thương): national power system in the May 2024 heatwave; breadcrumb, '15/05/2024 | 17:20 | Cục Điều tiết điện lực', address footer.",
    "Distractors: 17:20, 'Đường dây 500 kV mạch 3' (name), 'tháng 7/2024' (a deadline), Chỉ thị số 20/CT-TTg, '54 Hai Bà Trưng', phone 024.22202222, 'năm 2024' in a link, 'lần đầu tiên'.",
    "'1,008 tỷ kWh' = 1 008 000 000 kWh (decimal comma before a multiplier); its period 'trong ngày' points back to ngày 14/5/2024 (inherited).",
    "'vượt mốc 1 tỷ kWh/ngày' restates a threshold crossed by the 1,008 tỷ: optional.",
    "Regions (miền Bắc/Nam/Trung) are not provinces: they stay in the subject; location Việt Nam. Only miền Bắc has its own date '(ngày 13/5)'.",
    "'cao hơn kế hoạch 1,2 tỷ kWh' is a change of 8,3 tỷ kWh with baseline 'kế hoạch' (FIGURES.md: a gap to a plan).",
    "'tăng 17,7%' after 903 triệu kWh has no stated baseline: change without baseline. 'quý II' takes 2024 (dateline).",
]

if __name__ == "__main__":
    write("p1356-3", TEXT, NOTES, FIGS, published="2024-05-15", location="Việt Nam")
