"""p786-5: Báo Cà Mau (Party newspaper) — wooden-boat yards of Sông Đốc in difficulty."""
from lib import emit, fig, per, inh, ch

TEXT = """Báo Cà Mau - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Cà Mau
Kinh tế

Làng đóng tàu gỗ Sông Đốc gặp khó

Những năm gần đây, nghề đóng tàu cá vỏ gỗ ở thị trấn Sông Đốc, huyện Trần Văn Thời đang đối mặt nhiều khó khăn do giá gỗ tăng cao, thợ lành nghề thiếu hụt.

Theo Phòng Nông nghiệp và PTNT huyện, năm 2018 thị trấn có 23 cơ sở đóng tàu, mỗi năm đóng mới hơn 100 chiếc. Đến nay chỉ còn 11 cơ sở duy trì hoạt động, số tàu đóng mới năm 2023 chỉ đạt 34 chiếc, giảm gần 40% so với năm 2022.

Ông Nguyễn Văn Sáu, chủ cơ sở đóng tàu ở khóm 9, cho biết giá gỗ sao, gỗ căm xe hiện từ 28 đến 32 triệu đồng/m3, tăng khoảng 30% so với 3 năm trước. Một chiếc tàu gỗ dài 17 m, công suất 400 CV cần trên 60 m3 gỗ, giá đóng hoàn thiện khoảng 3,2 tỷ đồng. Trước đây mỗi cơ sở thường có từ 15 đến 20 thợ, nay nhiều nơi chỉ còn 5-7 người. "Thợ cả giờ trả 600.000 đồng/ngày mà vẫn khó thuê người", ông Sáu nói.

Toàn huyện Trần Văn Thời hiện có 1.146 tàu cá, trong đó tàu vỏ gỗ chiếm hơn 85%. Theo kế hoạch, đến năm 2025 huyện phấn đấu chuyển đổi khoảng 120 tàu vỏ gỗ sang vỏ thép, vỏ composite, tổng nhu cầu vốn khoảng 540 tỷ đồng. Năm 2023, tỉnh đã bố trí 15 tỷ đồng hỗ trợ lãi suất cho ngư dân đóng mới tàu theo Nghị quyết số 08/2022/NQ-HĐND, mức hỗ trợ tối đa 500 triệu đồng/tàu.

HOÀNG VŨ
12/05/2024
"""

Y18 = per("năm 2018", "2018-01-01", "2018-12-31")
NOW = per("Đến nay", None, "2024-05-12")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("Năm 2023", "2023-01-01", "2023-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 23 cơ sở", "23", 23, "count", "cơ sở", "cơ sở đóng tàu", Y18),
    fig("hơn 100 chiếc", "100", 100, "count", "chiếc", "tàu đóng mới mỗi năm", Y18, approx="over"),
    fig("còn 11 cơ sở", "11", 11, "count", "cơ sở", "cơ sở đóng tàu duy trì hoạt động", NOW),
    fig("đạt 34 chiếc", "34", 34, "count", "chiếc", "số tàu đóng mới", Y23,
        change=ch("decrease", 40, baseline="năm 2022", approx="nearly")),
    fig("từ 28 đến 32 triệu", "28", 28e6, "money", "đồng/m3", "giá gỗ sao, gỗ căm xe", value_max=32e6,
        change=ch("increase", 30, baseline="3 năm trước", approx="about")),
    fig("dài 17 m", "17", 17, "measure", "m", "chiều dài tàu gỗ", optional=True),
    fig("công suất 400 CV", "400", 400, "measure", "CV", "công suất tàu gỗ", optional=True),
    fig("trên 60 m3", "60", 60, "measure", "m3", "gỗ cần cho một chiếc tàu gỗ dài 17 m, công suất 400 CV", approx="over"),
    fig("khoảng 3,2 tỷ đồng", "3,2", 3.2e9, "money", "đồng", "giá đóng hoàn thiện một chiếc tàu gỗ", approx="about"),
    fig("từ 15 đến 20 thợ", "15", 15, "count", "thợ", "thợ của mỗi cơ sở trước đây", value_max=20),
    fig("còn 5-7 người", "5", 5, "count", "người", "thợ của mỗi cơ sở hiện nay", value_max=7),
    fig("trả 600.000 đồng/ngày", "600.000", 600000, "money", "đồng/ngày", "tiền công thợ cả"),
    fig("có 1.146 tàu cá", "1.146", 1146, "count", "tàu cá", "tàu cá"),
    fig("hơn 85%", "85", 85, "percent", "%", "tỷ lệ tàu vỏ gỗ trong tổng số tàu cá", approx="over"),
    fig("khoảng 120 tàu", "120", 120, "count", "tàu", "tàu vỏ gỗ chuyển đổi sang vỏ thép, vỏ composite", T25,
        approx="about", status="target"),
    fig("khoảng 540 tỷ đồng", "540", 540e9, "money", "đồng", "tổng nhu cầu vốn chuyển đổi tàu vỏ gỗ", T25,
        approx="about", status="target"),
    fig("bố trí 15 tỷ đồng", "15", 15e9, "money", "đồng", "vốn hỗ trợ lãi suất cho ngư dân đóng mới tàu", Y23b,
        location="Cà Mau"),
    fig("tối đa 500 triệu", "500", 500e6, "money", "đồng/tàu", "mức hỗ trợ lãi suất", Y23b,
        approx="at_most", location="Cà Mau"),
]

COMMENTS = [
    "p786-5 — Báo Cà Mau (Party newspaper), byline 'HOÀNG VŨ' and bare date '12/05/2024' at the end.",
    "Location: the thị trấn Sông Đốc lies in huyện Trần Văn Thời, so the district is the location (spec: province, city or district);",
    "the province's interest-support money is Cà Mau. 'Đến nay' → as-of the dateline. 'hơn 85%' after 'trong đó' is a share of",
    "a different whole (not 1.146's share): its own percent, no total. 'dài 17 m, công suất 400 CV' describe the example boat: optional.",
    "Status: 'Theo kế hoạch, đến năm 2025 ... phấn đấu' governs 120 tàu and the continuing clause 'tổng nhu cầu vốn 540 tỷ' → target.",
    "Distractors: khóm 9, name 'Nguyễn Văn Sáu', Nghị quyết số 08/2022/NQ-HĐND, '3 năm trước' (baseline only).",
]

if __name__ == "__main__":
    emit("p786-5", TEXT, COMMENTS, FIGS, published="2024-05-12", location="Trần Văn Thời")
