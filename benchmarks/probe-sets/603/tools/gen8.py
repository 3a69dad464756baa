from lib import F, P, I, CH, emit

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ XÃ CHÍ ĐÁM
Huyện Đoan Hùng - Tỉnh Phú Thọ
Trang chủ / Tin tức - Sự kiện / Phát triển kinh tế

Bưởi Chí Đám vào vụ Tết, mỗi ha thu trên 350 triệu đồng
Ngày đăng: 08/01/2024 10:25

Năm 2023, toàn xã có 486 ha bưởi, trong đó 412 ha đang cho thu hoạch, với 1.135 hộ tham gia trồng bưởi (chiếm 78% số hộ toàn xã). Sản lượng ước đạt 6.180 tấn, tăng 6,5% so với năm 2022; giá trị ước đạt 148,3 tỷ đồng.

Hiện nay, giá bưởi Sửu loại đẹp bán tại vườn từ 35.000 đến 40.000 đồng/quả, bưởi Bằng Luân từ 18.000 đến 22.000 đồng/quả. Bình quân mỗi ha bưởi cho thu nhập trên 350 triệu đồng, cao gấp 3 lần so với trồng lúa.

Xã đã có 215 ha bưởi được cấp chứng nhận VietGAP; 3 vùng trồng với tổng diện tích 96 ha được cấp mã số để xuất khẩu sang Vương quốc Anh. Quý IV/2023, Hợp tác xã Nông nghiệp Chí Đám xuất khẩu lô bưởi thứ 2 với 12 tấn, giá bán gấp 1,5 lần tiêu thụ trong nước.

Theo ông Hà Văn Bình, Chủ tịch UBND xã, năm 2024 xã phấn đấu nâng diện tích VietGAP lên 260 ha, giá trị sản xuất bưởi đạt 160 tỷ đồng; tiếp tục duy trì 7 điểm bán bưởi trên Quốc lộ 2 đoạn qua các khu 6, khu 9.

Tin, ảnh: Nguyễn Hạnh - Đài Truyền thanh xã
Địa chỉ: Khu 4, xã Chí Đám, huyện Đoan Hùng, tỉnh Phú Thọ
Điện thoại: 0210.3883.125
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("thu trên 350 triệu", "350", 350000000, "money", "đồng/ha", "thu nhập mỗi ha bưởi", approx="over"),
    F("có 486 ha", "486", 486, "measure", "ha", "diện tích bưởi", Y23),
    F("trong đó 412 ha", "412", 412, "measure", "ha", "diện tích bưởi đang cho thu hoạch", Y23, total=486),
    F("với 1.135 hộ", "1.135", 1135, "count", "hộ", "hộ tham gia trồng bưởi", Y23, percent=78),
    F("ước đạt 6.180 tấn", "6.180", 6180, "measure", "tấn", "sản lượng bưởi", I(Y23),
      change=CH("increase", 6.5, baseline="năm 2022"), status="estimate"),
    F("ước đạt 148,3 tỷ", "148,3", 148300000000, "money", "đồng", "giá trị sản xuất bưởi", I(Y23), status="estimate"),
    F("từ 35.000 đến 40.000 đồng/quả", "35.000", 35000, "money", "đồng/quả", "giá bưởi Sửu loại đẹp bán tại vườn",
      value_max=40000),
    F("từ 18.000 đến 22.000 đồng/quả", "18.000", 18000, "money", "đồng/quả", "giá bưởi Bằng Luân bán tại vườn",
      value_max=22000),
    F("nhập trên 350 triệu", "350", 350000000, "money", "đồng/ha", "thu nhập bình quân mỗi ha bưởi", approx="over",
      change=CH("increase", 3, "lần", baseline="trồng lúa")),
    F("có 215 ha", "215", 215, "measure", "ha", "diện tích bưởi được cấp chứng nhận VietGAP"),
    F("; 3 vùng trồng", "3", 3, "count", "vùng trồng", "vùng trồng được cấp mã số xuất khẩu"),
    F("diện tích 96 ha", "96", 96, "measure", "ha", "tổng diện tích vùng trồng được cấp mã số xuất khẩu"),
    F("với 12 tấn", "12", 12, "measure", "tấn", "bưởi xuất khẩu lô thứ 2",
      P("Quý IV/2023", "2023-10-01", "2023-12-31")),
    F("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", "giá bán bưởi xuất khẩu so với tiêu thụ trong nước",
      P("Quý IV/2023", "2023-10-01", "2023-12-31")),
    F("lên 260 ha", "260", 260, "measure", "ha", "diện tích VietGAP", Y24, status="target"),
    F("đạt 160 tỷ", "160", 160000000000, "money", "đồng", "giá trị sản xuất bưởi", Y24, status="target"),
    F("duy trì 7 điểm", "7", 7, "count", "điểm bán bưởi", "điểm bán bưởi trên Quốc lộ 2", Y24, status="target"),
]

COMMENTS = [
    "Commune portal (xã Chí Đám, huyện Đoan Hùng, Phú Thọ): pomelo for Tết 2023 — area, households, output, value, prices per",
    "fruit, income per ha, VietGAP, export growing-area codes, 2024 targets. `Ngày đăng: 08/01/2024 10:25` gives published.",
    "Location Đoan Hùng: a commune is below district level, and the commune portal names its district.",
    "`cao gấp 3 lần so với trồng lúa` after the income figure is its change (unit lần); `giá bán gấp 1,5 lần tiêu thụ trong",
    "nước` has no base amount: a multiple. Variety `bưởi Bằng Luân`, `lô bưởi thứ 2` (ordinal), `Quốc lộ 2`, `khu 6, khu 9`,",
    "`Khu 4`, phone are distractors. `phấn đấu` governs all the clauses of its sentence (target).",
]

if __name__ == "__main__":
    emit("p603-8", TEXT, COMMENTS, FIGS, published="2024-01-08", location="Đoan Hùng")
