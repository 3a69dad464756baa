"""p1467-2: district portal (huyện Thường Tín, Hà Nội): a bathroom-mirror cooperative in xã Hà Hồi."""
from lib import F, period, inherited, change, target, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THƯỜNG TÍN - THÀNH PHỐ HÀ NỘI
Trang chủ | Tin tức | Kinh tế | Làng nghề

Hợp tác xã Tiến Thành làm giàu từ gương phòng tắm

Ngày đăng: 19/03/2024 - 15:10

Thành lập năm 2016 tại xã Hà Hồi, Hợp tác xã Gương kính Tiến Thành ban đầu chỉ có 7 thành viên với một máy cắt kính bán tự động. Đến nay, hợp tác xã có 42 lao động, trong đó 17 lao động nữ, vận hành hai xưởng với tổng diện tích khoảng 1.800 m2.

Sản phẩm chủ lực là gương phòng tắm cắt CNC, gương đèn LED và gương tủ lavabo. Mỗi tháng, hợp tác xã xuất xưởng khoảng 3.200 chiếc gương; giá bán từ 450.000 đồng đến 1,2 triệu đồng/chiếc tùy kích thước. Năm 2023, doanh thu đạt 18,6 tỷ đồng, tăng 14% so với năm 2022, lợi nhuận hơn 2,1 tỷ đồng; thu nhập bình quân của người lao động 9,5 triệu đồng/tháng, cao hơn 1,2 triệu đồng so với năm trước.

2 tháng đầu năm 2024, doanh thu của hợp tác xã đạt 3,1 tỷ đồng, trong đó gương đèn LED chiếm khoảng 40%. Năm 2024, hợp tác xã phấn đấu doanh thu 22 tỷ đồng và dự kiến tuyển thêm từ 10 đến 15 lao động.

Theo UBND huyện, toàn huyện hiện có 26 cơ sở sản xuất, gia công gương kính, gồm 4 doanh nghiệp và 22 hộ kinh doanh, tập trung ở các xã Hà Hồi, Quất Động và Nhị Khê. Huyện phấn đấu đến năm 2025 có ít nhất 3 sản phẩm gương đạt chuẩn OCOP 3 sao trở lên.

Nguồn: Phòng Kinh tế huyện Thường Tín

Tin khác:
- Thường Tín tổng kết công tác khuyến công năm 2023
- Xã Hà Hồi ra quân tổng vệ sinh môi trường

Địa chỉ: Số 5 đường Lý Tử Tấn, thị trấn Thường Tín, huyện Thường Tín, Hà Nội
Điện thoại: 024.3385.3218
"""

Y16 = period("năm 2016", "2016-01-01", "2016-12-31")
Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
M2 = period("2 tháng đầu năm 2024", "2024-01-01", "2024-02-29")
Y24 = period("Năm 2024", "2024-01-01", "2024-12-31")
TO25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("có 7 thành viên", "7", 7, "count", "thành viên", "thành viên hợp tác xã ban đầu", Y16),
    F("một máy cắt kính", "một", 1, "count", "máy cắt kính", "máy cắt kính bán tự động", Y16),
    F("có 42 lao động", "42", 42, "count", "lao động", "lao động của hợp tác xã"),
    F("17 lao động nữ", "17", 17, "count", "lao động", "lao động nữ", total=42),
    F("hai xưởng", "hai", 2, "count", "xưởng", "xưởng hợp tác xã vận hành"),
    F("khoảng 1.800 m2", "1.800", 1800, "measure", "m2", "tổng diện tích hai xưởng", approx="about"),
    F("khoảng 3.200 chiếc", "3.200", 3200, "measure", "chiếc/tháng", "gương hợp tác xã xuất xưởng mỗi tháng",
      approx="about"),
    F("từ 450.000 đồng", "450.000", 450000, "money", "đồng/chiếc", "giá bán gương", value_max=1.2e6),
    F("đạt 18,6 tỷ", "18,6", 18.6e9, "money", "đồng", "doanh thu hợp tác xã", Y23,
      change=change("increase", 14, "%", "năm 2022")),
    F("hơn 2,1 tỷ", "2,1", 2.1e9, "money", "đồng", "lợi nhuận hợp tác xã", Y23, approx="over"),
    F("lao động 9,5 triệu", "9,5", 9.5e6, "money", "đồng/tháng", "thu nhập bình quân của người lao động", Y23,
      change=change("increase", 1.2e6, "đồng", "năm trước")),
    F("đạt 3,1 tỷ", "3,1", 3.1e9, "money", "đồng", "doanh thu của hợp tác xã", M2),
    F("khoảng 40%", "40", 40, "percent", "%", "tỷ trọng gương đèn LED trong doanh thu của hợp tác xã", M2,
      approx="about"),
    F("doanh thu 22 tỷ", "22", 22e9, "money", "đồng", "doanh thu hợp tác xã", Y24, status="target"),
    F("từ 10 đến 15", "10", 10, "count", "lao động", "lao động hợp tác xã tuyển thêm", Y24,
      value_max=15, status="forecast"),
    F("có 26 cơ sở", "26", 26, "count", "cơ sở", "cơ sở sản xuất, gia công gương kính"),
    F("gồm 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp sản xuất, gia công gương kính",
      total=26),
    F("22 hộ kinh doanh", "22", 22, "count", "hộ kinh doanh", "hộ kinh doanh sản xuất, gia công gương kính",
      total=26),
    F("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", "sản phẩm gương đạt chuẩn OCOP", TO25,
      approx="at_least", status="target"),
]

NOTES = [
    "District portal (huyện Thường Tín, Hà Nội): banner naming the district, menu, 'Ngày đăng: 19/03/2024 - 15:10', 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 'Thành lập năm 2016', 15:10, 'OCOP 3 sao', 'năm 2023' in a link, 'Số 5 đường Lý Tử Tấn', phone 024.3385.3218.",
    "All figures are in huyện Thường Tín (the district portal, xã Hà Hồi): location Thường Tín.",
    "'ban đầu chỉ có 7 thành viên với một máy cắt kính' is dated by 'Thành lập năm 2016' in the same sentence: period 2016.",
    "'Đến nay' and 'hiện có' give no period (as in the shared gold: 'Đến nay 60% tiền học phí').",
    "'Mỗi tháng ... khoảng 3.200 chiếc' is a monthly rate: measure 'chiếc/tháng'. Price range 450.000 đồng - 1,2 triệu đồng/chiếc.",
    "'cao hơn 1,2 triệu đồng so với năm trước' is the change of the wage. 'trong đó gương đèn LED chiếm khoảng 40%' is a percent figure.",
    "'phấn đấu' → target; 'dự kiến' (its own clause after 'và') → forecast. '2 tháng đầu năm 2024' ends 2024-02-29.",
    "'gồm 4 doanh nghiệp và 22 hộ kinh doanh' add up to 26: both take total 26.",
]

if __name__ == "__main__":
    write("p1467-2", TEXT, NOTES, FIGS, published="2024-03-19", location="Thường Tín")
