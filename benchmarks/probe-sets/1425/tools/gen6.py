"""p1425-6: national newspaper: organic rice from rice-shrimp land in huyện An Minh (Kiên Giang) exported to Europe."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Kinh doanh › Nông nghiệp
Thứ tư, 18/9/2024, 15:40 (GMT+7)

Gạo hữu cơ từ ruộng tôm An Minh vào siêu thị châu Âu

Hơn 1.000 tấn gạo hữu cơ trồng trên đất nuôi tôm ở huyện An Minh, tỉnh Kiên Giang đã được xuất sang Đức, Hà Lan trong 8 tháng đầu năm, giá cao gấp đôi gạo thường.

Công ty CP Nông sản Xanh Miền Tây, trụ sở tại Km 82 Quốc lộ 63, thị trấn Thứ Mười Một, hiện liên kết với 4 HTX và 356 hộ dân, tổng diện tích 1.120 ha lúa - tôm. Trong số này, 540 ha đã được chứng nhận hữu cơ theo tiêu chuẩn EU và USDA.

8 tháng đầu năm nay, công ty xuất khẩu 1.050 tấn gạo hữu cơ, thu về khoảng 1,6 triệu USD, tăng 35% so với cùng kỳ năm trước. Bà Phạm Thị Ngọc Lan, Giám đốc công ty, cho biết mỗi tấn gạo hữu cơ xuất sang EU có giá khoảng 1.500 USD, gấp đôi gạo trắng 5% tấm. Công ty thu mua lúa hữu cơ tươi tại ruộng 9.800 đồng/kg, cao hơn lúa thường khoảng 2.000 đồng/kg.

Ông Danh Sơn ở xã Vân Khánh Tây có 4 ha ruộng tôm. Năm 2023, ông thu 19 tấn lúa hữu cơ, trừ chi phí còn lãi hơn 110 triệu đồng, chưa kể 1,2 tấn tôm sú. "Ruộng không dùng thuốc trừ sâu nên tôm khỏe, tỷ lệ sống đạt khoảng 55%", ông nói.

Năm nay, công ty dự kiến mở rộng vùng nguyên liệu thêm 500 ha và xuất khẩu khoảng 2.000 tấn gạo. Theo Hiệp hội Lương thực Việt Nam, cả nước có khoảng 25.000 ha lúa hữu cơ, trong đó hơn 11.000 ha trên đất lúa - tôm.

Minh Khôi
"""

E8 = per("8 tháng đầu năm", "2024-01-01", "2024-08-31")
E8N = per("8 tháng đầu năm nay", "2024-01-01", "2024-08-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Năm nay", "2024-01-01", "2024-12-31")
VN = "Việt Nam"

FIGS = [
    fig("Hơn 1.000 tấn", "1.000", 1000, "measure", "tấn", approx="over",
        subject="gạo hữu cơ trồng trên đất nuôi tôm xuất sang Đức, Hà Lan", period=E8),
    fig("cao gấp đôi gạo thường", "đôi", 2, "multiple", "lần",
        subject="giá gạo hữu cơ so với gạo thường", period=E8),
    fig("với 4 HTX", "4", 4, "count", "HTX", subject="HTX liên kết với công ty"),
    fig("356 hộ", "356", 356, "count", "hộ dân", subject="hộ dân liên kết với công ty"),
    fig("tích 1.120 ha", "1.120", 1120, "measure", "ha", subject="tổng diện tích lúa - tôm liên kết"),
    fig("540 ha", "540", 540, "measure", "ha", total=1120,
        subject="diện tích được chứng nhận hữu cơ theo tiêu chuẩn EU và USDA"),
    fig("khẩu 1.050 tấn", "1.050", 1050, "measure", "tấn", subject="gạo hữu cơ công ty xuất khẩu", period=E8N),
    fig("khoảng 1,6 triệu", "1,6", 1.6e6, "money", "USD", approx="about",
        change=chg("increase", 35, "%", "cùng kỳ năm trước"), subject="tiền thu về từ xuất khẩu gạo hữu cơ",
        period=E8N),
    fig("khoảng 1.500 USD", "1.500", 1500, "money", "USD/tấn", approx="about",
        change=chg("increase", 2, "lần", "gạo trắng 5% tấm"), subject="giá gạo hữu cơ xuất sang EU"),
    fig("ruộng 9.800 đồng/kg", "9.800", 9800, "money", "đồng/kg",
        change=chg("increase", 2000, "đồng/kg", "lúa thường", approx="about"),
        subject="giá thu mua lúa hữu cơ tươi tại ruộng"),
    fig("có 4 ha", "4", 4, "measure", "ha", subject="ruộng tôm của ông Danh Sơn"),
    fig("thu 19 tấn", "19", 19, "measure", "tấn", subject="lúa hữu cơ ông Danh Sơn thu hoạch", period=Y23),
    fig("hơn 110 triệu", "110", 110e6, "money", "đồng", approx="over", subject="lãi từ lúa hữu cơ", period=Y23),
    fig("kể 1,2 tấn", "1,2", 1.2, "measure", "tấn", subject="tôm sú", period=Y23),
    fig("khoảng 55%", "55", 55, "percent", "%", approx="about", subject="tỷ lệ tôm sống"),
    fig("thêm 500 ha", "500", 500, "measure", "ha", status="forecast",
        subject="vùng nguyên liệu mở rộng thêm", period=NOW),
    fig("khoảng 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="about", status="forecast",
        subject="gạo xuất khẩu", period=NOW),
    fig("khoảng 25.000 ha", "25.000", 25000, "measure", "ha", approx="about",
        subject="diện tích lúa hữu cơ cả nước", location=VN),
    fig("hơn 11.000 ha", "11.000", 11000, "measure", "ha", approx="over", total=25000,
        subject="diện tích lúa hữu cơ trên đất lúa - tôm", location=VN),
]

NOTES = [
    "National newspaper: section path, 'Thứ tư, 18/9/2024, 15:40 (GMT+7)', sapo, quote, byline at the end.",
    "Distractors: 15:40, (GMT+7), 'Km 82 Quốc lộ 63', 'thị trấn Thứ Mười Một' (a town name with number words), 'gạo trắng 5% tấm' (a grade).",
    "Location: company and farms are in huyện An Minh → An Minh; the national organic-rice figures (VFA) → Việt Nam.",
    "Sapo 'giá cao gấp đôi gạo thường' has no amount: a multiple as the claim (kind multiple, 2 lần), same sentence as '8 tháng đầu năm'.",
    "'Trong số này, 540 ha' → total 1.120 (the whole in the previous sentence). 'gấp đôi gạo trắng 5% tấm' is the change of 1.500 USD/tấn.",
    "'mỗi tấn ... có giá khoảng 1.500 USD' → USD/tấn. '8 tháng đầu năm' (sapo, no year) and 'năm nay' take 2024 from the dateline.",
    "'Năm nay, công ty dự kiến' governs both clauses (forecast). 'hiện', the price and the quoted survival rate get no period.",
]

if __name__ == "__main__":
    write("p1425-6", TEXT, NOTES, FIGS, published="2024-09-18", location="An Minh")
