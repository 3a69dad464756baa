"""p1291-2: district portal (huyện Tiên Lãng, Hải Phòng): rươi harvest so far, a cooperative, prices, processing, 2030 target."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TIÊN LÃNG
THÀNH PHỐ HẢI PHÒNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ

Tiên Lãng: Nông dân vùng bãi bồi trúng mùa rươi

25/10/2024 - 10:20

Những ngày này, người dân các xã Vinh Quang, Tiên Thắng, Hùng Thắng đang tất bật đánh bắt rươi. Vụ năm nay, toàn huyện có khoảng 410 ha ruộng, bãi có rươi, tăng 35 ha so với năm 2023. Theo Phòng Kinh tế huyện, từ đầu vụ đến ngày 24/10, người dân đã thu khoảng 150 tấn rươi, bằng 60% sản lượng dự kiến cả vụ.

Xã Vinh Quang có diện tích rươi lớn nhất huyện với gần 120 ha. Ông Nguyễn Văn Thạo, Giám đốc Hợp tác xã Nông nghiệp Vinh Quang, cho biết hợp tác xã có hai chục hộ thành viên chuyên khai thác rươi; năm nay mỗi sào ruộng cho từ 25 đến 30 kg rươi, có hộ thu ba, bốn trăm triệu đồng.

Giá rươi tươi tại bờ đầu vụ khoảng 500.000 đồng/kg, hiện giảm còn 350.000-400.000 đồng/kg do rươi ra rộ. Để giữ giá, nhiều hộ làm chả rươi, mắm rươi; huyện hiện có 12 cơ sở chế biến, mỗi ngày tiêu thụ khoảng 1,5 tấn rươi tươi.

Năm 2024, huyện dự kiến thu khoảng 250 tấn rươi, giá trị trên 90 tỷ đồng. Huyện đặt mục tiêu đến năm 2030 có 500 ha vùng rươi tập trung, trong đó ít nhất 200 ha được cấp mã số vùng nuôi.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Tiên Lãng tổ chức Đại hội Hội Nông dân huyện lần thứ XXIV
- Xã Tiên Minh đón Bằng công nhận đạt chuẩn nông thôn mới nâng cao

Địa chỉ: Khu 1, thị trấn Tiên Lãng, huyện Tiên Lãng, TP Hải Phòng
Điện thoại: 0225.3883.216
"""

NAY = year("năm nay", 2024)
ASOF = per("từ đầu vụ đến ngày 24/10", None, "2024-10-24")
Y24 = year("Năm 2024", 2024)
T30 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("khoảng 410 ha", "410", 410, "measure", "ha", approx="about",
        change=chg("increase", 35, "ha", "năm 2023"),
        subject="diện tích ruộng, bãi có rươi", period=per("Vụ năm nay", "2024-01-01", "2024-12-31")),
    fig("khoảng 150 tấn", "150", 150, "measure", "tấn", approx="about", percent=60,
        subject="rươi người dân đã thu", period=ASOF),
    fig("gần 120 ha", "120", 120, "measure", "ha", approx="nearly",
        subject="diện tích rươi xã Vinh Quang"),
    fig("hai chục hộ", "hai", 20, "count", "hộ",
        subject="hộ thành viên chuyên khai thác rươi"),
    fig("từ 25 đến 30 kg", "25", 25, "measure", "kg/sào", value_max=30,
        subject="rươi mỗi sào ruộng cho", period=NAY),
    fig("thu ba, bốn trăm triệu", "ba", 300e6, "money", "đồng", value_max=400e6,
        subject="tiền hộ thu từ rươi", period=NAY),
    fig("khoảng 500.000 đồng/kg", "500.000", 500000, "money", "đồng/kg", approx="about",
        subject="giá rươi tươi tại bờ đầu vụ"),
    fig("còn 350.000-400.000", "350.000", 350000, "money", "đồng/kg", value_max=400000,
        subject="giá rươi tươi tại bờ"),
    fig("có 12 cơ sở", "12", 12, "count", "cơ sở", subject="cơ sở chế biến"),
    fig("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn/ngày", approx="about",
        subject="rươi tươi tiêu thụ mỗi ngày"),
    fig("thu khoảng 250 tấn", "250", 250, "measure", "tấn", approx="about", status="forecast",
        subject="rươi huyện dự kiến thu", period=Y24),
    fig("trên 90 tỷ", "90", 90e9, "money", "đồng", approx="over", status="forecast",
        subject="giá trị rươi", period=Y24),
    fig("có 500 ha", "500", 500, "measure", "ha", status="target",
        subject="vùng rươi tập trung", period=T30),
    fig("ít nhất 200 ha", "200", 200, "measure", "ha", approx="at_least", total=500, status="target",
        subject="diện tích được cấp mã số vùng nuôi", period=T30),
]

NOTES = [
    "District portal (huyện Tiên Lãng, Hải Phòng): banner, menu, '25/10/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', footer address and phone.",
    "Distractors: 10:20, 'ngày 24/10', 'lần thứ XXIV', 'Khu 1', phone 0225.3883.216.",
    "Every figure is the district's (communes are not locations in the spec): location Tiên Lãng.",
    "'từ đầu vụ đến ngày 24/10' is an as-of date: start null, end 2024-10-24. 'bằng 60% sản lượng dự kiến' is the percent of 150 tấn.",
    "'hai chục hộ' = 20; 'ba, bốn trăm triệu đồng' is a word range 300-400 triệu (value 3e8, value_max 4e8).",
    "'mỗi sào ... từ 25 đến 30 kg' and 'mỗi ngày ... 1,5 tấn' are rates (kg/sào, tấn/ngày). 'giảm còn X' states the new price, not a change.",
    "'trong đó ít nhất 200 ha' is part of the 500 ha target (same thing, same period): total 500, status target.",
]

if __name__ == "__main__":
    write("p1291-2", TEXT, NOTES, FIGS, published="2024-10-25", location="Tiên Lãng")
