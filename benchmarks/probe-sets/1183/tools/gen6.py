"""p1183-6: national newspaper, durian seedling prices fall in Chợ Lách (Bến Tre)."""
from lib import fig, per, inh, chg, tgt, build

TEXT = """Kinh doanh > Nông nghiệp
Thứ Ba, 15/10/2024, 06:00 (GMT+7)

Giá cây giống sầu riêng giảm mạnh, nhà vườn Chợ Lách chuyển hướng

Cây sầu riêng ghép Ri6, Monthong từng bán 80.000-100.000 đồng một cây, nay chỉ còn 25.000-30.000 đồng, nhiều vườn ươm ở Chợ Lách (Bến Tre) tồn hàng chục nghìn cây.

Huyện Chợ Lách hiện có hơn 5.600 ha sản xuất cây giống, hoa kiểng với khoảng 9.000 hộ tham gia, cung ứng trên 100 triệu cây giống mỗi năm. Theo Phòng Nông nghiệp và Phát triển nông thôn huyện, 9 tháng năm 2024, lượng cây giống sầu riêng tiêu thụ chỉ đạt khoảng 2,1 triệu cây, giảm 45% so với cùng kỳ. Trong đó, xuất bán sang Campuchia, Lào khoảng 300.000 cây.

Ông Lê Văn Tâm ở xã Vĩnh Thành có vườn ươm 1,5 ha, hiện còn khoảng 12.000 cây sầu riêng giống chưa bán được. "Năm ngoái tôi lãi gần 1 tỷ đồng, năm nay tính ra lỗ 200 triệu", ông nói. Ông đã chuyển 0,5 ha sang ươm bưởi da xanh, dừa xiêm và mít.

Dọc Quốc lộ 57 qua xã Sơn Định, nhiều vườn ươm treo biển giảm giá. Một chủ vườn cho biết phải giảm 40% nhân công so với đầu năm.

Cả nước hiện có khoảng 150.000 ha sầu riêng, vượt xa mục tiêu 65.000 ha vào năm 2030. Theo dự báo của Viện Cây ăn quả miền Nam, năm 2025 nhu cầu cây giống sầu riêng của cả nước chỉ khoảng 1,5-2 triệu cây.

Hoàng Nam
"""

M9 = per("9 tháng năm 2024", "2024-01-01", "2024-09-30")
Y23 = per("Năm ngoái", "2023-01-01", "2023-12-31")
Y24 = per("năm nay", "2024-01-01", "2024-12-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")
TAM = "vườn ươm của ông Lê Văn Tâm"

FIGS = [
    fig("80.000-100.000", "80.000", 80000, "money", "đồng/cây", value_max=100000,
        subject="giá cây sầu riêng ghép trước đây"),
    fig("còn 25.000-30.000", "25.000", 25000, "money", "đồng/cây", value_max=30000,
        subject="giá cây sầu riêng ghép hiện nay"),
    fig("hàng chục nghìn cây", "chục", 10000, "count", "cây", approx="about", optional=True,
        subject="cây sầu riêng giống tồn tại các vườn ươm"),
    fig("hơn 5.600 ha", "5.600", 5600, "measure", "ha", approx="over",
        subject="diện tích sản xuất cây giống, hoa kiểng"),
    fig("khoảng 9.000 hộ", "9.000", 9000, "count", "hộ", approx="about",
        subject="hộ tham gia sản xuất cây giống, hoa kiểng"),
    fig("trên 100 triệu", "100", 100_000_000, "count", "cây giống", approx="over",
        subject="cây giống cung ứng mỗi năm"),
    fig("khoảng 2,1 triệu", "2,1", 2_100_000, "count", "cây", approx="about",
        change=chg("decrease", 45, "%", "cùng kỳ"), subject="cây giống sầu riêng tiêu thụ", period=M9),
    fig("khoảng 300.000 cây", "300.000", 300000, "count", "cây", approx="about", total=2_100_000,
        subject="cây giống sầu riêng xuất bán sang Campuchia, Lào", period=inh(M9)),
    fig("vườn ươm 1,5 ha", "1,5", 1.5, "measure", "ha", subject=f"diện tích {TAM}"),
    fig("khoảng 12.000 cây", "12.000", 12000, "count", "cây", approx="about",
        subject="cây sầu riêng giống chưa bán được"),
    fig("gần 1 tỷ", "1", 1_000_000_000, "money", "đồng", approx="nearly",
        subject=f"lãi của {TAM}", period=Y23),
    fig("lỗ 200 triệu", "200", 200_000_000, "money", "đồng", subject=f"lỗ của {TAM}", period=Y24),
    fig("chuyển 0,5 ha", "0,5", 0.5, "measure", "ha", subject="diện tích chuyển sang ươm bưởi da xanh, dừa xiêm và mít"),
    fig("giảm 40% nhân công", "40", 40, "percent", "%",
        subject="mức giảm nhân công của một vườn ươm so với đầu năm"),
    fig("khoảng 150.000 ha", "150.000", 150000, "measure", "ha", approx="about",
        target=tgt(65000, "ha", True), subject="diện tích sầu riêng", location="Việt Nam"),
    fig("khoảng 1,5-2 triệu", "1,5", 1_500_000, "count", "cây", value_max=2_000_000, approx="about",
        status="forecast", subject="nhu cầu cây giống sầu riêng", period=Y25, location="Việt Nam"),
]

NOTES = [
    "National newspaper: 'Thứ Ba, 15/10/2024, 06:00 (GMT+7)', byline at the end. Durian seedlings in Chợ Lách (Bến Tre).",
    "Distractors: 'Ri6' (variety name), 'Quốc lộ 57', time 06:00, GMT+7, 'Một chủ vườn' (one unnamed owner, not a count).",
    "'80.000-100.000 đồng một cây' = đồng/cây. 'hàng chục nghìn cây' is vague (optional). 'Năm ngoái' = 2023, 'năm nay' = 2024 (dateline).",
    "'giảm 40% nhân công so với đầu năm' has no base amount: a percent figure (the cut) of its own.",
    "'vượt xa mục tiêu 65.000 ha vào năm 2030' is the target of 150.000 ha (met). National figures: Việt Nam; the rest: Chợ Lách.",
    "'Theo dự báo ... năm 2025' → forecast.",
]

if __name__ == "__main__":
    build("p1183-6", TEXT, NOTES, FIGS, published="2024-10-15", location="Chợ Lách")
