"""p1338-7: news agency (TTXVN): Huế paper flowers of Thanh Tiên and woodblock paintings of làng Sình before Tết."""
from lib import fig, per, chg, write

TEXT = """TIN TỨC - THÔNG TẤN XÃ VIỆT NAM
Văn hóa > Di sản

Làng hoa giấy Thanh Tiên, làng tranh Sình tất bật vào vụ Tết

15/01/2025 08:20

Huế, 15/1 (TTXVN) - Những ngày giáp Tết, các hộ làm hoa giấy ở làng Thanh Tiên và in tranh ở làng Sình (thành phố Huế) làm việc từ sáng đến khuya để kịp giao hàng.

Năm 2024, làng hoa giấy Thanh Tiên có 32 hộ làm nghề, sản xuất khoảng 150.000 bông hoa, doanh thu hơn 1,5 tỷ đồng. Riêng quý IV/2024, sản lượng chiếm khoảng 70% cả năm. Nghệ nhân Trần Văn Lợi cho biết mỗi bó hoa giấy dùng trên bàn thờ ngày Tết có giá 60.000-70.000 đồng/bó, tăng khoảng 10.000 đồng so với năm trước.

Tại làng tranh Sình, hiện chỉ còn 5 hộ giữ nghề in tranh khắc gỗ. Năm 2024, làng bán ra khoảng 60.000 bức tranh, tăng 20% so với năm 2023, trong đó tranh thờ cúng chiếm khoảng 75%. Mỗi bộ tranh "Tứ bình" khổ lớn được bán với giá 350.000 đồng.

Theo Sở Văn hóa và Thể thao thành phố Huế, toàn thành phố hiện có 88 làng nghề và làng có nghề, trong đó 12 làng làm sản phẩm phục vụ Tết. Thành phố đặt mục tiêu đến năm 2030 đưa doanh thu các làng nghề thủ công mỹ nghệ đạt 500 tỷ đồng/năm; mỗi năm đón ít nhất 50.000 lượt khách trải nghiệm tại hai làng Sình và Thanh Tiên.

Lễ hội vật làng Sình sẽ diễn ra ngày 10 tháng Giêng năm Ất Tỵ, tức ngày 7/2/2025.

Mai Trang (TTXVN)

Tin cùng chuyên mục:
- Hà Nội: Phố ông đồ khai mạc tại Văn Miếu
- Đắk Lắk đón nhận bằng di sản văn hóa phi vật thể quốc gia
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV/2024", "2024-10-01", "2024-12-31")
Y24S = per("Năm 2024", "2024-01-01", "2024-12-31")
T2030 = per("đến năm 2030", None, "2030-12-31")

FIGS = [
    fig("có 32 hộ", "32", 32, "count", "hộ", subject="hộ làm nghề hoa giấy Thanh Tiên", period=Y24),
    fig("khoảng 150.000 bông", "150.000", 150000, "count", "bông hoa", approx="about",
        subject="hoa giấy làng Thanh Tiên sản xuất", period=Y24),
    fig("hơn 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", approx="over", subject="doanh thu làng hoa giấy Thanh Tiên",
        period=Y24),
    fig("chiếm khoảng 70%", "70", 70, "percent", "%", approx="about",
        subject="tỷ trọng sản lượng quý IV trong cả năm", period=Q4),
    fig("giá 60.000-70.000", "60.000", 60000, "money", "đồng/bó", value_max=70000,
        change=chg("increase", 10000, "đồng", "năm trước", approx="about"),
        subject="giá mỗi bó hoa giấy dùng trên bàn thờ ngày Tết"),
    fig("còn 5 hộ", "5", 5, "count", "hộ", subject="hộ giữ nghề in tranh khắc gỗ làng Sình"),
    fig("khoảng 60.000 bức", "60.000", 60000, "count", "bức tranh", approx="about",
        change=chg("increase", 20, "%", "năm 2023"), subject="tranh làng Sình bán ra",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("chiếm khoảng 75%", "75", 75, "percent", "%", approx="about", subject="tỷ trọng tranh thờ cúng",
        period=per("Năm 2024", "2024-01-01", "2024-12-31")),
    fig("giá 350.000 đồng", "350.000", 350000, "money", "đồng/bộ", subject="giá mỗi bộ tranh Tứ bình khổ lớn"),
    fig("có 88 làng nghề", "88", 88, "count", "làng nghề và làng có nghề",
        subject="làng nghề và làng có nghề"),
    fig("trong đó 12 làng", "12", 12, "count", "làng", total=88, subject="làng làm sản phẩm phục vụ Tết"),
    fig("đạt 500 tỷ", "500", 500e9, "money", "đồng/năm", status="target",
        subject="doanh thu các làng nghề thủ công mỹ nghệ", period=T2030),
    fig("ít nhất 50.000 lượt", "50.000", 50000, "measure", "lượt khách/năm", approx="at_least",
        status="target", subject="lượt khách trải nghiệm tại hai làng Sình và Thanh Tiên", period=T2030),
    fig("tại hai làng", "hai", 2, "count", "làng", subject="làng Sình và Thanh Tiên", optional=True),
]

NOTES = [
    "News agency (TTXVN): dateline '15/01/2025 08:20' and 'Huế, 15/1 (TTXVN) -', byline at the end.",
    "Distractors: 08:20, 'ngày 10 tháng Giêng năm Ất Tỵ' and 'ngày 7/2/2025', 'Tứ bình' (a name).",
    "Location: all figures are in thành phố Huế (a centrally run city since 2025): 'Huế'.",
    "'Riêng quý IV/2024, sản lượng chiếm khoảng 70% cả năm' is a percent figure with period quý IV/2024.",
    "'tăng khoảng 10.000 đồng so với năm trước' is the price's change (đồng, about). 'trong đó tranh thờ cúng chiếm khoảng 75%' is a percent figure of its own.",
    "'mục tiêu đến năm 2030' governs both clauses of its sentence (target); 'mỗi năm đón ít nhất 50.000 lượt khách' is a rate (lượt khách/năm). 'hai làng' names the two villages already named: optional.",
]

if __name__ == "__main__":
    write("p1338-7", TEXT, NOTES, FIGS, published="2025-01-15", location="Huế")
