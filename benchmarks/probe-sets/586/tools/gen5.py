"""p586-5: Báo Quảng Ngãi (Party newspaper) — coral reef survey in the Lý Sơn marine protected area, 2024."""
from lib import F, P, I, CH, emit

TEXT = """Báo Quảng Ngãi > Môi trường

Độ phủ san hô sống ở Khu bảo tồn biển Lý Sơn tăng lên 31,6%

(Báo Quảng Ngãi) - Kết quả khảo sát năm 2024 do Ban Quản lý Khu bảo tồn biển Lý Sơn phối hợp với Viện Hải dương học thực hiện tại 10 điểm quan trắc cho thấy, độ phủ san hô sống trung bình đạt 31,6%, tăng 4,2% so với năm 2021.

Trong đó, phân khu bảo vệ nghiêm ngặt phía bắc đảo Bé có độ phủ cao nhất với 52,3%; các điểm thuộc phân khu phục hồi sinh thái đạt từ 20 đến 28%; thấp nhất là khu vực gần cảng Lý Sơn, chỉ 8,7%. Tại điểm quan trắc LS03 và LS07, độ phủ lần lượt là 44,1% và 38,5%.

Nhóm nghiên cứu ghi nhận 276 loài san hô cứng thuộc 61 giống, tăng 18 loài so với đợt khảo sát năm 2021; 312 loài cá rạn san hô, trong đó có 9 loài có tên trong Sách Đỏ Việt Nam. Mật độ cá rạn trung bình đạt 1.250 cá thể/500 m².

Năm 2024, Ban Quản lý đã tổ chức 148 chuyến tuần tra trên biển, phát hiện và xử lý 23 trường hợp khai thác thủy sản trái phép trong vùng lõi, phạt tiền 186 triệu đồng. Từ năm 2022 đến nay, đơn vị đã trồng phục hồi 1,8 ha rạn san hô với khoảng 6.500 tập đoàn san hô, tỷ lệ sống đạt trên 80%.

Theo Quyết định số 2051/QĐ-UBND của UBND tỉnh, phấn đấu đến năm 2030 độ phủ san hô sống đạt trên 35% và diện tích rạn được phục hồi đạt 5 ha.

MINH HOÀNG

25/11/2024
"""

Y = P("năm 2024", "2024-01-01", "2024-12-31")
Yi = I(Y)
YB = P("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = P("Từ năm 2022 đến nay", "2022-01-01", "2024-11-25")
T30 = P("đến năm 2030", None, "2030-12-31")
COVER = "độ phủ san hô sống"

FIGS = [
    F("tăng lên 31,6%", "31,6", 31.6, "percent", "%", "độ phủ san hô sống ở Khu bảo tồn biển Lý Sơn", Yi),
    F("tại 10 điểm", "10", 10, "count", "điểm quan trắc", "điểm quan trắc khảo sát", Y),
    F("trung bình đạt 31,6%", "31,6", 31.6, "percent", "%", "độ phủ san hô sống trung bình", Y,
      change=CH("increase", 4.2, "%", "năm 2021")),
    F("với 52,3%", "52,3", 52.3, "percent", "%", COVER + " phân khu bảo vệ nghiêm ngặt phía bắc đảo Bé", Yi),
    F("từ 20 đến 28%", "20", 20, "percent", "%", COVER + " các điểm thuộc phân khu phục hồi sinh thái", Yi,
      value_max=28),
    F("chỉ 8,7%", "8,7", 8.7, "percent", "%", COVER + " khu vực gần cảng Lý Sơn", Yi),
    F("là 44,1%", "44,1", 44.1, "percent", "%", COVER + " điểm quan trắc LS03", Yi),
    F("và 38,5%", "38,5", 38.5, "percent", "%", COVER + " điểm quan trắc LS07", Yi),
    F("ghi nhận 276 loài", "276", 276, "count", "loài", "loài san hô cứng", Yi,
      change=CH("increase", 18, "loài", "đợt khảo sát năm 2021")),
    F("thuộc 61 giống", "61", 61, "count", "giống", "giống san hô cứng", Yi),
    F("; 312 loài", "312", 312, "count", "loài", "loài cá rạn san hô", Yi),
    F("có 9 loài", "9", 9, "count", "loài", "loài cá rạn san hô có tên trong Sách Đỏ Việt Nam", Yi, total=312),
    F("1.250 cá thể/500 m²", "1.250", 1250, "measure", "cá thể/500 m²", "mật độ cá rạn trung bình", Yi),
    F("tổ chức 148 chuyến", "148", 148, "count", "chuyến", "chuyến tuần tra trên biển", YB),
    F("xử lý 23 trường hợp", "23", 23, "count", "trường hợp", "trường hợp khai thác thủy sản trái phép trong vùng lõi",
      YB),
    F("phạt tiền 186 triệu đồng", "186", 186000000, "money", "đồng", "phạt tiền", YB),
    F("phục hồi 1,8 ha", "1,8", 1.8, "measure", "ha", "rạn san hô trồng phục hồi", SINCE),
    F("khoảng 6.500 tập đoàn", "6.500", 6500, "count", "tập đoàn", "tập đoàn san hô trồng phục hồi", SINCE,
      approx="about"),
    F("trên 80%", "80", 80, "percent", "%", "tỷ lệ sống của san hô trồng phục hồi", SINCE, approx="over"),
    F("trên 35%", "35", 35, "percent", "%", "độ phủ san hô sống", T30, approx="over", status="target"),
    F("đạt 5 ha", "5", 5, "measure", "ha", "diện tích rạn được phục hồi", T30, status="target"),
]

COMMENTS = [
    "Báo Quảng Ngãi: khảo sát rạn san hô tại Khu bảo tồn biển Lý Sơn năm 2024 (invented probe article, set 586).",
    "Byline and bare date '25/11/2024' at the end give `published`. 'Quyết định số 2051/QĐ-UBND', site codes 'LS03', 'LS07' are not figures.",
    "Location: the reserve lies in huyện đảo Lý Sơn, so every figure is Lý Sơn (islands, zones and sites are not provinces/districts: subject).",
    "'tăng 4,2% so với năm 2021' is the change of the coverage level 31,6%. Coverage at sites after 'Trong đó' does not add up: no total.",
    "'lần lượt là 44,1% và 38,5%' pairs the two sites in order. '/500 m²' is a rate denominator. 'Từ năm 2022 đến nay' ends at the date.",
    "Headline figure and sentences without their own period take 'năm 2024' as inherited.",
]

if __name__ == "__main__":
    emit("p586-5", TEXT, COMMENTS, FIGS, published="2024-11-25", location="Lý Sơn")
