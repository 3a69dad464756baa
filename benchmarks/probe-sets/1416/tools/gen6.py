"""p1416-6: ministry site (Bộ Y tế), national umbilical cord blood bank."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BỘ Y TẾ - CỔNG THÔNG TIN ĐIỆN TỬ
Trang chủ > Tin tức > Hoạt động của các đơn vị

Ngân hàng máu cuống rốn lưu trữ hơn 21.000 đơn vị

12/06/2024 | 14:25 | Cục Quản lý Khám, chữa bệnh

Tính đến ngày 31/5/2024, Ngân hàng Tế bào gốc máu cuống rốn thuộc Viện Huyết học - Truyền máu Trung ương đã lưu trữ 21.480 đơn vị máu cuống rốn, gồm 6.320 đơn vị hiến tặng cộng đồng và 15.160 đơn vị lưu trữ gia đình.

Trong 5 tháng đầu năm 2024, ngân hàng tiếp nhận thêm 1.150 đơn vị, tăng 8,2% so với cùng kỳ năm 2023; tỷ lệ đơn vị đạt tiêu chuẩn lưu trữ là 68,5%. Đến nay, ngân hàng đã cung cấp 96 đơn vị máu cuống rốn cho ghép, trong đó 71 đơn vị cho người bệnh trong nước và 25 đơn vị cho các cơ sở ghép ở nước ngoài (Nhật Bản, Hàn Quốc, Ấn Độ).

Theo Thông tư số 21/2023/TT-BYT, giá dịch vụ xử lý và lưu trữ máu cuống rốn gia đình năm đầu là 16,5 triệu đồng, từ năm thứ hai là 2,2 triệu đồng/năm. Mỗi đơn vị máu cuống rốn cộng đồng khi cung cấp cho ghép có giá khoảng 180 triệu đồng, trong khi nhập khẩu từ nước ngoài phải trả 30.000-40.000 USD.

Theo Đề án 1650 của Bộ Y tế, mục tiêu đến năm 2030 ngân hàng lưu trữ 50.000 đơn vị cộng đồng, bảo đảm khoảng 70% người bệnh tìm được đơn vị phù hợp. Dự kiến năm 2025, ngân hàng đầu tư thêm 2 bồn nitơ lỏng, mỗi bồn chứa được 3.000 đơn vị.

Bản quyền thuộc Bộ Y tế
Địa chỉ: 138A Giảng Võ, Ba Đình, Hà Nội | Điện thoại: 024.6273.2273
"""

ASOF = per("Tính đến ngày 31/5/2024", None, "2024-05-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
NOW = per("Đến nay", None, "2024-06-12")
T30 = per("đến năm 2030", None, "2030-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("hơn 21.000", "21.000", 21000, "count", "đơn vị", approx="over", subject="máu cuống rốn ngân hàng lưu trữ"),
    fig("lưu trữ 21.480", "21.480", 21480, "count", "đơn vị máu cuống rốn",
        subject="đơn vị máu cuống rốn Ngân hàng Tế bào gốc máu cuống rốn đã lưu trữ", period=ASOF),
    fig("gồm 6.320", "6.320", 6320, "count", "đơn vị", total=21480, subject="đơn vị hiến tặng cộng đồng",
        period=ASOF),
    fig("và 15.160", "15.160", 15160, "count", "đơn vị", total=21480, subject="đơn vị lưu trữ gia đình",
        period=ASOF),
    fig("thêm 1.150", "1.150", 1150, "count", "đơn vị", change=chg("increase", 8.2, "%", "cùng kỳ năm 2023"),
        subject="đơn vị ngân hàng tiếp nhận thêm", period=M5),
    fig("là 68,5%", "68,5", 68.5, "percent", "%", subject="tỷ lệ đơn vị đạt tiêu chuẩn lưu trữ", period=M5),
    fig("cung cấp 96", "96", 96, "count", "đơn vị máu cuống rốn", subject="đơn vị máu cuống rốn cung cấp cho ghép",
        period=NOW),
    fig("trong đó 71", "71", 71, "count", "đơn vị", total=96, subject="đơn vị cho người bệnh trong nước",
        period=NOW),
    fig("và 25 đơn vị", "25", 25, "count", "đơn vị", total=96,
        subject="đơn vị cho các cơ sở ghép ở nước ngoài", period=NOW),
    fig("là 16,5 triệu", "16,5", 16.5e6, "money", "đồng",
        subject="giá dịch vụ xử lý và lưu trữ máu cuống rốn gia đình năm đầu"),
    fig("là 2,2 triệu", "2,2", 2.2e6, "money", "đồng/năm", subject="giá lưu trữ từ năm thứ hai"),
    fig("khoảng 180 triệu", "180", 180e6, "money", "đồng/đơn vị", approx="about",
        subject="giá mỗi đơn vị máu cuống rốn cộng đồng khi cung cấp cho ghép"),
    fig("30.000-40.000 USD", "30.000", 30000, "money", "USD", value_max=40000,
        subject="nhập khẩu từ nước ngoài phải trả"),
    fig("lưu trữ 50.000", "50.000", 50000, "count", "đơn vị", status="target",
        subject="đơn vị cộng đồng ngân hàng lưu trữ", period=T30),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about", status="target",
        subject="người bệnh tìm được đơn vị phù hợp", period=T30),
    fig("thêm 2 bồn", "2", 2, "count", "bồn", status="forecast", subject="bồn nitơ lỏng đầu tư thêm",
        period=Y25),
    fig("được 3.000", "3.000", 3000, "measure", "đơn vị/bồn", status="forecast",
        subject="sức chứa mỗi bồn", period=Y25),
]

NOTES = [
    "Ministry site (Bộ Y tế): breadcrumb, '12/06/2024 | 14:25 | Cục Quản lý Khám, chữa bệnh', copyright/address footer.",
    "Distractors: 'Thông tư số 21/2023/TT-BYT', 'Đề án 1650', 'năm thứ hai' (ordinal), '138A Giảng Võ', phone, times, dates.",
    "A national bank on a ministry site → Việt Nam throughout (the footer's Hà Nội is the ministry's address; Nhật Bản, Hàn Quốc,",
    "Ấn Độ are partners, not places of the figure).",
    "'gồm 6.320 ... và 15.160' add up to 21.480 → total. 'trong đó 71 ... và 25' → total 96.",
    "'tỷ lệ ... là 68,5%' has its own subject → percent figure (not an attribute of the 1.150).",
    "'Đến nay' → as-of the dateline (start null, end 2024-06-12), as 'từ ... đến nay' ends at published.",
    "Prices: 'năm đầu là 16,5 triệu đồng' (đồng), '2,2 triệu đồng/năm', 'Mỗi đơn vị ... khoảng 180 triệu đồng' (đồng/đơn vị).",
    "'mục tiêu đến năm 2030' governs both the 50.000 and the 70% clause → target. 'Dự kiến năm 2025' governs the tank count and",
    "the continuing clause 'mỗi bồn chứa được 3.000 đơn vị' (measure, đơn vị/bồn) → forecast.",
]

if __name__ == "__main__":
    write("p1416-6", TEXT, NOTES, FIGS, published="2024-06-12", location="Việt Nam")
