"""p1309-6: ministry site (Bộ Giao thông vận tải, news by Cục Đường bộ Việt Nam): expressway accidents and fog, 20/11/2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ GIAO THÔNG VẬN TẢI - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > An toàn giao thông

Khuyến cáo lái xe an toàn trên cao tốc trong mùa sương mù

20/11/2024 | 09:30 | Cục Đường bộ Việt Nam

Theo số liệu của Cục Cảnh sát giao thông, năm 2023 cả nước xảy ra 265 vụ tai nạn giao thông trên các tuyến cao tốc, làm chết 121 người, bị thương 208 người. Trong đó, 31 vụ liên quan đến sương mù, mưa lớn, chiếm 11,7% tổng số vụ. 10 tháng đầu năm 2024, số vụ tai nạn trên cao tốc là 214 vụ, giảm 8,2% so với cùng kỳ; số người chết giảm 15 người.

Nghiên cứu của Viện Chiến lược và Phát triển giao thông vận tải cho thấy nguy cơ xảy ra tai nạn khi có sương mù cao gấp 3 lần so với điều kiện thời tiết bình thường; khoảng 70% vụ tai nạn do sương mù xảy ra từ 4 giờ đến 8 giờ sáng.

Hiện cả nước đưa vào khai thác 2.021 km đường cao tốc; mục tiêu đến năm 2025 đạt 3.000 km và đến năm 2030 khoảng 5.000 km. Lưu lượng trên nhiều tuyến tăng nhanh, có tuyến đạt trên 60.000 xe/ngày đêm.

Để phòng ngừa, Cục Đường bộ Việt Nam yêu cầu các khu quản lý đường bộ và doanh nghiệp dự án BOT phấn đấu trước ngày 15/12/2024 hoàn thành rà soát 100% biển báo, đèn cảnh báo tại các đoạn thường xuất hiện sương mù. Khi tầm nhìn dưới 50 m, người lái xe phải bật đèn chiếu gần, đèn sương mù, giảm tốc độ và giữ khoảng cách an toàn theo Thông tư số 38/2024/TT-BGTVT; tuyệt đối không dừng, đỗ xe trên làn dừng khẩn cấp khi không có sự cố.

Mọi phản ánh về kết cấu hạ tầng đường bộ xin gọi đường dây nóng 1900.0318.

Bộ Giao thông vận tải - 80 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
M10 = per("10 tháng đầu năm 2024", "2024-01-01", "2024-10-31")
T25 = per("đến năm 2025", None, "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
BY = per("trước ngày 15/12/2024", None, "2024-12-15")

FIGS = [
    fig("xảy ra 265 vụ", "265", 265, "count", "vụ", subject="vụ tai nạn giao thông trên các tuyến cao tốc", period=Y23),
    fig("làm chết 121 người", "121", 121, "count", "người", subject="người chết do tai nạn giao thông trên các tuyến cao tốc", period=Y23),
    fig("bị thương 208 người", "208", 208, "count", "người", subject="người bị thương do tai nạn giao thông trên các tuyến cao tốc",
        period=Y23),
    fig("31 vụ liên quan", "31", 31, "count", "vụ", total=265, percent=11.7,
        subject="vụ tai nạn liên quan đến sương mù, mưa lớn", period=inh(Y23)),
    fig("là 214 vụ", "214", 214, "count", "vụ", change=chg("decrease", 8.2, "%", "cùng kỳ"),
        subject="số vụ tai nạn trên cao tốc", period=M10),
    fig("giảm 15 người", "15", 15, "count", "người", subject="số người chết giảm", period=M10),
    fig("gấp 3 lần", "3", 3, "multiple", "lần", subject="nguy cơ xảy ra tai nạn khi có sương mù"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="vụ tai nạn do sương mù xảy ra từ 4 giờ đến 8 giờ sáng"),
    fig("khai thác 2.021 km", "2.021", 2021, "measure", "km", subject="đường cao tốc đưa vào khai thác"),
    fig("đạt 3.000 km", "3.000", 3000, "measure", "km", status="target", subject="đường cao tốc", period=T25),
    fig("khoảng 5.000 km", "5.000", 5000, "measure", "km", approx="about", status="target", subject="đường cao tốc",
        period=T30),
    fig("trên 60.000 xe", "60.000", 60000, "measure", "xe/ngày đêm", approx="over", subject="lưu lượng trên tuyến cao tốc"),
    fig("rà soát 100%", "100", 100, "percent", "%", status="target",
        subject="biển báo, đèn cảnh báo tại các đoạn thường xuất hiện sương mù được rà soát", period=BY),
    fig("dưới 50 m", "50", 50, "measure", "m", approx="under", subject="tầm nhìn", optional=True),
]

NOTES = [
    "revised after the first run: casualty subjects name their cause ('người chết do tai nạn giao thông', not 'người chết').",
    "Ministry site (Bộ GTVT): breadcrumb, '20/11/2024 | 09:30 | Cục Đường bộ Việt Nam', hotline, address footer. National: Việt Nam.",
    "Distractors: 09:30, 'từ 4 giờ đến 8 giờ sáng', 'Thông tư số 38/2024/TT-BGTVT', '15/12/2024', hotline 1900.0318, '80 Trần Hưng Đạo'.",
    "'2.021 km' looks like a year but is a length (a lone '.' + 3 digits groups thousands).",
    "'Trong đó, 31 vụ ..., chiếm 11,7% tổng số vụ' after a sentence break: total 265, percent 11.7.",
    "'số người chết giảm 15 người' has no base figure: the decrease is the claim, a count of its own (no change object).",
    "'cao gấp 3 lần so với điều kiện thời tiết bình thường' stands alone as the claim: kind multiple.",
    "'mục tiêu đến năm 2025 đạt 3.000 km và đến năm 2030 khoảng 5.000 km': both target; periods end 2025/2030, start null.",
    "'phấn đấu trước ngày 15/12/2024 hoàn thành rà soát 100%': target, period end 2024-12-15.",
    "'Khi tầm nhìn dưới 50 m' is the threshold of a rule, not a reported value: optional.",
]

if __name__ == "__main__":
    write("p1309-6", TEXT, NOTES, FIGS, published="2024-11-20", location="Việt Nam")
