"""p1428-8: radio/TV site (Đài PT-TH Khánh Hòa, KTV): huyện Vạn Ninh expands sea grapes farming, 2025."""
from lib import fig, per, chg, write

TEXT = """KTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KHÁNH HÒA
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Vạn Ninh mở rộng vùng nuôi rong nho

Cập nhật lúc 18:45 ngày 10/03/2025

(KTV) - Năm nay, huyện Vạn Ninh dự kiến mở rộng thêm 8 ha nuôi rong nho tại các xã Vạn Hưng, Vạn Thọ, nâng tổng diện tích toàn huyện lên 47 ha.

Năm 2024, sản lượng rong nho của huyện đạt 305 tấn, đứng thứ ba toàn tỉnh sau TP Cam Ranh và thị xã Ninh Hòa. Ở xã Vạn Hưng, gần ba chục hộ đã chuyển từ nuôi tôm sang nuôi rong nho với tổng diện tích khoảng 11 ha. Theo tính toán của người dân, mỗi ha rong nho cho lãi từ 150 đến 200 triệu đồng/năm, cao gấp 2-3 lần nuôi tôm thẻ.

Anh Đặng Văn Hòa (thôn Đầm Môn, xã Vạn Thạnh) cho biết, với 2 ha ao lót bạt, mỗi tháng gia đình anh thu hoạch khoảng 5 tấn rong nho, bán cho Công ty CP Thủy sản Vân Phong với giá 22.000 đồng/kg. Trừ chi phí, mỗi năm gia đình lãi gần 400 triệu đồng.

Ông Nguyễn Hữu Phước, Trưởng phòng Nông nghiệp và PTNT huyện Vạn Ninh cho biết, trong quý I/2025, huyện phối hợp với Viện Nghiên cứu Nuôi trồng thủy sản III tập huấn kỹ thuật cho khoảng 120 hộ nuôi; phấn đấu năm 2025 sản lượng rong nho toàn huyện đạt 360 tấn, tăng 18% so với năm 2024.

Tin cùng chuyên mục
- Khánh Hòa: Ngư dân vươn khơi đầu năm
- Cam Lâm tập trung chăm sóc lúa vụ Đông Xuân

Bản quyền thuộc Đài Phát thanh và Truyền hình Khánh Hòa
Địa chỉ: 70 Lê Thánh Tôn, TP Nha Trang. Đường dây nóng: 0258.3827.827
"""

NOW = per("Năm nay", "2025-01-01", "2025-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Q1 = per("quý I/2025", "2025-01-01", "2025-03-31")
Y25 = per("năm 2025", "2025-01-01", "2025-12-31")

FIGS = [
    fig("thêm 8 ha", "8", 8, "measure", "ha", status="forecast",
        subject="diện tích nuôi rong nho mở rộng thêm", period=NOW),
    fig("lên 47 ha", "47", 47, "measure", "ha", status="forecast",
        subject="tổng diện tích nuôi rong nho toàn huyện", period=NOW),
    fig("đạt 305 tấn", "305", 305, "measure", "tấn", subject="sản lượng rong nho của huyện", period=Y24),
    fig("đứng thứ ba", "ba", 3, "rank", "hạng", subject="sản lượng rong nho của huyện", period=Y24),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ chuyển từ nuôi tôm sang nuôi rong nho"),
    fig("khoảng 11 ha", "11", 11, "measure", "ha", approx="about",
        subject="tổng diện tích nuôi rong nho của các hộ"),
    fig("từ 150 đến 200 triệu", "150", 150e6, "money", "đồng/ha/năm", value_max=200e6,
        change=chg("increase", 2, "lần", "nuôi tôm thẻ"), subject="lãi mỗi ha rong nho"),
    fig("với 2 ha", "2", 2, "measure", "ha", subject="ao lót bạt của gia đình anh Đặng Văn Hòa"),
    fig("khoảng 5 tấn", "5", 5, "measure", "tấn/tháng", approx="about",
        subject="rong nho gia đình anh thu hoạch mỗi tháng"),
    fig("giá 22.000 đồng/kg", "22.000", 22000, "money", "đồng/kg",
        subject="giá bán rong nho cho Công ty CP Thủy sản Vân Phong"),
    fig("gần 400 triệu", "400", 400e6, "money", "đồng/năm", approx="nearly", subject="lãi của gia đình mỗi năm"),
    fig("khoảng 120 hộ", "120", 120, "count", "hộ", approx="about",
        subject="hộ nuôi được tập huấn kỹ thuật", period=Q1),
    fig("đạt 360 tấn", "360", 360, "measure", "tấn", status="target",
        change=chg("increase", 18, "%", "năm 2024"), subject="sản lượng rong nho toàn huyện", period=Y25),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Khánh Hòa, KTV): menu, 'Cập nhật lúc 18:45 ngày 10/03/2025', tag '(KTV) -', related links, copyright footer.",
    "Distractors: 18:45, 'Viện Nghiên cứu Nuôi trồng thủy sản III', 'Công ty CP Thủy sản Vân Phong', '70 Lê Thánh Tôn', hotline, 'vụ Đông Xuân'.",
    "Location Vạn Ninh for every figure (xã Vạn Hưng, xã Vạn Thạnh are in the district). 'Năm nay' = 2025 (published).",
    "'dự kiến' governs both clauses of the sapo (forecast). 'đứng thứ ba toàn tỉnh': rank 3 of the district's output in 2024.",
    "'gần ba chục hộ' = nearly 30 (number words). 'cao gấp 2-3 lần nuôi tôm thẻ' is the change (value 2) of the profit range.",
    "Per-ha, per-month, per-year amounts keep the denominator in the unit (đồng/ha/năm, tấn/tháng, đồng/năm).",
    "'trong quý I/2025 ... tập huấn ... khoảng 120 hộ' has no status cue: actual; 'phấn đấu năm 2025' after ';' is target.",
]

if __name__ == "__main__":
    write("p1428-8", TEXT, NOTES, FIGS, published="2025-03-10", location="Vạn Ninh")
