"""p1461-2: district portal (huyện Văn Lâm, Hưng Yên): a recycling cooperative for used cartridges."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN VĂN LÂM - TỈNH HƯNG YÊN
Trang chủ | Tin tức | Kinh tế | Văn bản | Liên hệ

Văn Lâm: HTX Phúc Hưng tái chế hơn 240.000 hộp mực in cũ

Ngày đăng: 22/05/2024

Thành lập năm 2017 tại xã Minh Hải, Hợp tác xã Dịch vụ và Tái chế Phúc Hưng hiện có 27 thành viên, giải quyết việc làm thường xuyên cho 64 lao động, trong đó 38 lao động nữ.

Năm 2023, HTX thu gom khoảng 320.000 hộp mực in laser và in phun đã qua sử dụng từ các cơ quan, doanh nghiệp ở Hà Nội, Hưng Yên và Hải Dương, vượt 6,7% kế hoạch; tái chế, nạp mực và đưa trở lại thị trường 246.000 hộp, đạt tỷ lệ 76,9%. Phần vỏ nhựa, lõi mực không tái sử dụng được, khoảng 18 tấn, được chuyển cho Công ty cổ phần Môi trường Xanh số 1 xử lý theo quy định.

Doanh thu năm 2023 của HTX đạt 9,6 tỷ đồng, tăng 14% so với năm 2022; lợi nhuận hơn 1,1 tỷ đồng. Thu nhập bình quân của người lao động từ 7 đến 8,5 triệu đồng/người/tháng.

Mỗi hộp mực laser tái chế được bán với giá từ 120.000 đến 180.000 đồng. Giá hộp mực tái chế chỉ bằng khoảng 35% giá hộp mực chính hãng cùng loại.

Năm 2024, HTX phấn đấu thu gom 400.000 hộp mực, doanh thu đạt 12 tỷ đồng; dự kiến đầu tư thêm một máy nghiền nhựa trị giá khoảng 650 triệu đồng.

Theo Phòng Kinh tế và Hạ tầng huyện, toàn huyện hiện có 9 cơ sở nạp mực, sửa chữa và tái chế hộp mực in, gồm 2 hợp tác xã và 7 hộ kinh doanh, sử dụng khoảng 150 lao động.

Cơ quan chủ quản: UBND huyện Văn Lâm
Địa chỉ: Số 2 đường Nguyễn Văn Linh, thị trấn Như Quỳnh, huyện Văn Lâm, tỉnh Hưng Yên
Điện thoại: 0221.3985.112
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = P("năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("hơn 240.000 hộp", "240.000", 240000, "count", "hộp mực", approx="over",
      subject="hộp mực in cũ HTX Phúc Hưng tái chế"),
    F("có 27 thành viên", "27", 27, "count", "thành viên",
      subject="thành viên Hợp tác xã Dịch vụ và Tái chế Phúc Hưng"),
    F("cho 64 lao động", "64", 64, "count", "lao động",
      subject="lao động có việc làm thường xuyên tại HTX"),
    F("38 lao động nữ", "38", 38, "count", "lao động nữ", total=64, subject="lao động nữ"),
    F("khoảng 320.000 hộp", "320.000", 320000, "count", "hộp mực", approx="about",
      change=C("increase", 6.7, "%", "kế hoạch"),
      subject="hộp mực in laser và in phun đã qua sử dụng HTX thu gom", period=Y23),
    F("thị trường 246.000 hộp", "246.000", 246000, "count", "hộp", percent=76.9,
      subject="hộp mực tái chế, nạp mực và đưa trở lại thị trường", period=Y23),
    F("khoảng 18 tấn", "18", 18, "measure", "tấn", approx="about",
      subject="vỏ nhựa, lõi mực không tái sử dụng được chuyển đi xử lý", period=I(Y23)),
    F("đạt 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", change=C("increase", 14, "%", "năm 2022"),
      subject="doanh thu của HTX", period=Y23b),
    F("hơn 1,1 tỷ", "1,1", 1.1e9, "money", "đồng", approx="over", subject="lợi nhuận của HTX", period=Y23b),
    F("từ 7 đến 8,5 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=8.5e6,
      subject="thu nhập bình quân của người lao động"),
    F("từ 120.000 đến 180.000", "120.000", 120000, "money", "đồng/hộp", value_max=180000,
      subject="giá bán hộp mực laser tái chế"),
    F("khoảng 35%", "35", 35, "percent", "%", approx="about",
      subject="giá hộp mực tái chế so với giá hộp mực chính hãng cùng loại"),
    F("thu gom 400.000 hộp", "400.000", 400000, "count", "hộp mực", status="target",
      subject="hộp mực HTX thu gom", period=Y24),
    F("đạt 12 tỷ", "12", 12e9, "money", "đồng", status="target", subject="doanh thu của HTX", period=Y24),
    F("thêm một máy", "một", 1, "count", "máy nghiền nhựa", status="forecast",
      subject="máy nghiền nhựa HTX đầu tư thêm", period=Y24),
    F("khoảng 650 triệu", "650", 650e6, "money", "đồng", approx="about", status="forecast",
      subject="trị giá máy nghiền nhựa", period=Y24),
    F("có 9 cơ sở", "9", 9, "count", "cơ sở",
      subject="cơ sở nạp mực, sửa chữa và tái chế hộp mực in"),
    F("gồm 2 hợp tác xã", "2", 2, "count", "hợp tác xã", total=9,
      subject="hợp tác xã nạp mực, sửa chữa và tái chế hộp mực in"),
    F("và 7 hộ kinh doanh", "7", 7, "count", "hộ kinh doanh", total=9,
      subject="hộ kinh doanh nạp mực, sửa chữa và tái chế hộp mực in"),
    F("khoảng 150 lao động", "150", 150, "count", "lao động", approx="about",
      subject="lao động các cơ sở nạp mực, sửa chữa và tái chế hộp mực in sử dụng"),
]

NOTES = [
    "District portal (huyện Văn Lâm, Hưng Yên), banner names the district; 'Ngày đăng: 22/05/2024' is the dateline.",
    "Distractors: founding year 'năm 2017', 'Môi trường Xanh số 1', 'Số 2 đường Nguyễn Văn Linh', phone 0221.3985.112, baseline 'năm 2022'.",
    "Location Văn Lâm throughout; the provinces the cartridges are collected from (Hà Nội, Hưng Yên, Hải Dương) are not the figure's place.",
    "'vượt 6,7% kế hoạch' is a change against the plan; 246.000 has percent 76,9 but no total (no part-of cue).",
    "'Giá hộp mực tái chế chỉ bằng khoảng 35% ...' stands in its own sentence with no amount before it: a percent figure.",
    "'phấn đấu' governs both 2024 clauses (target); 'dự kiến' the clause after ';' (forecast, period Năm 2024 of the same sentence).",
    "'gồm 2 hợp tác xã và 7 hộ kinh doanh' are parts of the 9 cơ sở.",
]

if __name__ == "__main__":
    write("p1461-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Văn Lâm")
