from lib import F, P, I, C, T, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MỘC CHÂU - TỈNH SƠN LA
Trang chủ | Tin tức - Sự kiện | Kinh tế - Du lịch

Mộc Châu đón gần 18.000 lượt khách cắm trại dịp nghỉ lễ 30/4 - 1/5

Thứ Hai, 06/05/2024 - 16:10

Trong 5 ngày nghỉ lễ 30/4 - 1/5 (từ ngày 27/4 đến ngày 1/5/2024), các khu cắm trại, glamping trên địa bàn huyện đã đón gần 18.000 lượt khách, tăng 22% so với dịp lễ năm 2023; trong đó có khoảng 6.500 lượt khách lưu trú qua đêm tại lều. Tổng doanh thu ước đạt 9,6 tỷ đồng.

Các điểm thu hút đông khách là rừng thông Bản Áng, đồi chè trái tim, thác Dải Yếm và các điểm dọc Quốc lộ 43. Riêng khu rừng thông Bản Áng đón trên 5.200 lượt, chiếm gần 29% tổng lượt khách cắm trại của huyện.

Hiện toàn huyện có 46 khu, điểm cắm trại, glamping, tăng 11 điểm so với cuối năm 2023; trong đó 19 điểm đã được cấp phép kinh doanh, 27 điểm đang hoàn thiện thủ tục. Giá thuê lều dao động từ 200.000 đến 500.000 đồng/lều/đêm, riêng lều glamping có điều hòa từ 1,5 triệu đồng/đêm trở lên. Mỗi điểm cắm trại sử dụng bình quân 6 lao động địa phương với thu nhập 6-7 triệu đồng/người/tháng.

Để phát triển du lịch cắm trại gắn với bảo vệ cảnh quan, huyện đặt mục tiêu đến hết quý III/2024 có 100% điểm cắm trại được cấp phép; phấn đấu cả năm 2024 đón 120.000 lượt khách cắm trại, glamping. UBND huyện yêu cầu các cơ sở không xây dựng công trình kiên cố trên đất nông nghiệp, bảo đảm phòng cháy, chữa cháy theo Nghị định số 136/2020/NĐ-CP và bố trí ít nhất 1 bình chữa cháy cho mỗi 5 lều.

Hà Linh (Trung tâm Truyền thông và Văn hóa huyện)
"""

HOL = P("từ ngày 27/4 đến ngày 1/5/2024", "2024-04-27", "2024-05-01")

FIGS = [
    F("Mộc Châu đón gần 18.000", "18.000", 18000, "count", "lượt khách", approx="nearly",
      subject="lượt khách cắm trại dịp nghỉ lễ 30/4 - 1/5",
      period=P("dịp nghỉ lễ 30/4 - 1/5", "2024-04-27", "2024-05-01", inherited=True)),
    F("đã đón gần 18.000 lượt khách", "18.000", 18000, "count", "lượt khách", approx="nearly",
      change=C("increase", 22, "%", "dịp lễ năm 2023"), subject="lượt khách đến các khu cắm trại, glamping", period=HOL),
    F("khoảng 6.500 lượt khách", "6.500", 6500, "count", "lượt khách", approx="about", total=18000,
      subject="lượt khách lưu trú qua đêm tại lều", period=HOL),
    F("ước đạt 9,6 tỷ đồng", "9,6", 9.6e9, "money", "đồng", status="estimate", subject="tổng doanh thu", period=I(HOL)),
    F("trên 5.200 lượt", "5.200", 5200, "count", "lượt", approx="over", percent=29,
      subject="lượt khách cắm trại tại khu rừng thông Bản Áng", period=I(HOL)),
    F("có 46 khu", "46", 46, "count", "khu, điểm cắm trại, glamping",
      change=C("increase", 11, "điểm", "cuối năm 2023"), subject="khu, điểm cắm trại, glamping"),
    F("19 điểm đã được cấp phép", "19", 19, "count", "điểm", total=46, subject="điểm đã được cấp phép kinh doanh"),
    F("27 điểm đang hoàn thiện", "27", 27, "count", "điểm", total=46, subject="điểm đang hoàn thiện thủ tục"),
    F("từ 200.000 đến 500.000", "200.000", 200000, "money", "đồng/lều/đêm", value_max=500000, subject="giá thuê lều"),
    F("từ 1,5 triệu đồng/đêm trở lên", "1,5", 1500000, "money", "đồng/đêm", approx="at_least",
      subject="giá thuê lều glamping có điều hòa"),
    F("bình quân 6 lao động", "6", 6, "count", "lao động", subject="lao động địa phương mỗi điểm cắm trại sử dụng"),
    F("thu nhập 6-7 triệu", "6", 6000000, "money", "đồng/người/tháng", value_max=7000000, subject="thu nhập của lao động"),
    F("có 100% điểm", "100", 100, "percent", "%", status="target", subject="điểm cắm trại được cấp phép",
      period=P("đến hết quý III/2024", None, "2024-09-30")),
    F("đón 120.000 lượt khách", "120.000", 120000, "count", "lượt khách", status="target",
      subject="lượt khách cắm trại, glamping", period=P("cả năm 2024", "2024-01-01", "2024-12-31")),
    F("ít nhất 1 bình", "1", 1, "count", "bình chữa cháy/5 lều", approx="at_least", status="target",
      subject="bình chữa cháy bố trí cho mỗi 5 lều", optional=True),
]

NOTES = [
    "District portal (huyện Mộc Châu, Sơn La): camping visitors over the 30/4 - 1/5 holiday 2024, sites and licensing, prices, jobs, targets.",
    "Distractors: '30/4 - 1/5' (holiday name, twice), 'Trong 5 ngày nghỉ lễ' (a duration that locates the figures), Quốc lộ 43, Thứ Hai 06/05/2024 - 16:10,",
    "Nghị định số 136/2020/NĐ-CP; '5 lều' is the denominator of a rate. Location is the district throughout.",
    "The headline's 'dịp nghỉ lễ 30/4 - 1/5' gets its dates from the body (27/4 - 1/5/2024): period inherited. 'Hiện' sentences carry no period.",
    "The fire-extinguisher rule is a requirement (optional figure).",
]

if __name__ == "__main__":
    write("p1078-2", TEXT, NOTES, FIGS, published="2024-05-06", location="Mộc Châu")
