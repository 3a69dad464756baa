"""p1425-5: Party newspaper (Báo Bạc Liêu, tag (BL)): giant freshwater prawn in rice fields, huyện Phước Long."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẠC LIÊU
Thời sự | Kinh tế | Nông nghiệp | Xã hội | Văn hóa

Phước Long: Nông dân lãi 120 triệu đồng/ha nhờ nuôi tôm càng xanh trên ruộng lúa

Nhờ áp dụng quy trình nuôi tôm càng xanh toàn đực xen canh trong ruộng lúa, nhiều hộ dân ở xã Vĩnh Phú Tây có lãi từ 100 đến 120 triệu đồng/ha mỗi năm.

(BL) - Gia đình anh Tô Văn Lực ở ấp Phước Hòa, xã Vĩnh Phú Tây có 3,5 ha đất lúa - tôm. Vụ tôm vừa qua, anh thả 25.000 con tôm càng xanh giống toàn đực, sau 5 tháng thu hoạch gần 1,4 tấn, bán với giá từ 180.000 đến 220.000 đồng/kg. Trừ chi phí, anh lãi khoảng 210 triệu đồng, chưa tính vụ lúa ST24 cho năng suất 5,2 tấn/ha.

"Mật độ thả chỉ 7.000 con/ha, chi phí giống và thức ăn khoảng 30 triệu đồng/ha. Tôm ăn thêm phù du, rơm rạ trong ruộng nên ít bệnh", anh Lực chia sẻ.

Theo Phòng Nông nghiệp và PTNT huyện Phước Long, toàn huyện hiện có 14.560 ha lúa - tôm, trong đó diện tích thả tôm càng xanh xen canh khoảng 3.200 ha, tăng 1,5 lần so với năm 2022. 6 tháng đầu năm 2024, sản lượng tôm càng xanh của huyện ước đạt 720 tấn, bằng 55,4% kế hoạch năm. Hội Nông dân huyện đã tổ chức 18 lớp tập huấn cho hơn 600 lượt hội viên.

Toàn tỉnh hiện có khoảng 41.000 ha canh tác lúa - tôm. Tỉnh phấn đấu đến năm 2025 có 10.000 ha nuôi tôm càng xanh xen canh, năng suất bình quân đạt từ 400 kg/ha trở lên.

HỮU THỌ
09/07/2024
"""

H6 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
T25 = per("đến năm 2025", None, "2025-12-31")
BL = "Bạc Liêu"

FIGS = [
    fig("lãi 120 triệu", "120", 120e6, "money", "đồng/ha",
        subject="lãi của nông dân nuôi tôm càng xanh trên ruộng lúa"),
    fig("từ 100 đến 120 triệu", "100", 100e6, "money", "đồng/ha/năm", value_max=120e6,
        subject="lãi của hộ dân nuôi tôm càng xanh xen canh trong ruộng lúa"),
    fig("có 3,5 ha", "3,5", 3.5, "measure", "ha", subject="đất lúa - tôm của gia đình anh Tô Văn Lực"),
    fig("thả 25.000 con", "25.000", 25000, "count", "con", subject="tôm càng xanh giống toàn đực anh thả"),
    fig("sau 5 tháng", "5", 5, "measure", "tháng", subject="thời gian nuôi trước thu hoạch", optional=True),
    fig("gần 1,4 tấn", "1,4", 1.4, "measure", "tấn", approx="nearly", subject="tôm càng xanh thu hoạch"),
    fig("từ 180.000 đến 220.000", "180.000", 180000, "money", "đồng/kg", value_max=220000,
        subject="giá bán tôm càng xanh"),
    fig("khoảng 210 triệu", "210", 210e6, "money", "đồng", approx="about", subject="lãi của anh Lực từ vụ tôm"),
    fig("năng suất 5,2 tấn/ha", "5,2", 5.2, "measure", "tấn/ha", subject="năng suất vụ lúa ST24"),
    fig("chỉ 7.000 con/ha", "7.000", 7000, "measure", "con/ha", subject="mật độ thả tôm càng xanh"),
    fig("khoảng 30 triệu", "30", 30e6, "money", "đồng/ha", approx="about", subject="chi phí giống và thức ăn"),
    fig("có 14.560 ha", "14.560", 14560, "measure", "ha", subject="diện tích lúa - tôm toàn huyện"),
    fig("khoảng 3.200 ha", "3.200", 3200, "measure", "ha", approx="about", total=14560,
        change=chg("increase", 1.5, "lần", "năm 2022"), subject="diện tích thả tôm càng xanh xen canh"),
    fig("ước đạt 720 tấn", "720", 720, "measure", "tấn", status="estimate", percent=55.4,
        subject="sản lượng tôm càng xanh của huyện", period=H6),
    fig("chức 18 lớp", "18", 18, "count", "lớp", subject="lớp tập huấn Hội Nông dân huyện tổ chức"),
    fig("hơn 600 lượt", "600", 600, "count", "lượt hội viên", approx="over",
        subject="lượt hội viên được tập huấn"),
    fig("khoảng 41.000 ha", "41.000", 41000, "measure", "ha", approx="about",
        subject="diện tích canh tác lúa - tôm toàn tỉnh", location=BL),
    fig("có 10.000 ha", "10.000", 10000, "measure", "ha", status="target",
        subject="diện tích nuôi tôm càng xanh xen canh", period=T25, location=BL),
    fig("từ 400 kg/ha", "400", 400, "measure", "kg/ha", approx="at_least", status="target",
        subject="năng suất bình quân tôm càng xanh xen canh", period=T25, location=BL),
]

NOTES = [
    "Party newspaper (Báo Bạc Liêu): masthead, menu, sapo, tag '(BL) -', byline 'HỮU THỌ' and a bare date '09/07/2024' at the end.",
    "Distractors: 'ấp Phước Hòa' (none), ST24, the bare date; the quote's figures are figures.",
    "Location: the farmer and the district figures are in huyện Phước Long (headline 'Phước Long:'); 'Toàn tỉnh' figures → Bạc Liêu.",
    "'sau 5 tháng' is the rearing time (a duration that locates the harvest): optional.",
    "'lãi từ 100 đến 120 triệu đồng/ha mỗi năm' → unit đồng/ha/năm; 'Mật độ thả 7.000 con/ha' is a rate (measure).",
    "'trong đó diện tích ... khoảng 3.200 ha' → total 14.560; 'tăng 1,5 lần so với năm 2022' is its change.",
    "'bằng 55,4% kế hoạch năm' → percent attribute; 'từ 400 kg/ha trở lên' → at_least; 'phấn đấu đến năm 2025' governs both clauses.",
    "'Vụ tôm vừa qua' and 'hiện' give no dated period; '18 lớp', 'hơn 600 lượt' (cumulative 'đã tổ chức') get no period.",
]

if __name__ == "__main__":
    write("p1425-5", TEXT, NOTES, FIGS, published="2024-07-09", location="Phước Long")
