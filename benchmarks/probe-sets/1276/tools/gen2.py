"""p1276-2: district portal (huyện Quỳnh Lưu, Nghệ An): mừng thọ đầu xuân Giáp Thìn 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUỲNH LƯU - TỈNH NGHỆ AN
Trang chủ / Tin tức / Văn hóa - Xã hội

Quỳnh Lưu: Ấm áp lễ mừng thọ đầu xuân Giáp Thìn

14/02/2024 - 10:20

Sáng 14/2 (mùng 5 Tết), các xã, thị trấn trên địa bàn huyện đồng loạt tổ chức lễ mừng thọ cho người cao tuổi. Năm nay, toàn huyện có 8.412 cụ được mừng thọ, nhiều hơn năm trước 376 cụ. Trong đó, 421 cụ tuổi 90, 98 cụ tuổi 95 và 27 cụ từ 100 tuổi trở lên.

Tại xã Quỳnh Đôi, lễ mừng thọ được tổ chức cho 312 cụ, trong đó có ba cụ trên 100 tuổi. Cao tuổi nhất là cụ ông Hồ Sỹ Khang, 104 tuổi, vẫn minh mẫn, hằng ngày tự đi bộ khoảng 2 km quanh làng.

Quà mừng thọ gồm giấy chúc thọ, khăn, áo và tiền mặt từ 300.000 đến 500.000 đồng/cụ tùy độ tuổi. Tổng kinh phí toàn huyện hơn 2,6 tỷ đồng, do ngân sách xã, quỹ Hội và con cháu trong các dòng họ đóng góp; riêng các dòng họ ủng hộ gần 1,1 tỷ đồng, chiếm khoảng 42%.

Toàn huyện hiện có hơn 41 nghìn người cao tuổi, chiếm 15,2% dân số; 100% xã, thị trấn có câu lạc bộ liên thế hệ tự giúp nhau với tổng số 36 câu lạc bộ, thu hút gần 1.800 thành viên. Năm 2024, huyện phấn đấu thành lập thêm 5 câu lạc bộ.

Nguồn: Phòng Văn hóa và Thông tin huyện

Tin khác:
- Quỳnh Lưu ra quân trồng cây đầu xuân năm 2024
- Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15

Địa chỉ: Khối 3, thị trấn Cầu Giát, huyện Quỳnh Lưu, tỉnh Nghệ An. Điện thoại: 0238.3864.123
"""

NOW = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 8.412 cụ", "8.412", 8412, "count", "cụ", change=chg("increase", 376, "cụ", "năm trước"),
        subject="cụ được mừng thọ", period=NOW),
    fig("421 cụ", "421", 421, "count", "cụ", total=8412, subject="cụ tuổi 90 được mừng thọ", period=inh(NOW)),
    fig("cụ tuổi 90", "90", 90, "measure", "tuổi", optional=True),
    fig("98 cụ", "98", 98, "count", "cụ", total=8412, subject="cụ tuổi 95 được mừng thọ", period=inh(NOW)),
    fig("cụ tuổi 95", "95", 95, "measure", "tuổi", optional=True),
    fig("27 cụ", "27", 27, "count", "cụ", total=8412, subject="cụ từ 100 tuổi trở lên được mừng thọ",
        period=inh(NOW)),
    fig("từ 100 tuổi", "100", 100, "measure", "tuổi", optional=True),
    fig("cho 312 cụ", "312", 312, "count", "cụ", subject="cụ được mừng thọ tại xã Quỳnh Đôi"),
    fig("có ba cụ", "ba", 3, "count", "cụ", total=312, subject="cụ trên 100 tuổi tại xã Quỳnh Đôi"),
    fig("trên 100 tuổi", "100", 100, "measure", "tuổi", approx="over", optional=True),
    fig("Khang, 104 tuổi", "104", 104, "measure", "tuổi", subject="tuổi của cụ ông Hồ Sỹ Khang"),
    fig("khoảng 2 km", "2", 2, "measure", "km", approx="about",
        subject="quãng đường cụ Hồ Sỹ Khang đi bộ hằng ngày"),
    fig("từ 300.000 đến 500.000", "300.000", 300000, "money", "đồng/cụ", value_max=500000,
        subject="tiền mặt trong quà mừng thọ"),
    fig("hơn 2,6 tỷ", "2,6", 2.6e9, "money", "đồng", approx="over", subject="tổng kinh phí mừng thọ toàn huyện"),
    fig("gần 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="nearly", percent=42,
        subject="kinh phí các dòng họ ủng hộ"),
    fig("hơn 41 nghìn", "41", 41000, "count", "người cao tuổi", approx="over", percent=15.2,
        subject="người cao tuổi toàn huyện"),
    fig("100% xã", "100", 100, "percent", "%",
        subject="tỷ lệ xã, thị trấn có câu lạc bộ liên thế hệ tự giúp nhau"),
    fig("số 36 câu lạc bộ", "36", 36, "count", "câu lạc bộ",
        subject="câu lạc bộ liên thế hệ tự giúp nhau"),
    fig("gần 1.800", "1.800", 1800, "count", "thành viên", approx="nearly",
        subject="thành viên câu lạc bộ liên thế hệ tự giúp nhau"),
    fig("thêm 5 câu lạc bộ", "5", 5, "count", "câu lạc bộ", status="target",
        subject="câu lạc bộ thành lập thêm", period=Y24),
]

NOTES = [
    "District portal (huyện Quỳnh Lưu, Nghệ An): banner naming the district, breadcrumb, '14/02/2024 - 10:20' under the headline,",
    "'Nguồn:', 'Tin khác', address footer. Default location Quỳnh Lưu (a commune, xã Quỳnh Đôi, is below the location level).",
    "Distractors: 'Sáng 14/2 (mùng 5 Tết)', 10:20, 'lần thứ 15', 'Khối 3', phone, 'năm 2024' in a link.",
    "'Năm nay' = 2024 (dateline). 'nhiều hơn năm trước 376 cụ' is a change in cụ. 'Trong đó' after a sentence break: parts of 8.412.",
    "Age thresholds naming a group ('tuổi 90', 'tuổi 95', 'từ 100 tuổi', 'trên 100 tuổi') are optional; the age of cụ Khang is required.",
    "'ba cụ' (number word) is part of the 312 ('trong đó'). 'riêng các dòng họ ... gần 1,1 tỷ, chiếm khoảng 42%': 'riêng' is no part-of cue, so",
    "no total; 42% is its percent attribute. Range 300.000-500.000 đồng/cụ. 'Năm 2024, huyện phấn đấu ... 5 câu lạc bộ': target.",
]

if __name__ == "__main__":
    write("p1276-2", TEXT, NOTES, FIGS, published="2024-02-14", location="Quỳnh Lưu")
