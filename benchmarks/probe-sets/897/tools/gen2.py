"""p897-2: huyện Hậu Lộc (Thanh Hóa) district portal, sewing groups (tổ may gia công) for rural women."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẬU LỘC
Trang chủ > Tin tức > Kinh tế

Tổ may gia công giúp phụ nữ nông thôn có việc làm tại chỗ

Thứ Ba, 12/03/2024 - 10:20

Những năm gần đây, mô hình tổ may gia công tại các xã ven biển của huyện Hậu Lộc phát triển mạnh. Năm 2023, toàn huyện có 14 doanh nghiệp may và 47 tổ may gia công quy mô hộ gia đình, giải quyết việc làm cho khoảng 6.200 lao động, trong đó có 5.400 lao động nữ.

Tại xã Hòa Lộc, 9 tổ may thường xuyên có từ 15 đến 25 lao động mỗi tổ. Tổ may của chị Lê Thị Năm ở thôn 3 nhận gia công quần áo trẻ em cho một công ty ở thành phố Thanh Hóa, bình quân mỗi tháng hoàn thành 8.000 sản phẩm với đơn giá 3.500 đồng/sản phẩm. Thu nhập của chị em trong tổ từ 5,5 đến 7 triệu đồng/người/tháng.

Để đầu tư 20 máy may công nghiệp và 2 máy vắt sổ, tổ vay 240 triệu đồng từ Ngân hàng Chính sách xã hội huyện; giá mỗi máy may công nghiệp khoảng 12 triệu đồng.

Quý I/2024, đơn hàng của các tổ may ước tăng khoảng 15% so với cùng kỳ. Năm 2024, huyện phấn đấu thành lập mới 6 tổ may, nâng tỷ lệ lao động nữ nông thôn có việc làm phi nông nghiệp lên 65%. Dự kiến Công ty TNHH May Hậu Lộc 2 tại cụm công nghiệp Đông Lộc sẽ tuyển thêm 350 công nhân trong quý II/2024.

Mọi thông tin tư vấn việc làm xin liên hệ Phòng Lao động - TB&XH huyện, điện thoại 0237.3831.245.

Minh Hằng (Trung tâm VH-TT&TT huyện)
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 14 doanh nghiệp may", "14", 14, "count", "doanh nghiệp", "doanh nghiệp may", Y23),
    F("và 47 tổ may", "47", 47, "count", "tổ may", "tổ may gia công quy mô hộ gia đình", Y23),
    F("khoảng 6.200 lao động", "6.200", 6200, "count", "lao động", "lao động được giải quyết việc làm", Y23,
      approx="about"),
    F("có 5.400 lao động nữ", "5.400", 5400, "count", "lao động nữ", "lao động nữ được giải quyết việc làm", Y23,
      total=6200),
    F("9 tổ may thường xuyên", "9", 9, "count", "tổ may", "tổ may tại xã Hòa Lộc"),
    F("từ 15 đến 25 lao động mỗi tổ", "15", 15, "measure", "lao động/tổ", "lao động mỗi tổ may", value_max=25),
    F("hoàn thành 8.000 sản phẩm", "8.000", 8000, "measure", "sản phẩm/tháng", "sản phẩm tổ may hoàn thành"),
    F("đơn giá 3.500 đồng/sản phẩm", "3.500", 3500, "money", "đồng/sản phẩm", "đơn giá gia công"),
    F("từ 5,5 đến 7 triệu đồng/người/tháng", "5,5", 5.5e6, "money", "đồng/người/tháng",
      "thu nhập của chị em trong tổ", value_max=7e6),
    F("đầu tư 20 máy may", "20", 20, "count", "máy may công nghiệp", "máy may công nghiệp tổ may đầu tư"),
    F("và 2 máy vắt sổ", "2", 2, "count", "máy vắt sổ", "máy vắt sổ tổ may đầu tư"),
    F("vay 240 triệu đồng", "240", 240e6, "money", "đồng", "vốn vay từ Ngân hàng Chính sách xã hội huyện"),
    F("khoảng 12 triệu đồng", "12", 12e6, "money", "đồng/máy", "giá mỗi máy may công nghiệp", approx="about"),
    F("ước tăng khoảng 15%", "15", 15, "percent", "%", "tăng đơn hàng của các tổ may so với cùng kỳ",
      P("Quý I/2024", "2024-01-01", "2024-03-31"), approx="about", status="estimate"),
    F("mới 6 tổ may", "6", 6, "count", "tổ may", "tổ may thành lập mới", Y24, status="target"),
    F("lên 65%", "65", 65, "percent", "%", "tỷ lệ lao động nữ nông thôn có việc làm phi nông nghiệp", Y24,
      status="target"),
    F("thêm 350 công nhân", "350", 350, "count", "công nhân", "công nhân Công ty TNHH May Hậu Lộc 2 tuyển thêm",
      P("quý II/2024", "2024-04-01", "2024-06-30"), status="forecast"),
]

write("p897-2", TEXT, FIGS, published="2024-03-12", location="Hậu Lộc", comments=[
    "Cổng TTĐT huyện Hậu Lộc (Thanh Hóa): tổ may gia công for rural women; dateline 'Thứ Ba, 12/03/2024 - 10:20', byline at the end.",
    "Not figures: thôn 3, 'Lê Thị Năm' (a name), 'May Hậu Lộc 2' (a name), phone 0237.3831.245, time 10:20.",
    "Commune figures (xã Hòa Lộc) take the district as location. Per-unit counts ('mỗi tổ', 'mỗi tháng') are measures with the",
    "denominator in the unit. 5.400 lao động nữ is a part of the 6.200 after 'trong đó'.",
])
