from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CAO PHONG
Tin tức > Nông nghiệp - Nông thôn

Cao Phong: Vào vụ thu hoạch cam, giá bán giảm từ 15 đến 20%
Thứ Năm, 14/12/2023 - 15:20

Vụ cam năm 2023, toàn huyện Cao Phong có 1.620 ha cam cho thu hoạch, giảm 380 ha so với vụ trước do người dân chặt bỏ diện tích già cỗi, kém hiệu quả. Sản lượng ước đạt khoảng 32.500 tấn, trong đó cam lòng vàng khoảng 21.000 tấn, cam Xã Đoài khoảng 6.800 tấn, còn lại là cam CS1 và cam V2.

Theo các hộ trồng cam ở xã Thu Phong và xã Tây Phong, đầu vụ giá cam lòng vàng tại vườn chỉ từ 10.000 đến 13.000 đồng/kg, giảm từ 15 đến 20% so với cùng kỳ năm trước; cam đạt chuẩn VietGAP bán được giá cao hơn, khoảng 18.000 đồng/kg.

Hiện huyện có 245 ha cam sản xuất theo tiêu chuẩn VietGAP với 9 hợp tác xã, tổ hợp tác tham gia; 14 vùng trồng cam đã được cấp mã số phục vụ xuất khẩu và tiêu thụ trong siêu thị, với tổng diện tích 312,5 ha. Trong năm 2023, huyện đã tổ chức 3 đợt xúc tiến thương mại, hội chợ cam, thu hút hơn 15.000 lượt khách tham quan, mua sắm.

Huyện đặt mục tiêu đến năm 2025 ổn định diện tích cam khoảng 1.500 ha, nâng diện tích đạt chứng nhận VietGAP lên 400 ha, giá trị thu nhập bình quân đạt 250 triệu đồng/ha/năm.

Mọi ý kiến đóng góp xin gửi về Phòng Nông nghiệp và PTNT huyện, tiểu khu 2, thị trấn Cao Phong, tỉnh Hòa Bình; điện thoại: 0218.3844.035.

Bùi Thu Hà - Trung tâm VH-TT huyện
"""

Y23 = P("Vụ cam năm 2023", "2023-01-01", "2023-12-31")
T25 = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("bán giảm từ 15 đến 20%", "15", 15, "percent", "%", "giá bán cam", value_max=20),
    F("có 1.620 ha", "1.620", 1620, "measure", "ha", "diện tích cam cho thu hoạch", Y23,
      change=CH("decrease", 380, "ha", baseline="vụ trước")),
    F("ước đạt khoảng 32.500 tấn", "32.500", 32500, "measure", "tấn", "sản lượng cam", I(Y23),
      approx="about", status="estimate"),
    F("lòng vàng khoảng 21.000 tấn", "21.000", 21000, "measure", "tấn", "sản lượng cam lòng vàng", I(Y23),
      approx="about", total=32500, status="estimate"),
    F("Xã Đoài khoảng 6.800 tấn", "6.800", 6800, "measure", "tấn", "sản lượng cam Xã Đoài", I(Y23),
      approx="about", total=32500, status="estimate"),
    F("từ 10.000 đến 13.000 đồng/kg", "10.000", 10000, "money", "đồng/kg", "giá cam lòng vàng tại vườn đầu vụ",
      value_max=13000, change=CH("decrease", 15, baseline="cùng kỳ năm trước")),
    F("khoảng 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg", "giá bán cam đạt chuẩn VietGAP", approx="about"),
    F("có 245 ha", "245", 245, "measure", "ha", "diện tích cam sản xuất theo tiêu chuẩn VietGAP"),
    F("với 9 hợp tác xã", "9", 9, "count", "hợp tác xã, tổ hợp tác",
      "hợp tác xã, tổ hợp tác tham gia sản xuất cam theo tiêu chuẩn VietGAP"),
    F("; 14 vùng trồng", "14", 14, "count", "vùng trồng", "vùng trồng cam đã được cấp mã số"),
    F("diện tích 312,5 ha", "312,5", 312.5, "measure", "ha", "tổng diện tích vùng trồng cam được cấp mã số"),
    F("tổ chức 3 đợt", "3", 3, "count", "đợt", "đợt xúc tiến thương mại, hội chợ cam",
      P("Trong năm 2023", "2023-01-01", "2023-12-31")),
    F("hơn 15.000 lượt khách", "15.000", 15000, "count", "lượt khách", "lượt khách tham quan, mua sắm",
      P("Trong năm 2023", "2023-01-01", "2023-12-31"), approx="over"),
    F("khoảng 1.500 ha", "1.500", 1500, "measure", "ha", "diện tích cam ổn định", T25,
      approx="about", status="target"),
    F("lên 400 ha", "400", 400, "measure", "ha", "diện tích cam đạt chứng nhận VietGAP", T25, status="target"),
    F("đạt 250 triệu", "250", 250000000, "money", "đồng/ha/năm", "giá trị thu nhập bình quân", T25, status="target"),
]

COMMENTS = [
    "District portal (huyện Cao Phong, Hòa Bình): orange harvest 2023, prices down, VietGAP, growing-area codes, 2025 targets.",
    "`Thứ Năm, 14/12/2023 - 15:20` gives published. The headline's `giá bán giảm từ 15 đến 20%` is a rate that is the claim",
    "(percent figure, no change); in the body the same range is the change of the price range (change value = lower end).",
    "Variety names `cam CS1`, `cam V2`, `cam Xã Đoài`, address `tiểu khu 2`, phone and byline are distractors.",
    "The figures describe the district: location Cao Phong (communes Thu Phong, Tây Phong are below district level).",
]

if __name__ == "__main__":
    emit("p603-2", TEXT, COMMENTS, FIGS, published="2023-12-14", location="Cao Phong")
