"""p940-2: district portal (huyện Quản Bạ, Hà Giang), chestnut harvest 2024."""
from lib import F, write, year, inh, period, change

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN QUẢN BẠ - TỈNH HÀ GIANG
Trang chủ / Kinh tế / Nông - Lâm nghiệp
Quản Bạ: Người dân vào vụ thu hoạch dẻ
Thứ Năm, 10/10/2024 - 14:35

Những ngày này, bà con các xã Tùng Vài, Cao Mã Pờ, Quyết Tiến đang tập trung thu hoạch hạt dẻ vụ năm 2024. Toàn huyện hiện có 615 ha dẻ, trong đó 438 ha đang cho thu hoạch. Riêng 9 tháng đầu năm, huyện đã trồng mới được 42 ha, đạt 84% kế hoạch.

Theo UBND huyện, sản lượng hạt dẻ năm nay ước đạt 290 tấn, tăng 35 tấn so với năm 2023. Xã Tùng Vài có diện tích lớn nhất với 176 ha, sản lượng khoảng 95 tấn; tiếp đến là xã Cao Mã Pờ 128 ha và Quyết Tiến 97 ha. Trong quý III/2024, các điểm thu mua dọc Quốc lộ 4C đã tiêu thụ khoảng 120 tấn hạt dẻ tươi.

Giá thu mua hạt dẻ tại vườn hiện từ 55.000 đến 65.000 đồng/kg; hạt dẻ đã qua sơ chế bán tại chợ phiên Quản Bạ có giá 80.000 đồng/kg. Với giá này, người dân thu về khoảng 17 tỷ đồng, bình quân mỗi hộ trồng dẻ thu trên 20 triệu đồng/năm.

Để phát triển cây dẻ thành hàng hóa, huyện đã thành lập 3 hợp tác xã thu mua, sơ chế hạt dẻ với 68 thành viên. Sản phẩm "Hạt dẻ Quản Bạ" của HTX Nông nghiệp Tùng Vài được công nhận OCOP 3 sao năm 2023. Năm 2025, huyện phấn đấu trồng mới 60 ha dẻ, nâng tổng diện tích lên 675 ha.

Phòng Nông nghiệp và PTNT huyện Quản Bạ
Địa chỉ: Tổ 2, thị trấn Tam Sơn, huyện Quản Bạ. Điện thoại: 0219.3846.112
"""

NAY = year("năm nay", 2024)
Y25 = year("Năm 2025", 2025)

FIGS = [
    F("hiện có 615 ha", "615", 615, "measure", "ha", "diện tích dẻ"),
    F("trong đó 438 ha", "438", 438, "measure", "ha", "diện tích dẻ cho thu hoạch", total=615),
    F("mới được 42 ha", "42", 42, "measure", "ha", "diện tích dẻ trồng mới",
      period("9 tháng đầu năm", "2024-01-01", "2024-09-30"), percent=84),
    F("ước đạt 290 tấn", "290", 290, "measure", "tấn", "sản lượng hạt dẻ", NAY, status="estimate",
      change=change("increase", 35, "tấn", "năm 2023")),
    F("với 176 ha", "176", 176, "measure", "ha", "diện tích dẻ xã Tùng Vài"),
    F("khoảng 95 tấn", "95", 95, "measure", "tấn", "sản lượng hạt dẻ xã Tùng Vài", inh(NAY), approx="about"),
    F("Cao Mã Pờ 128 ha", "128", 128, "measure", "ha", "diện tích dẻ xã Cao Mã Pờ"),
    F("Quyết Tiến 97 ha", "97", 97, "measure", "ha", "diện tích dẻ xã Quyết Tiến"),
    F("khoảng 120 tấn", "120", 120, "measure", "tấn", "hạt dẻ tươi tiêu thụ tại các điểm thu mua",
      period("quý III/2024", "2024-07-01", "2024-09-30"), approx="about"),
    F("từ 55.000 đến 65.000 đồng/kg", "55.000", 55000, "money", "đồng/kg", "giá thu mua hạt dẻ tại vườn",
      value_max=65000),
    F("giá 80.000 đồng/kg", "80.000", 80000, "money", "đồng/kg", "giá hạt dẻ đã qua sơ chế"),
    F("khoảng 17 tỷ đồng", "17", 17_000_000_000, "money", "đồng", "tiền người dân thu về từ hạt dẻ", approx="about"),
    F("trên 20 triệu đồng/năm", "20", 20_000_000, "money", "đồng/năm", "thu nhập bình quân mỗi hộ trồng dẻ",
      approx="over"),
    F("thành lập 3 hợp tác xã", "3", 3, "count", "hợp tác xã", "hợp tác xã thu mua, sơ chế hạt dẻ"),
    F("với 68 thành viên", "68", 68, "count", "thành viên", "thành viên hợp tác xã"),
    F("OCOP 3 sao", "3", 3, "measure", "sao", None, optional=True),
    F("trồng mới 60 ha", "60", 60, "measure", "ha", "diện tích dẻ trồng mới", Y25, status="target"),
    F("lên 675 ha", "675", 675, "measure", "ha", "tổng diện tích dẻ", Y25, status="target"),
]

COMMENTS = [
    "Cổng TTĐT huyện Quản Bạ (Hà Giang): thu hoạch dẻ vụ 2024; commune figures, prices, HTX, 2025 targets.",
    "Location: the district (communes Tùng Vài, Cao Mã Pờ, Quyết Tiến lie in it; a commune is not a location of the contract),",
    "so commune names go into the subject. 'Quốc lộ 4C', 'Tổ 2', phone, dateline, 'năm 2023' (OCOP year) are not figures.",
    "'Riêng 9 tháng đầu năm' takes 2024 from 'vụ năm 2024'. 'hiện' gives no period; 'năm nay' = 2024.",
    "42 ha newly planted is not a part of the 615 ha stock ('Riêng' opens a new sentence about another indicator): no total.",
]

write(2, TEXT, FIGS, COMMENTS, published="2024-10-10", location="Quản Bạ")
