"""p1436-2: district portal (quận Hoàng Mai, Hà Nội): rat and cockroach campaign 2025, results 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ QUẬN HOÀNG MAI
Thành phố Hà Nội

Trang chủ / Tin tức - Sự kiện / Y tế - Môi trường

Hoàng Mai ra quân diệt chuột, gián tại 14 phường

25/03/2025 - 10:20

Sáng 24/3, UBND quận Hoàng Mai tổ chức lễ ra quân chiến dịch vệ sinh môi trường, diệt chuột, diệt gián đợt 1 năm 2025 tại khu đô thị Linh Đàm. Chiến dịch triển khai đồng loạt tại 14/14 phường với sự tham gia của khoảng 2.500 đoàn viên, hội viên và người dân.

Quận dự kiến cấp phát miễn phí 3.000 gói bả diệt chuột và 5.000 tuýp gel diệt gián cho các hộ gia đình; phấn đấu 100% tổ dân phố tổng vệ sinh, khơi thông cống rãnh.

Năm 2024, quận tổ chức hai đợt chiến dịch, thu gom hơn 320 tấn rác thải, phế thải, phun hóa chất diệt côn trùng tại 1.150 điểm công cộng; số chuột bị diệt ước khoảng 12.400 con. Kết quả điều tra sau chiến dịch cho thấy chỉ số gián trung bình giảm từ 2,6 xuống 0,9 con/bẫy.

Phòng Y tế quận khuyến cáo người dân không tự ý mua hóa chất trôi nổi; khi cần xử lý mối, gián quy mô lớn nên thuê cơ sở dịch vụ có giấy chứng nhận. Hiện trên địa bàn quận có 9 cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng; giá gói xử lý trọn gói cho căn hộ dưới 70 m2 tối thiểu 500.000 đồng.

Nguồn: Phòng Văn hóa và Thông tin quận

Tin khác:
- Hoàng Mai: Tổng kết công tác y tế năm 2024
- Phường Hoàng Liệt ra mắt mô hình "Khu dân cư xanh - sạch - đẹp"

UBND QUẬN HOÀNG MAI
Địa chỉ: Số 8 phố Bùi Huy Bích, phường Hoàng Liệt, quận Hoàng Mai, Hà Nội
Điện thoại: 024.3641.7162
"""

Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tại 14 phường", "14", 14, "count", "phường", subject="phường ra quân diệt chuột, gián"),
    fig("tại 14/14 phường", "14", 14, "count", "phường", total=14,
        subject="phường triển khai chiến dịch", period=inh(Y25)),
    fig("khoảng 2.500 đoàn viên", "2.500", 2500, "count", "đoàn viên, hội viên và người dân", approx="about",
        subject="đoàn viên, hội viên và người dân tham gia chiến dịch", period=inh(Y25)),
    fig("miễn phí 3.000 gói", "3.000", 3000, "count", "gói", status="forecast",
        subject="bả diệt chuột cấp phát miễn phí cho các hộ gia đình", period=inh(Y25)),
    fig("5.000 tuýp", "5.000", 5000, "count", "tuýp", status="forecast",
        subject="gel diệt gián cấp phát miễn phí cho các hộ gia đình", period=inh(Y25)),
    fig("phấn đấu 100%", "100", 100, "percent", "%", status="target",
        subject="tổ dân phố tổng vệ sinh, khơi thông cống rãnh", period=inh(Y25)),
    fig("hai đợt", "hai", 2, "count", "đợt", subject="đợt chiến dịch quận tổ chức", period=Y24),
    fig("hơn 320 tấn", "320", 320, "measure", "tấn", approx="over",
        subject="rác thải, phế thải thu gom", period=Y24),
    fig("tại 1.150 điểm", "1.150", 1150, "count", "điểm",
        subject="điểm công cộng phun hóa chất diệt côn trùng", period=Y24),
    fig("ước khoảng 12.400 con", "12.400", 12400, "count", "con", approx="about", status="estimate",
        subject="số chuột bị diệt", period=Y24),
    fig("từ 2,6 xuống", "2,6", 2.6, "measure", "con/bẫy",
        subject="chỉ số gián trung bình trước chiến dịch", period=inh(Y24)),
    fig("xuống 0,9 con", "0,9", 0.9, "measure", "con/bẫy",
        subject="chỉ số gián trung bình sau chiến dịch", period=inh(Y24)),
    fig("có 9 cơ sở", "9", 9, "count", "cơ sở",
        subject="cơ sở đủ điều kiện cung cấp dịch vụ diệt côn trùng"),
    fig("dưới 70 m2", "70", 70, "measure", "m2", approx="under", optional=True,
        subject="diện tích căn hộ"),
    fig("tối thiểu 500.000", "500.000", 500000, "money", "đồng", approx="at_least",
        subject="giá gói xử lý trọn gói cho căn hộ dưới 70 m2"),
]

NOTES = [
    "District portal (quận Hoàng Mai, Hà Nội): rat and cockroach campaign round 1 of 2025; '25/03/2025 - 10:20' under the headline.",
    "Distractors: 'Sáng 24/3', 'đợt 1 năm 2025', 10:20, 'năm 2024' in a link title, 'Số 8 phố Bùi Huy Bích', phone 024.3641.7162.",
    "All figures describe the district: location Hoàng Mai (default).",
    "'dự kiến' governs both parts of 'cấp phát ... 3.000 gói ... và 5.000 tuýp' (forecast); 'phấn đấu 100%' has its own cue (target).",
    "The 2025 campaign figures inherit 'năm 2025' from the sentence before (not scored); 'ước khoảng 12.400 con' is estimate + about.",
    "'giảm từ 2,6 xuống 0,9 con/bẫy': two index values (before and after), each a measure in 'con/bẫy'; no change value is stated.",
    "'căn hộ dưới 70 m2' names the class of flat priced: optional. 'tối thiểu 500.000 đồng' is at_least.",
]

if __name__ == "__main__":
    write("p1436-2", TEXT, NOTES, FIGS, published="2025-03-25", location="Hoàng Mai")
