"""p1476-5: provincial Party newspaper (Báo Bắc Ninh): natural paints of the Đông Hồ painting village."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC NINH ĐIỆN TỬ
Thời sự | Kinh tế | Văn hóa | Du lịch

Làng tranh Đông Hồ giữ nghề làm màu vẽ từ thiên nhiên

Thứ Bảy, 25/05/2024 | 07:30

Giữa lúc màu công nghiệp tràn ngập thị trường, nhiều hộ ở làng tranh Đông Hồ vẫn kiên trì chế màu từ vỏ điệp, lá tre, sỏi son và hoa hòe.

(BNO) - Thời hưng thịnh, làng tranh Đông Hồ, phường Song Hồ, thị xã Thuận Thành có khoảng ba chục hộ làm nghề. Theo UBND phường Song Hồ, hiện làng còn 6 hộ duy trì nghề làm tranh và chế màu, với khoảng 30 lao động thường xuyên. Mỗi năm, các hộ sản xuất khoảng 150.000 bức tranh, trong đó hơn 60% dùng hoàn toàn màu tự nhiên.

Nghệ nhân Nguyễn Văn Thịnh (68 tuổi) cho biết, để có 1 kg bột điệp trắng mịn, gia đình ông phải nung và giã khoảng 5 kg vỏ điệp trong hai ngày. Vỏ điệp mua từ Quảng Ninh với giá khoảng 8.000 đồng/kg. Màu vàng lấy từ hoa hòe, màu đỏ từ sỏi son, màu đen từ than lá tre ủ trong ba tháng.

Năm 2023, giá tranh dao động từ 30.000 đến 250.000 đồng/bức tùy kích thước; doanh thu của cả làng ước khoảng 2,5 tỷ đồng, tăng gần 20% so với năm 2022 nhờ khách du lịch và đơn hàng quà Tết.

Thị xã Thuận Thành đã hỗ trợ 120 triệu đồng để phường xây dựng khu trình diễn chế màu tự nhiên; mục tiêu đến năm 2025 đón khoảng 40.000 lượt khách tham quan làng tranh.

NGỌC ANH
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("khoảng ba chục hộ", "ba chục", 30, "count", "hộ", approx="about",
        subject="hộ làm nghề thời hưng thịnh"),
    fig("còn 6 hộ", "6", 6, "count", "hộ", subject="hộ duy trì nghề làm tranh và chế màu"),
    fig("khoảng 30 lao động", "30", 30, "count", "lao động", approx="about", subject="lao động thường xuyên"),
    fig("khoảng 150.000 bức", "150.000", 150000, "measure", "bức tranh/năm", approx="about",
        subject="tranh các hộ sản xuất mỗi năm"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="tranh dùng hoàn toàn màu tự nhiên"),
    fig("(68 tuổi)", "68", 68, "measure", "tuổi", subject="tuổi nghệ nhân Nguyễn Văn Thịnh", optional=True),
    fig("có 1 kg", "1", 1, "measure", "kg", subject="bột điệp trắng mịn", optional=True),
    fig("khoảng 5 kg", "5", 5, "measure", "kg", approx="about", subject="vỏ điệp phải nung và giã"),
    fig("trong hai ngày", "hai", 2, "measure", "ngày", subject="thời gian nung và giã vỏ điệp"),
    fig("khoảng 8.000 đồng/kg", "8.000", 8000, "money", "đồng/kg", approx="about", subject="giá vỏ điệp"),
    fig("trong ba tháng", "ba", 3, "measure", "tháng", subject="thời gian ủ than lá tre"),
    fig("từ 30.000 đến 250.000", "30.000", 30000, "money", "đồng/bức", value_max=250000,
        subject="giá tranh", period=Y23),
    fig("ước khoảng 2,5 tỷ", "2,5", 2.5e9, "money", "đồng", approx="about", status="estimate",
        change=chg("increase", 20, "%", "năm 2022", approx="nearly"),
        subject="doanh thu của cả làng", period=Y23),
    fig("hỗ trợ 120 triệu", "120", 120e6, "money", "đồng",
        subject="kinh phí hỗ trợ xây dựng khu trình diễn chế màu tự nhiên"),
    fig("khoảng 40.000 lượt", "40.000", 40000, "count", "lượt khách", approx="about", status="target",
        subject="lượt khách tham quan làng tranh", period=T25),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Ninh): menu, 'Thứ Bảy, 25/05/2024 | 07:30', sapo, tag '(BNO) -', byline at the end.",
    "Distractors: 07:30, the weekday date; no document numbers. The village is in phường Song Hồ, thị xã Thuận Thành: location Thuận Thành.",
    "'khoảng ba chục hộ' is a number word (30, about); historical, no period. 'Mỗi năm ... khoảng 150.000 bức tranh' is a yearly rate.",
    "'trong đó hơn 60% dùng ... màu tự nhiên' is a percent figure of its own (a share of the paintings, not of an amount).",
    "Optional: the artisan's age '(68 tuổi)' (a person's description) and the reference quantity '1 kg bột điệp' of a recipe.",
    "'trong hai ngày', 'ủ trong ba tháng' are process durations (measures like '35 phút'), not periods.",
    "'Vỏ điệp mua từ Quảng Ninh ... 8.000 đồng/kg': the price is paid by the village; Quảng Ninh is the source, location stays Thuận Thành.",
    "'doanh thu ... ước khoảng 2,5 tỷ đồng, tăng gần 20%' → estimate, about, change 20 (nearly).",
]

if __name__ == "__main__":
    write("p1476-5", TEXT, NOTES, FIGS, published="2024-05-25", location="Thuận Thành")
