"""p1382-2: district portal (huyện Sóc Sơn, Hà Nội): a new air-cargo warehouse beside Nội Bài's cargo terminals."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SÓC SƠN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Kinh tế | Thủ tục hành chính

Khánh thành kho hàng hóa hàng không thế hệ mới tại xã Phú Minh

20/05/2024 - 10:20

Ngày 18/5, Công ty cổ phần Kho vận Hàng không Bắc Sơn tổ chức khánh thành giai đoạn 1 dự án Kho hàng hóa hàng không Phú Minh, nằm sát khu nhà ga hàng hóa của Cảng hàng không quốc tế Nội Bài.

Dự án có tổng vốn đầu tư 1.250 tỷ đồng, diện tích đất khoảng 6,8 ha. Giai đoạn 1 gồm hai kho với tổng diện tích sàn 42.000 m2, công suất thiết kế 250.000 tấn/năm, gấp khoảng 1,5 lần công suất kho cũ của doanh nghiệp. Khi hoàn thành giai đoạn 2 vào năm 2026, công suất dự kiến nâng lên 500.000 tấn/năm.

Theo ông Lê Quang Vinh, Tổng giám đốc công ty, kho được trang bị băng chuyền tự động, 120 cửa nhận hàng và khu kho lạnh 3.000 m2 bảo quản dược phẩm, thủy sản ở nhiệt độ từ 2 đến 8 độ C. Thời gian xử lý một lô hàng xuất khẩu rút ngắn còn dưới 3 giờ, giảm 40% so với trước.

Dự án tạo việc làm cho hơn 600 lao động, trong đó 410 người là lao động địa phương của các xã Phú Minh, Phù Lỗ, Mai Đình; thu nhập bình quân 11,5 triệu đồng/người/tháng.

Năm 2023, sản lượng hàng hóa thông qua Cảng hàng không quốc tế Nội Bài đạt khoảng 760.000 tấn, chiếm gần 55% tổng sản lượng hàng hóa hàng không cả nước. 4 tháng đầu năm 2024, con số này đạt 281.000 tấn, tăng 27% so với cùng kỳ.

Phó Chủ tịch UBND huyện Nguyễn Thị Hồng Nhung cho biết, huyện hiện có 37 doanh nghiệp logistics đang hoạt động; mục tiêu đến năm 2030 thu hút thêm từ 15 đến 20 dự án kho bãi, dịch vụ hàng không.

Tin khác:
- Sóc Sơn ra quân Tháng hành động vì an toàn thực phẩm năm 2024
Địa chỉ: Số 1 đường Núi Đôi, thị trấn Sóc Sơn, Hà Nội. Điện thoại: 024.3884.3213
"""

Y26 = per("năm 2026", "2026-01-01", "2026-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M4 = per("4 tháng đầu năm 2024", "2024-01-01", "2024-04-30")
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("vốn đầu tư 1.250 tỷ", "1.250", 1250e9, "money", "đồng", subject="tổng vốn đầu tư dự án"),
    fig("khoảng 6,8 ha", "6,8", 6.8, "measure", "ha", approx="about", subject="diện tích đất dự án"),
    fig("gồm hai kho", "hai", 2, "count", "kho", subject="kho giai đoạn 1"),
    fig("sàn 42.000 m2", "42.000", 42000, "measure", "m2", subject="tổng diện tích sàn"),
    fig("thiết kế 250.000 tấn", "250.000", 250000, "measure", "tấn/năm",
        change=chg("increase", 1.5, "lần", "công suất kho cũ của doanh nghiệp", approx="about"),
        subject="công suất thiết kế"),
    fig("lên 500.000 tấn", "500.000", 500000, "measure", "tấn/năm", status="forecast",
        subject="công suất kho", period=Y26),
    fig("120 cửa", "120", 120, "count", "cửa nhận hàng", subject="cửa nhận hàng"),
    fig("lạnh 3.000 m2", "3.000", 3000, "measure", "m2", subject="khu kho lạnh"),
    fig("từ 2 đến 8 độ", "2", 2, "measure", "độ C", value_max=8,
        subject="nhiệt độ bảo quản dược phẩm, thủy sản", optional=True),
    fig("dưới 3 giờ", "3", 3, "measure", "giờ", approx="under",
        change=chg("decrease", 40, "%", "trước"), subject="thời gian xử lý một lô hàng xuất khẩu"),
    fig("hơn 600 lao động", "600", 600, "count", "lao động", approx="over", subject="lao động dự án tạo việc làm"),
    fig("410 người", "410", 410, "count", "người", total=600, subject="lao động địa phương"),
    fig("11,5 triệu", "11,5", 11.5e6, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("khoảng 760.000 tấn", "760.000", 760000, "measure", "tấn", approx="about", percent=55,
        subject="sản lượng hàng hóa thông qua Cảng hàng không quốc tế Nội Bài", period=Y23),
    fig("đạt 281.000 tấn", "281.000", 281000, "measure", "tấn", change=chg("increase", 27, "%", "cùng kỳ"),
        subject="sản lượng hàng hóa thông qua Cảng hàng không quốc tế Nội Bài", period=M4),
    fig("có 37 doanh nghiệp", "37", 37, "count", "doanh nghiệp", subject="doanh nghiệp logistics đang hoạt động"),
    fig("từ 15 đến 20 dự án", "15", 15, "count", "dự án", value_max=20, status="target",
        subject="dự án kho bãi, dịch vụ hàng không thu hút thêm", period=T30),
]

NOTES = [
    "District portal (huyện Sóc Sơn): banner, menu, '20/05/2024 - 10:20' under the headline, 'Tin khác', address footer.",
    "Default location Sóc Sơn (the district portal; Nội Bài lies in Sóc Sơn), also for the airport's share of the national total.",
    "'Giai đoạn 1 gồm hai kho': 'gồm' follows a name, not a figure, so no total. 'gấp khoảng 1,5 lần công suất kho cũ' = change in lần.",
    "'hơn 600 lao động, trong đó 410 người' → total 600. 'con số này đạt 281.000 tấn' → subject resolved to the Nội Bài throughput.",
    "'nhiệt độ từ 2 đến 8 độ C' is a storage specification: optional. 'một lô hàng' (a/one consignment) is not a figure.",
    "Distractors: 10:20, Ngày 18/5, giai đoạn 1, giai đoạn 2, 'năm 2026' (period), Số 1 đường Núi Đôi, phone, 'năm 2024' in a link.",
]

if __name__ == "__main__":
    write("p1382-2", TEXT, NOTES, FIGS, published="2024-05-20", location="Sóc Sơn")
