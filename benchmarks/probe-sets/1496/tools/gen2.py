"""p1496-2: district portal (huyện Hà Quảng, Cao Bằng): thớt nghiến workshops in xã Trường Hà."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HÀ QUẢNG - TỈNH CAO BẰNG
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Kinh tế | Văn bản

Nghề làm thớt nghiến giúp nhiều hộ ở Trường Hà thoát nghèo

18/06/2024 - 10:20

Những năm gần đây, nghề làm thớt gỗ nghiến ở xã Trường Hà phát triển mạnh. Toàn xã hiện có 38 hộ làm thớt, tăng 11 hộ so với năm 2021, tập trung ở các xóm Nà Mạ, Cốc Lùng và Lũng Túng. Từ năm 2021 đến nay, nghề làm thớt đã giúp 14 hộ thoát nghèo.

Gia đình anh Nông Văn Tường ở xóm Nà Mạ theo nghề đã gần 15 năm. Xưởng của anh có hai máy cưa và một máy bào, mỗi tháng làm ra khoảng 350 chiếc thớt. Thớt có đường kính từ 25 đến 45 cm, giá bán từ 200.000 đồng đến 1,5 triệu đồng/chiếc tùy kích cỡ. Năm 2023, gia đình anh thu về gần 400 triệu đồng, trừ chi phí còn lãi trên 150 triệu đồng. Xưởng tạo việc làm thường xuyên cho 6 lao động địa phương với mức lương 5-6 triệu đồng/người/tháng.

Theo UBND xã, 5 tháng đầu năm 2024, các hộ trong xã đã bán ra thị trường hơn 9.000 chiếc thớt, doanh thu ước đạt 3,2 tỷ đồng. Sản phẩm "Thớt nghiến Trường Hà" đạt chứng nhận OCOP 3 sao năm 2022.

Huyện phấn đấu đến năm 2025 có 60 hộ làm thớt, doanh thu toàn nghề đạt 10 tỷ đồng/năm.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Hà Quảng tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 18
- Xã Sóc Hà ra quân làm đường giao thông nông thôn

UBND HUYỆN HÀ QUẢNG
Địa chỉ: Tổ 1, thị trấn Xuân Hòa, huyện Hà Quảng, tỉnh Cao Bằng
Điện thoại: 0206.3861.225
"""

SINCE = per("Từ năm 2021 đến nay", "2021-01-01", "2024-06-18")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
M5 = per("5 tháng đầu năm 2024", "2024-01-01", "2024-05-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 38 hộ", "38", 38, "count", "hộ", change=chg("increase", 11, "hộ", "năm 2021"),
        subject="hộ làm thớt"),
    fig("giúp 14 hộ", "14", 14, "count", "hộ", subject="hộ thoát nghèo nhờ nghề làm thớt", period=SINCE),
    fig("gần 15 năm", "15", 15, "measure", "năm", approx="nearly", optional=True,
        subject="thời gian gia đình anh Nông Văn Tường theo nghề"),
    fig("hai máy cưa", "hai", 2, "count", "máy cưa", subject="máy cưa của xưởng"),
    fig("một máy bào", "một", 1, "count", "máy bào", subject="máy bào của xưởng"),
    fig("khoảng 350 chiếc", "350", 350, "count", "chiếc", approx="about",
        subject="thớt xưởng làm ra mỗi tháng"),
    fig("từ 25 đến 45 cm", "25", 25, "measure", "cm", value_max=45, subject="đường kính thớt"),
    fig("từ 200.000 đồng", "200.000", 200000, "money", "đồng/chiếc", value_max=1.5e6, subject="giá bán thớt"),
    fig("gần 400 triệu", "400", 400e6, "money", "đồng", approx="nearly",
        subject="số tiền gia đình anh thu về", period=Y23),
    fig("trên 150 triệu", "150", 150e6, "money", "đồng", approx="over", subject="lãi", period=Y23),
    fig("cho 6 lao động", "6", 6, "count", "lao động", subject="lao động địa phương có việc làm thường xuyên"),
    fig("lương 5-6 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=6e6, subject="mức lương"),
    fig("hơn 9.000 chiếc", "9.000", 9000, "count", "chiếc", approx="over",
        subject="thớt các hộ trong xã bán ra thị trường", period=M5),
    fig("ước đạt 3,2 tỷ", "3,2", 3.2e9, "money", "đồng", status="estimate", subject="doanh thu", period=M5),
    fig("có 60 hộ", "60", 60, "count", "hộ", status="target", subject="hộ làm thớt", period=T25),
    fig("đạt 10 tỷ đồng/năm", "10", 10e9, "money", "đồng/năm", status="target",
        subject="doanh thu toàn nghề", period=T25),
]

NOTES = [
    "District portal (huyện Hà Quảng, Cao Bằng): banner naming the district, menu, '18/06/2024 - 10:20', 'Nguồn:', 'Tin khác', footer.",
    "Distractors: 'OCOP 3 sao năm 2022' (a rating level, like 'mức độ 3'), 'lần thứ 18', 'Tổ 1', phone 0206.3861.225, dates, time.",
    "All figures describe xã Trường Hà of huyện Hà Quảng: location Hà Quảng (the district).",
    "'gần 15 năm' (how long the family has worked) is a duration of a life story: optional.",
    "'từ 200.000 đồng đến 1,5 triệu đồng/chiếc' is a range whose ends carry different multipliers: 200000..1500000.",
    "'mỗi tháng làm ra khoảng 350 chiếc': count in chiếc, 'mỗi tháng' in the subject (shared gold habit). 'Từ năm 2021 đến nay' ends at the dateline.",
    "'5 tháng đầu năm 2024 ... hơn 9.000 chiếc thớt, doanh thu ước đạt 3,2 tỷ': 'ước' governs only its own clause.",
    "'Huyện phấn đấu đến năm 2025 có 60 hộ ..., doanh thu ... 10 tỷ đồng/năm': both target, period to 2025.",
    "revised after the first run: 'mỗi tháng ... khoảng 350 chiếc' measure chiếc/tháng → count chiếc (shared gold habit for 'mỗi X', see 004 and 001).",
]

if __name__ == "__main__":
    write("p1496-2", TEXT, NOTES, FIGS, published="2024-06-18", location="Hà Quảng")
