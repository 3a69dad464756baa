"""p1296-4: ministry site (Bộ NN&PTNT, Cục Lâm nghiệp): national pine forests, resin output, rosin/turpentine exports 2023, 2030 targets."""
from lib import F, period, inherit, change, target, write

TEXT = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Trang chủ / Tin tức / Lâm nghiệp

Xuất khẩu tùng hương, tinh dầu thông năm 2023 đạt hơn 98 triệu USD

22/01/2024 | 09:30 | Cục Lâm nghiệp

Theo Cục Lâm nghiệp, cả nước hiện có khoảng 370.000 ha rừng thông, tập trung tại 17 tỉnh, trong đó Lạng Sơn, Quảng Ninh, Lâm Đồng, Nghệ An và Hà Tĩnh chiếm gần 70% diện tích.

Năm 2023, sản lượng nhựa thông khai thác đạt khoảng 118 nghìn tấn, giảm 3,2% so với năm 2022 do giá xuống thấp vào quý II. Kim ngạch xuất khẩu tùng hương và tinh dầu thông đạt 98,6 triệu USD, tăng 11,5% so với năm trước; trong đó tùng hương đạt 81,2 triệu USD, chiếm 82,4%. Trung Quốc, Ấn Độ và Hàn Quốc là ba thị trường lớn nhất, lần lượt chiếm 41%, 27% và 9% tổng kim ngạch. Việt Nam hiện đứng thứ 3 thế giới về sản lượng tùng hương, sau Trung Quốc và Indonesia.

Giá nhựa thông bình quân năm 2023 khoảng 24.000 đồng/kg, thấp hơn 12% so với năm 2022. Cả nước có khoảng 60 doanh nghiệp và cơ sở chế biến nhựa thông, tổng công suất trên 150.000 tấn/năm, nhưng chỉ khoảng 15% sản phẩm được chế biến sâu. Giá trị của sản phẩm chế biến sâu như nhựa tổng hợp, dầu thông cao gấp 3-4 lần tùng hương thô.

Theo Chiến lược phát triển lâm nghiệp Việt Nam giai đoạn 2021-2030 (Quyết định số 523/QĐ-TTg), mục tiêu đến năm 2030 nâng diện tích rừng thông khai thác nhựa lên 200.000 ha, sản lượng nhựa đạt 180.000 tấn/năm, giá trị xuất khẩu các sản phẩm từ nhựa thông đạt 200 triệu USD.

Bản quyền thuộc Bộ Nông nghiệp và Phát triển nông thôn
Địa chỉ: Số 2 Ngọc Hà, Ba Đình, Hà Nội. Điện thoại: 024.3846.8161
"""

Y23 = period("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = period("năm 2023", "2023-01-01", "2023-12-31")
TO30 = period("đến năm 2030", None, "2030-12-31")
SHARE = "trong tổng kim ngạch xuất khẩu tùng hương và tinh dầu thông"

FIGS = [
    F("đạt hơn 98 triệu", "98", 98e6, "money", "USD", approx="over",
      subject="xuất khẩu tùng hương, tinh dầu thông", period=Y23b),
    F("khoảng 370.000 ha", "370.000", 370000, "measure", "ha", approx="about", subject="rừng thông"),
    F("tại 17 tỉnh", "17", 17, "count", "tỉnh", subject="tỉnh có rừng thông"),
    F("gần 70%", "70", 70, "percent", "%", approx="nearly",
      subject="diện tích rừng thông của Lạng Sơn, Quảng Ninh, Lâm Đồng, Nghệ An và Hà Tĩnh"),
    F("khoảng 118 nghìn", "118", 118000, "measure", "tấn", approx="about",
      change=change("decrease", 3.2, "%", "năm 2022"), subject="sản lượng nhựa thông khai thác", period=Y23),
    F("đạt 98,6 triệu", "98,6", 98.6e6, "money", "USD", change=change("increase", 11.5, "%", "năm trước"),
      subject="kim ngạch xuất khẩu tùng hương và tinh dầu thông", period=inherit(Y23)),
    F("đạt 81,2 triệu", "81,2", 81.2e6, "money", "USD", total=98.6e6, percent=82.4,
      subject="kim ngạch xuất khẩu tùng hương", period=inherit(Y23)),
    F("chiếm 41%", "41", 41, "percent", "%", subject=f"tỷ trọng thị trường Trung Quốc {SHARE}",
      period=inherit(Y23)),
    F(" 27% và", "27", 27, "percent", "%", subject=f"tỷ trọng thị trường Ấn Độ {SHARE}", period=inherit(Y23)),
    F("và 9% tổng", "9", 9, "percent", "%", subject=f"tỷ trọng thị trường Hàn Quốc {SHARE}",
      period=inherit(Y23)),
    F("là ba thị trường", "ba", 3, "count", "thị trường", optional=True),
    F("đứng thứ 3", "3", 3, "rank", "hạng", subject="sản lượng tùng hương"),
    F("khoảng 24.000 đồng/kg", "24.000", 24000, "money", "đồng/kg", approx="about",
      change=change("decrease", 12, "%", "năm 2022"), subject="giá nhựa thông bình quân", period=Y23b),
    F("khoảng 60 doanh nghiệp", "60", 60, "count", "doanh nghiệp và cơ sở",  approx="about",
      subject="doanh nghiệp và cơ sở chế biến nhựa thông"),
    F("trên 150.000 tấn/năm", "150.000", 150000, "measure", "tấn/năm", approx="over",
      subject="tổng công suất chế biến nhựa thông"),
    F("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="sản phẩm được chế biến sâu"),
    F("gấp 3-4 lần", "3", 3, "multiple", "lần", value_max=4,
      subject="giá trị của sản phẩm chế biến sâu so với tùng hương thô"),
    F("lên 200.000 ha", "200.000", 200000, "measure", "ha", status="target",
      subject="diện tích rừng thông khai thác nhựa", period=TO30),
    F("đạt 180.000 tấn/năm", "180.000", 180000, "measure", "tấn/năm", status="target",
      subject="sản lượng nhựa", period=TO30),
    F("đạt 200 triệu", "200", 200e6, "money", "USD", status="target",
      subject="giá trị xuất khẩu các sản phẩm từ nhựa thông", period=TO30),
]

NOTES = [
    "Ministry site (Bộ NN&PTNT): breadcrumb, '22/01/2024 | 09:30 | Cục Lâm nghiệp', copyright/address footer. All figures national: Việt Nam.",
    "'trong đó Lạng Sơn, ... và Hà Tĩnh chiếm gần 70% diện tích': a share of its own (percent figure); the provinces follow a national count → Việt Nam.",
    "Trade partners (Trung Quốc, Ấn Độ, Hàn Quốc, Indonesia) are not places: location stays Việt Nam; 'lần lượt' list → one figure each.",
    "'118 nghìn tấn' = 118 000 tấn. 'trong đó tùng hương đạt 81,2 triệu USD, chiếm 82,4%': total 98,6 triệu, percent 82,4.",
    "Optional: 'ba thị trường lớn nhất' names the group whose shares follow (like a label), a reader may or may not count it.",
    "'cao gấp 3-4 lần' stands as the claim: kind multiple, range 3-4. 'đứng thứ 3 thế giới' → rank 3 (hiện: no period).",
    "'mục tiêu đến năm 2030 ...' governs the three clauses → target, period end 2030-12-31 (start null).",
    "Distractors: 22/01/2024 09:30, 'quý II' (only locates the price fall), 'giai đoạn 2021-2030', Quyết định số 523/QĐ-TTg, 'Số 2 Ngọc Hà', phone.",
]

if __name__ == "__main__":
    write("p1296-4", TEXT, NOTES, FIGS, published="2024-01-22", location="Việt Nam")
