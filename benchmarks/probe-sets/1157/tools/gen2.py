"""p1157-2: Krông Năng district portal (Đắk Lắk), specialty coffee processing, Q1 2024 training and a farm in Ea Tóh."""
from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG NĂNG
Trang chủ / Kinh tế / Nông nghiệp

Krông Năng nâng giá trị cà phê đặc sản từ khâu sơ chế

Ngày đăng: 02/04/2024 - 15:20

Quý I, Phòng Nông nghiệp và Phát triển nông thôn huyện phối hợp với các hợp tác xã tổ chức 6 lớp tập huấn thu hái, sơ chế cà phê đặc sản cho 240 lượt nông dân, vượt 20% kế hoạch. Toàn huyện hiện có 14 hợp tác xã sản xuất, kinh doanh cà phê, trong đó 5 hợp tác xã có xưởng rang xay riêng.

Năm 2023, diện tích cà phê đặc sản của huyện đạt 310 ha với 126 hộ tham gia, tăng 85 ha so với năm 2022; sản lượng cà phê nhân đặc sản khoảng 420 tấn. Các xã có diện tích lớn là Ea Tóh, Phú Lộc và Ea Hồ với lần lượt 95 ha, 72 ha và 58 ha. Tỷ lệ quả chín khi thu hái đạt trên 95%, độ ẩm cà phê nhân sau phơi dưới 12,5%.

Gia đình ông Y Khâm Niê ở buôn Ea Tóh, xã Ea Tóh có 2,5 ha cà phê, áp dụng quy trình sơ chế ướt, lên men từ 36 đến 48 giờ. Ông đầu tư hai nhà phơi kiểu nhà kính, mỗi nhà rộng 200 m2. Vụ vừa qua, gia đình thu hoạch 8 tấn cà phê nhân, trong đó 3,2 tấn đạt chuẩn đặc sản được Công ty TNHH Cà phê Ama ở TP Buôn Ma Thuột thu mua với giá 110.000 đồng/kg, cao hơn khoảng 20.000 đồng/kg so với cà phê thường. Sau khi trừ chi phí, ông lãi hơn 450 triệu đồng.

Năm 2024, huyện dự kiến mở rộng diện tích cà phê đặc sản lên 400 ha; phấn đấu 100% hợp tác xã có sản phẩm cà phê rang xay mang nhãn hiệu riêng.

Minh Thuận - Trung tâm Văn hóa, Thông tin và Thể thao huyện
Địa chỉ: số 117 Hùng Vương, thị trấn Krông Năng | Điện thoại: 0262.3670.215
"""

Q1 = P("Quý I", "2024-01-01", "2024-03-31")
Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("Năm 2024", "2024-01-01", "2024-12-31")
AREA = "diện tích cà phê đặc sản"

FIGS = [
    F("tổ chức 6 lớp", "6", 6, "count", "lớp", subject="lớp tập huấn thu hái, sơ chế cà phê đặc sản", period=Q1),
    F("cho 240 lượt", "240", 240, "count", "lượt nông dân", change=C("increase", 20, "%", "kế hoạch"),
      subject="lượt nông dân được tập huấn thu hái, sơ chế cà phê đặc sản", period=Q1),
    F("hiện có 14 hợp tác xã", "14", 14, "count", "hợp tác xã",
      subject="hợp tác xã sản xuất, kinh doanh cà phê"),
    F("5 hợp tác xã", "5", 5, "count", "hợp tác xã", total=14,
      subject="hợp tác xã có xưởng rang xay riêng"),
    F("đạt 310 ha", "310", 310, "measure", "ha", change=C("increase", 85, "ha", "năm 2022"),
      subject=AREA, period=Y23),
    F("với 126 hộ", "126", 126, "count", "hộ", subject="hộ tham gia sản xuất cà phê đặc sản", period=Y23),
    F("khoảng 420 tấn", "420", 420, "measure", "tấn", approx="about",
      subject="sản lượng cà phê nhân đặc sản", period=Y23),
    F("lần lượt 95 ha", "95", 95, "measure", "ha", subject=AREA + " xã Ea Tóh", period=I(Y23)),
    F("95 ha, 72 ha", "72", 72, "measure", "ha", subject=AREA + " xã Phú Lộc", period=I(Y23)),
    F("72 ha và 58 ha", "58", 58, "measure", "ha", subject=AREA + " xã Ea Hồ", period=I(Y23)),
    F("trên 95%", "95", 95, "percent", "%", approx="over",
      subject="tỷ lệ quả chín khi thu hái", period=I(Y23)),
    F("dưới 12,5%", "12,5", 12.5, "percent", "%", approx="under",
      subject="độ ẩm cà phê nhân sau phơi", period=I(Y23)),
    F("có 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích cà phê của gia đình ông Y Khâm Niê"),
    F("từ 36 đến 48 giờ", "36", 36, "measure", "giờ", value_max=48, subject="thời gian lên men"),
    F("hai nhà phơi", "hai", 2, "count", "nhà phơi", subject="nhà phơi kiểu nhà kính"),
    F("rộng 200 m2", "200", 200, "measure", "m2", subject="diện tích mỗi nhà phơi"),
    F("hoạch 8 tấn", "8", 8, "measure", "tấn", subject="cà phê nhân gia đình thu hoạch"),
    F("3,2 tấn", "3,2", 3.2, "measure", "tấn", total=8, subject="cà phê nhân đạt chuẩn đặc sản"),
    F("giá 110.000 đồng/kg", "110.000", 110000, "money", "đồng/kg",
      change=C("increase", 20000, "đồng/kg", "cà phê thường", approx="about"),
      subject="giá thu mua cà phê nhân đặc sản"),
    F("hơn 450 triệu", "450", 450e6, "money", "đồng", approx="over", subject="tiền lãi sau khi trừ chi phí"),
    F("lên 400 ha", "400", 400, "measure", "ha", status="forecast", subject=AREA, period=Y24),
    F("phấn đấu 100%", "100", 100, "percent", "%", status="target",
      subject="tỷ lệ hợp tác xã có sản phẩm cà phê rang xay mang nhãn hiệu riêng", period=Y24),
]

NOTES = [
    "District portal (huyện Krông Năng, Đắk Lắk): header, breadcrumb, 'Ngày đăng: 02/04/2024 - 15:20', byline + address + phone at the end.",
    "Distractors: time 15:20, 'số 117 Hùng Vương', phone 0262.3670.215, 'Quý I' (period), 'năm 2022' (baseline).",
    "'Quý I' has no year: published 2024. 'vượt 20% kế hoạch' is the change of 240 lượt (baseline kế hoạch).",
    "'tăng 85 ha so với năm 2022' belongs to 310 ha (same unit), not to 126 hộ standing between them.",
    "Communes (Ea Tóh, Phú Lộc, Ea Hồ) are not province/city/district: location stays Krông Năng, commune goes into the subject.",
    "The farm passage has no dated period ('Vụ vừa qua' is vague): no period. 'hai nhà phơi' is a number word. 'trên 95%' and 'dưới 12,5%' inherit Năm 2023.",
    "'dự kiến … lên 400 ha' forecast; after ';' 'phấn đấu 100%' is target.",
]

if __name__ == "__main__":
    write("p1157-2", TEXT, NOTES, FIGS, published="2024-04-02", location="Krông Năng")
