"""p937-2: huyện Tuy Phong (Bình Thuận) district portal - nho vụ Tết 2023, diện tích, năng suất, giá, lợi nhuận."""
from lib import F, P, I, C, T, build

TEXT = """
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TUY PHONG
Trang chủ / Tin tức / Kinh tế - Nông nghiệp
Thứ Tư, 20/12/2023 - 10:05

Nông dân Tuy Phong tất bật chăm sóc nho vụ Tết

Những ngày cuối năm, trên các cánh đồng nho ở xã Phước Thể, xã Vĩnh Tân và thị trấn Liên Hương, nông dân tất bật tỉa cành, bao trái để kịp thu hoạch phục vụ Tết Giáp Thìn 2024.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2023 toàn huyện có 356 ha nho, giảm 24 ha so với năm 2022 do một số hộ chuyển sang trồng táo; trong đó nho đỏ Cardinal 214 ha, nho xanh giống NH01-48 là 128 ha, còn lại là nho không hạt. Xã Phước Thể là vùng nho lớn nhất với 198 ha, chiếm 55,6% diện tích nho toàn huyện.

Từ nay đến Tết, toàn huyện dự kiến thu hoạch khoảng 95 ha, sản lượng khoảng 1.900 tấn. Năng suất nho đỏ bình quân đạt 20-22 tấn/ha/năm, nho xanh 16-18 tấn/ha/năm. Giá nho tại vườn đều tăng khoảng 15% so với cùng kỳ năm 2022: nho đỏ từ 25.000 đến 28.000 đồng/kg, nho xanh 30.000-35.000 đồng/kg. Mỗi ha nho cho lợi nhuận 250-300 triệu đồng/năm, cao gấp 2 lần so với trồng lúa. Mùa thu hoạch, mỗi ha cần 4-5 lao động, tiền công 250.000 đồng/người/ngày.

Trong quý IV/2023, huyện đã hỗ trợ 30 hộ chuyển đổi 12,5 ha nho già cỗi sang giống mới. Toàn huyện có 2 hợp tác xã và 1 tổ hợp tác sản xuất nho theo hướng VietGAP với tổng diện tích 46,5 ha; 12 điểm vườn nho đón khách tham quan, mỗi năm thu hút khoảng 35.000 lượt khách.

Ông Nguyễn Văn Ba, Phó Chủ tịch UBND huyện cho biết, năm 2024 huyện phấn đấu duy trì diện tích nho trên 350 ha, trong đó ít nhất 80 ha sản xuất theo VietGAP.

Phòng Văn hóa và Thông tin huyện Tuy Phong
Địa chỉ: Khu phố 14, thị trấn Liên Hương, huyện Tuy Phong, tỉnh Bình Thuận. ĐT: 0252.3850.212
"""

Y23 = P("năm 2023", "2023-01-01", "2023-12-31")
Q4 = P("quý IV/2023", "2023-10-01", "2023-12-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    F("có 356 ha nho", "356", "measure", "ha", "diện tích nho", period=Y23,
      change=C("decrease", 24, "ha", "năm 2022")),
    F("Cardinal 214 ha", "214", "measure", "ha", "diện tích nho đỏ Cardinal", period=Y23, total=356),
    F("NH01-48 là 128 ha", "128", "measure", "ha", "diện tích nho xanh giống NH01-48", period=Y23, total=356),
    F("với 198 ha", "198", "measure", "ha", "diện tích nho xã Phước Thể", percent=55.6, period=I(Y23)),
    F("khoảng 95 ha", "95", "measure", "ha", "diện tích nho dự kiến thu hoạch", approx="about", status="forecast"),
    F("khoảng 1.900 tấn", "1.900", "measure", "tấn", "sản lượng nho dự kiến thu hoạch", approx="about",
      status="forecast"),
    F("đạt 20-22 tấn/ha/năm", "20", "measure", "tấn/ha/năm", "năng suất nho đỏ bình quân", vmax=22),
    F("16-18 tấn/ha/năm", "16", "measure", "tấn/ha/năm", "năng suất nho xanh bình quân", vmax=18),
    F("tăng khoảng 15%", "15", "percent", "%", "giá nho tại vườn", approx="about"),
    F("từ 25.000 đến 28.000", "25.000", "money", "đồng/kg", "giá nho đỏ tại vườn", vmax=28000),
    F("30.000-35.000 đồng/kg", "30.000", "money", "đồng/kg", "giá nho xanh tại vườn", vmax=35000),
    F("lợi nhuận 250-300 triệu", "250", "money", "đồng/ha/năm", "lợi nhuận mỗi ha nho", m=1e6, vmax=300e6,
      change=C("increase", 2, "lần", "trồng lúa")),
    F("cần 4-5 lao động", "4", "count", "lao động/ha", "lao động cần cho mỗi ha nho mùa thu hoạch", vmax=5),
    F("250.000 đồng/người/ngày", "250.000", "money", "đồng/người/ngày", "tiền công lao động thu hoạch nho"),
    F("hỗ trợ 30 hộ", "30", "count", "hộ", "hộ được hỗ trợ chuyển đổi nho già cỗi sang giống mới", period=Q4),
    F("chuyển đổi 12,5 ha", "12,5", "measure", "ha", "diện tích nho già cỗi chuyển đổi sang giống mới", period=Q4),
    F("có 2 hợp tác xã", "2", "count", "hợp tác xã", "hợp tác xã sản xuất nho theo hướng VietGAP"),
    F("1 tổ hợp tác", "1", "count", "tổ hợp tác", "tổ hợp tác sản xuất nho theo hướng VietGAP"),
    F("diện tích 46,5 ha", "46,5", "measure", "ha", "diện tích sản xuất nho theo hướng VietGAP"),
    F("12 điểm vườn nho", "12", "count", "điểm vườn nho", "điểm vườn nho đón khách tham quan"),
    F("khoảng 35.000 lượt khách", "35.000", "count", "lượt khách/năm", "lượt khách tham quan vườn nho",
      approx="about"),
    F("trên 350 ha", "350", "measure", "ha", "diện tích nho", approx="over", status="target", period=Y24),
    F("ít nhất 80 ha", "80", "measure", "ha", "diện tích nho sản xuất theo VietGAP", approx="at_least",
      status="target", total=350, period=Y24),
]

NOTES = [
    "Cổng TTĐT huyện Tuy Phong (Bình Thuận): chăm sóc nho vụ Tết (12/2023); area by variety, yields, garden prices, profit, targets 2024.",
    "Not figures: 'NH01-48' (variety name), 'Tết Giáp Thìn 2024', 'Khu phố 14', phone 0252.3850.212, 'Thứ Tư', '10:05'.",
    "All figures take the district (Tuy Phong); communes lie in it. 'Từ nay đến Tết' has no settled dates: no period.",
    "'Giá nho tại vườn đều tăng khoảng 15%' stands before the prices (no base amount in its clause): a percent figure, no change.",
    "'cao gấp 2 lần so với trồng lúa' after the profit is that figure's change (2 lần, baseline trồng lúa), not a multiple of its own.",
]

if __name__ == "__main__":
    build("p937-2", TEXT, FIGS, NOTES, published="2023-12-20", location="Tuy Phong")
