"""p919-1: province portal (Quảng Ngãi), Lý Sơn garlic harvest 2024."""
from lib import P, I, C, fig, build

TEXT = """Trang chủ > Tin tức - Sự kiện > Kinh tế - Xã hội
Lý Sơn thu hoạch hơn 2.100 tấn tỏi
Cập nhật: 12/04/2024 09:45 | Lượt xem: 2.316

Vụ tỏi năm 2024, toàn huyện Lý Sơn xuống giống 325 ha, tăng 15 ha so với vụ trước. Đến nay, nông dân đã thu hoạch xong toàn bộ diện tích. Năng suất bình quân ước đạt 65 tạ/ha, sản lượng ước đạt 2.112 tấn tỏi củ tươi, tăng 8,5% so với năm 2023.

Theo Phòng Nông nghiệp và PTNT huyện, diện tích tỏi tập trung chủ yếu ở đảo Lớn với khoảng 300 ha, đảo Bé chỉ có 25 ha. Ngoài tỏi, nông dân còn trồng 95 ha hành tím, năng suất từ 110 đến 120 tạ/ha.

Đầu vụ, giá tỏi khô loại 1 dao động 110.000-130.000 đồng/kg, cao hơn khoảng 20% so với cùng kỳ; riêng tỏi cô đơn có giá trên 300.000 đồng/kg. Với mức giá này, mỗi ha tỏi cho lãi gần 250 triệu đồng, gấp 2 lần trồng hành tím.

Tính đến 31/3/2024, toàn huyện có 4 hợp tác xã sản xuất, kinh doanh tỏi với 612 thành viên; trong đó HTX Nông nghiệp Lý Sơn 2 có 180 thành viên. HTX này liên kết tiêu thụ khoảng 150 tấn tỏi mỗi năm. Huyện hiện có 5 sản phẩm tỏi đạt chuẩn OCOP 3 sao và 1 sản phẩm đạt 4 sao.

Theo Quyết định số 1586/QĐ-UBND ngày 15/12/2023 của UBND huyện, năm 2024 Lý Sơn phấn đấu duy trì diện tích tỏi trên 320 ha, đưa tỷ lệ diện tích áp dụng quy trình VietGAP lên 30%. Dự kiến trong quý II/2024, huyện hoàn thành kho lạnh bảo quản 500 tấn tỏi tại cảng Lý Sơn.

Nguồn: Trung tâm Truyền thông tỉnh Quảng Ngãi
"""

V24 = P("Vụ tỏi năm 2024", "2024-01-01", "2024-12-31")
ASOF = P("Tính đến 31/3/2024", None, "2024-03-31")
Y24 = P("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("thu hoạch hơn 2.100 tấn tỏi", "2.100", 2100, "measure", "tấn", "sản lượng tỏi thu hoạch",
        approx="over"),
    fig("xuống giống 325 ha", "325", 325, "measure", "ha", "diện tích tỏi xuống giống", V24,
        change=C("increase", 15, "ha", "vụ trước")),
    fig("ước đạt 65 tạ/ha", "65", 65, "measure", "tạ/ha", "năng suất tỏi bình quân", I(V24),
        status="estimate"),
    fig("ước đạt 2.112 tấn", "2.112", 2112, "measure", "tấn", "sản lượng tỏi củ tươi", I(V24),
        status="estimate", change=C("increase", 8.5, "%", "năm 2023")),
    fig("khoảng 300 ha", "300", 300, "measure", "ha", "diện tích tỏi ở đảo Lớn", I(V24), approx="about"),
    fig("chỉ có 25 ha", "25", 25, "measure", "ha", "diện tích tỏi ở đảo Bé", I(V24)),
    fig("trồng 95 ha hành tím", "95", 95, "measure", "ha", "diện tích hành tím", I(V24)),
    fig("từ 110 đến 120 tạ/ha", "110", 110, "measure", "tạ/ha", "năng suất hành tím", I(V24),
        value_max=120),
    fig("110.000-130.000 đồng/kg", "110.000", 110000, "money", "đồng/kg", "giá tỏi khô loại 1",
        value_max=130000, change=C("increase", 20, "%", "cùng kỳ", "about")),
    fig("trên 300.000 đồng/kg", "300.000", 300000, "money", "đồng/kg", "giá tỏi cô đơn", approx="over"),
    fig("lãi gần 250 triệu đồng", "250", 250e6, "money", "đồng/ha", "lãi mỗi ha tỏi", approx="nearly",
        change=C("increase", 2, "lần", "trồng hành tím")),
    fig("có 4 hợp tác xã", "4", 4, "count", "hợp tác xã", "hợp tác xã sản xuất, kinh doanh tỏi", ASOF),
    fig("với 612 thành viên", "612", 612, "count", "thành viên",
        "thành viên hợp tác xã sản xuất, kinh doanh tỏi", ASOF),
    fig("có 180 thành viên", "180", 180, "count", "thành viên", "thành viên HTX Nông nghiệp Lý Sơn 2",
        ASOF, total=612),
    fig("khoảng 150 tấn tỏi mỗi năm", "150", 150, "measure", "tấn/năm", "tỏi HTX liên kết tiêu thụ",
        approx="about"),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", "sản phẩm tỏi đạt chuẩn OCOP 3 sao"),
    fig("và 1 sản phẩm", "1", 1, "count", "sản phẩm", "sản phẩm tỏi đạt OCOP 4 sao"),
    fig("trên 320 ha", "320", 320, "measure", "ha", "diện tích tỏi duy trì", Y24, approx="over",
        status="target"),
    fig("lên 30%", "30", 30, "percent", "%", "tỷ lệ diện tích tỏi áp dụng quy trình VietGAP", Y24,
        status="target"),
    fig("bảo quản 500 tấn", "500", 500, "measure", "tấn", "sức chứa kho lạnh bảo quản tỏi",
        P("quý II/2024", "2024-04-01", "2024-06-30"), status="forecast"),
]

NOTES = [
    "Quảng Ngãi provincial portal: Lý Sơn garlic (tỏi) and shallot (hành tím) 2024. Dateline 'Cập nhật: 12/04/2024 09:45'.",
    "All figures describe huyện Lý Sơn (đảo Lớn / đảo Bé lie in it). Headline figure has no period.",
    "Not figures: 'Lượt xem: 2.316', 'HTX Nông nghiệp Lý Sơn 2' (a name), 'OCOP 3 sao' / '4 sao' (rating levels),",
    "'Quyết định số 1586/QĐ-UBND ngày 15/12/2023', dates. 'gấp 2 lần trồng hành tím' after a per-ha profit = change of it.",
]

build(1, TEXT, FIGS, published="2024-04-12", location="Lý Sơn", notes=NOTES)
