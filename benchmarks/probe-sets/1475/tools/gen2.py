"""p1475-2: district portal (huyện Yên Thành, Nghệ An): HTX Chăn gối Tân Phúc, 2024 results and 2025 plan."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH - TỈNH NGHỆ AN
Trang chủ / Kinh tế / Nông nghiệp - Nông thôn

HTX Chăn gối Tân Phúc mở rộng sản xuất ruột chăn, ruột gối

21/03/2025 - 10:20

Thành lập năm 2018 tại xã Phúc Thành với 7 thành viên, hiện HTX Chăn gối Tân Phúc đã có 23 thành viên, tạo việc làm thường xuyên cho 46 lao động, trong đó 31 lao động nữ.

HTX đang vận hành ba máy bật bông, hai máy chần chăn tự động và 14 máy may công nghiệp. Năm 2024, HTX sản xuất, tiêu thụ 28.600 chiếc chăn, ruột chăn các loại và gần 15.000 chiếc gối; doanh thu đạt 7,4 tỷ đồng, tăng 23% so với năm 2023; lợi nhuận sau thuế hơn 620 triệu đồng. Hai tháng đầu năm 2025, HTX tiêu thụ 3.150 chiếc chăn, chủ yếu cung cấp cho các trường mầm non trong huyện.

Theo Giám đốc HTX Nguyễn Thị Lan, ruột chăn bông trắng mẫu TP-200 có giá 380.000 đồng/chiếc; ruột gối bông xơ từ 45.000 đến 70.000 đồng/chiếc, thấp hơn khoảng 15% so với hàng cùng loại ngoài thị trường.

Năm 2025, HTX phấn đấu doanh thu đạt 9 tỷ đồng, đưa sản phẩm chăn bông Tân Phúc đạt chuẩn OCOP 3 sao; dự kiến tuyển thêm từ 10 đến 15 lao động.

Toàn huyện hiện có 12 cơ sở sản xuất chăn, ga, gối, đệm, sử dụng khoảng 180 lao động.

Nguồn: Phòng Nông nghiệp và PTNT huyện

Tin khác:
- Yên Thành ra quân trồng cây đầu xuân Ất Tỵ 2025
- Hội nghị triển khai nhiệm vụ phát triển kinh tế tập thể năm 2025

Địa chỉ: Khối 1, thị trấn Hoa Thành, huyện Yên Thành, tỉnh Nghệ An
Điện thoại: 0238.3865.105
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
M2 = per("Hai tháng đầu năm 2025", "2025-01-01", "2025-02-28")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("với 7 thành viên", "7", 7, "count", "thành viên", subject="thành viên HTX khi thành lập", period=Y18),
    fig("có 23 thành viên", "23", 23, "count", "thành viên", subject="thành viên HTX Chăn gối Tân Phúc"),
    fig("cho 46 lao động", "46", 46, "count", "lao động", subject="lao động có việc làm thường xuyên"),
    fig("trong đó 31 lao động", "31", 31, "count", "lao động", total=46, subject="lao động nữ"),
    fig("ba máy bật bông", "ba", 3, "count", "máy", subject="máy bật bông HTX vận hành"),
    fig("hai máy chần chăn", "hai", 2, "count", "máy", subject="máy chần chăn tự động"),
    fig("và 14 máy may", "14", 14, "count", "máy", subject="máy may công nghiệp"),
    fig("tiêu thụ 28.600 chiếc", "28.600", 28600, "count", "chiếc",
        subject="chăn, ruột chăn các loại HTX sản xuất, tiêu thụ", period=Y24),
    fig("gần 15.000 chiếc", "15.000", 15000, "count", "chiếc", approx="nearly",
        subject="gối HTX sản xuất, tiêu thụ", period=Y24),
    fig("đạt 7,4 tỷ", "7,4", 7.4e9, "money", "đồng", change=chg("increase", 23, "%", "năm 2023"),
        subject="doanh thu HTX", period=Y24),
    fig("hơn 620 triệu", "620", 620e6, "money", "đồng", approx="over",
        subject="lợi nhuận sau thuế", period=Y24),
    fig("tiêu thụ 3.150 chiếc", "3.150", 3150, "count", "chiếc", subject="chăn HTX tiêu thụ", period=M2),
    fig("giá 380.000 đồng", "380.000", 380000, "money", "đồng/chiếc",
        subject="giá ruột chăn bông trắng mẫu TP-200"),
    fig("từ 45.000 đến 70.000", "45.000", 45000, "money", "đồng/chiếc", value_max=70000,
        change=chg("decrease", 15, "%", "hàng cùng loại ngoài thị trường", approx="about"),
        subject="giá ruột gối bông xơ"),
    fig("đạt 9 tỷ", "9", 9e9, "money", "đồng", status="target", subject="doanh thu HTX", period=Y25),
    fig("từ 10 đến 15 lao động", "10", 10, "count", "lao động", value_max=15, status="forecast",
        subject="lao động HTX tuyển thêm", period=Y25),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở sản xuất chăn, ga, gối, đệm"),
    fig("khoảng 180 lao động", "180", 180, "count", "lao động", approx="about",
        subject="lao động các cơ sở sản xuất chăn, ga, gối, đệm sử dụng"),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): banner, breadcrumb, '21/03/2025 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address footer with phone.",
    "Distractors: founding year 'năm 2018', 'mẫu TP-200', 'OCOP 3 sao', 'Ất Tỵ 2025', 'Khối 1', phone 0238.3865.105, 10:20.",
    "'7 thành viên' at founding takes period năm 2018; 'hiện … 23 thành viên' has no period.",
    "'Hai tháng đầu năm 2025' (number word in a period) ends 2025-02-28.",
    "'thấp hơn khoảng 15% so với hàng cùng loại' is the change of the price range (decrease, about).",
    "'Năm 2025, HTX phấn đấu …; dự kiến …': target for 9 tỷ, forecast for the hiring range (its own cue), both năm 2025.",
]

if __name__ == "__main__":
    write("p1475-2", TEXT, NOTES, FIGS, published="2025-03-21", location="Yên Thành")
