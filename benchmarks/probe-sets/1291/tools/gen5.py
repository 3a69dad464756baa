"""p1291-5: national newspaper: rươi and chả rươi on the Hà Nội market, online sales, national area and output."""
from lib import fig, per, year, inh, chg, tgt, write

TEXT = """Thứ sáu, 8/11/2024, 15:40 (GMT+7)

Chả rươi 'cháy hàng' dù giá nửa triệu đồng một cân

Rươi tươi về Hà Nội năm nay có giá 400.000-480.000 đồng/kg, chả rươi rán sẵn bán 45.000-60.000 đồng một miếng, nhiều cửa hàng vẫn không đủ hàng.

Tại chợ Hôm (quận Hai Bà Trưng), quầy của bà Lê Thị Nga mỗi ngày bán khoảng 50 kg rươi tươi, gấp rưỡi năm ngoái. Hàng được lấy từ Tứ Kỳ (Hải Dương) và Tiên Lãng (Hải Phòng), chuyển lên bằng xe khách từ 5h sáng.

Ở phố Hàng Bè, cửa hàng chả rươi Bà Tư tại số nhà 28 mỗi ngày rán khoảng 1.200 miếng, giá 55.000 đồng/miếng, tăng 5.000 đồng so với năm 2023. Theo chủ cửa hàng, 1 kg rươi làm được 18-20 miếng chả; rươi chiếm khoảng 70% nguyên liệu, còn lại là thịt ba chỉ, trứng vịt, vỏ quýt và thì là. Giá chả rươi hiện gấp 2-3 lần chả cá thu cùng trọng lượng.

Trên các sàn thương mại điện tử, nhiều cửa hàng ở Hà Nội rao bán hộp chả rươi cấp đông 500 g giá 250.000-300.000 đồng. Đại diện Công ty cổ phần Nông sản Hồng Châu (Hải Dương) cho biết từ đầu tháng 10 đến nay, công ty đã bán hơn 3 tấn chả rươi qua kênh trực tuyến, tăng khoảng 40% so với cùng kỳ.

Theo Cục Thủy sản, cả nước hiện có khoảng 3.500 ha vùng có rươi, tập trung ở Hải Phòng, Hải Dương, Thái Bình, Nam Định và Quảng Ninh; sản lượng mỗi năm từ 2.000 đến 2.500 tấn.

Ngọc Anh
"""

NAY = year("năm nay", 2024)
SINCE = per("từ đầu tháng 10 đến nay", "2024-10-01", "2024-11-08")
VN = "Việt Nam"

FIGS = [
    fig("giá nửa triệu", "nửa", 500000, "money", "đồng/cân", subject="giá chả rươi"),
    fig("giá 400.000-480.000", "400.000", 400000, "money", "đồng/kg", value_max=480000,
        subject="giá rươi tươi về Hà Nội", period=NAY),
    fig("bán 45.000-60.000", "45.000", 45000, "money", "đồng/miếng", value_max=60000,
        subject="giá chả rươi rán sẵn", period=NAY),
    fig("khoảng 50 kg", "50", 50, "measure", "kg/ngày", approx="about",
        change=chg("increase", 1.5, "lần", "năm ngoái"),
        subject="rươi tươi quầy của bà Lê Thị Nga bán mỗi ngày", location="Hai Bà Trưng"),
    fig("khoảng 1.200 miếng", "1.200", 1200, "measure", "miếng/ngày", approx="about",
        subject="chả cửa hàng chả rươi Bà Tư rán mỗi ngày"),
    fig("giá 55.000", "55.000", 55000, "money", "đồng/miếng",
        change=chg("increase", 5000, "đồng", "năm 2023"), subject="giá chả rươi cửa hàng Bà Tư"),
    fig("được 18-20 miếng", "18", 18, "measure", "miếng/kg", value_max=20,
        subject="miếng chả 1 kg rươi làm được"),
    fig("khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="rươi trong nguyên liệu chả"),
    fig("gấp 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="giá chả rươi so với chả cá thu"),
    fig("cấp đông 500 g", "500", 500, "measure", "g", subject="khối lượng hộp chả rươi cấp đông", optional=True),
    fig("giá 250.000-300.000", "250.000", 250000, "money", "đồng", value_max=300000,
        subject="giá hộp chả rươi cấp đông"),
    fig("hơn 3 tấn", "3", 3, "measure", "tấn", approx="over",
        change=chg("increase", 40, "%", "cùng kỳ", approx="about"),
        subject="chả rươi công ty bán qua kênh trực tuyến", period=SINCE, location="Hải Dương"),
    fig("khoảng 3.500 ha", "3.500", 3500, "measure", "ha", approx="about",
        subject="vùng có rươi", location=VN),
    fig("từ 2.000 đến 2.500", "2.000", 2000, "measure", "tấn/năm", value_max=2500,
        subject="sản lượng rươi mỗi năm", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ sáu, 8/11/2024, 15:40 (GMT+7)', headline, sapo, byline at the end.",
    "Distractors: '(GMT+7)', 15:40, '5h sáng', 'số nhà 28', the denominators 'một cân', 'một miếng', '1 kg rươi' (rate bases, not figures).",
    "'nửa triệu đồng một cân' = 500 000 đồng/cân; 'một' is the rate's base. 'gấp rưỡi năm ngoái' is the change (1,5 lần) of 50 kg/ngày.",
    "'gấp 2-3 lần chả cá thu' stands alone as the claim: kind multiple, value 2, value_max 3.",
    "The market figures are Hà Nội's (article default); the online seller in Hải Dương gets Hải Dương; Cục Thủy sản's 'cả nước' -> Việt Nam.",
    "'hộp ... 500 g' is a pack size: optional. 'từ đầu tháng 10 đến nay' -> 2024-10-01 .. published 2024-11-08.",
    "Rates: 'mỗi ngày ... 50 kg' (kg/ngày), '1.200 miếng' (miếng/ngày), '18-20 miếng' per kg (miếng/kg), 'sản lượng mỗi năm' (tấn/năm).",
    "revised after the first run: the chợ Hôm stall's '50 kg' gets location Hai Bà Trưng (the sentence names 'quận Hai Bà Trưng';",
    "the spec places a figure in the district it describes, as p1291-1 does for the Quang Phục market '(Tứ Kỳ)').",
]

if __name__ == "__main__":
    write("p1291-5", TEXT, NOTES, FIGS, published="2024-11-08", location="Hà Nội")
