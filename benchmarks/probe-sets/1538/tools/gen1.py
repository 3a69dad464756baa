"""p1538-1: province portal (Cao Bằng): làng rèn Phúc Sen, huyện Quảng Hòa, results of 2024 and plans."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Trang chủ > Tin tức - Sự kiện > Kinh tế

Làng rèn Phúc Sen sản xuất hơn 300 nghìn nông cụ trong năm 2024

Cập nhật: 14/01/2025 09:45 | Lượt xem: 1.386

Năm 2024, làng rèn Phúc Sen, xã Phúc Sen, huyện Quảng Hòa có 168 hộ làm nghề rèn, tăng 12 hộ so với năm 2023, thu hút khoảng 420 lao động. Các lò rèn sản xuất được 312.500 sản phẩm, trong đó dao các loại 154.000 chiếc, cuốc 68.200 chiếc, liềm 52.300 chiếc, xẻng và nông cụ khác 38.000 chiếc.

Doanh thu từ nghề rèn ước đạt 46,8 tỷ đồng, tăng 8,5% so với năm trước. Thu nhập bình quân của lao động làm nghề từ 7 đến 9 triệu đồng/người/tháng.

Mỗi chiếc cuốc bàn rèn tay có giá 120.000-150.000 đồng, cao gấp khoảng 1,5 lần cuốc sản xuất công nghiệp nhưng vẫn được ưa chuộng nhờ bền, sắc. Liềm có giá khoảng 60.000 đồng/chiếc. Sản phẩm của làng có mặt ở 10/10 huyện, thành phố trong tỉnh và được bán sang Hà Giang, Lạng Sơn, Bắc Kạn.

Để giữ nghề, năm 2024, 35 hộ trong làng được hỗ trợ 1,2 tỷ đồng từ nguồn kinh phí khuyến công để đầu tư máy búa, máy mài; đến nay khoảng 90% số lò rèn trong làng đã dùng máy thay cho quai búa tay. Dao Phúc Sen được công nhận sản phẩm OCOP 4 sao từ năm 2022.

Năm 2025, huyện Quảng Hòa phấn đấu giá trị sản xuất nghề rèn đạt trên 50 tỷ đồng, đưa số hộ làm nghề lên 180 hộ; mục tiêu đến năm 2030 có ít nhất 3 sản phẩm OCOP từ nghề rèn.

Tin liên quan:
- Quảng Hòa triển khai Nghị quyết số 12-NQ/HU về phát triển ngành nghề nông thôn
- Cao Bằng: Khai mạc Hội chợ thương mại biên giới Việt - Trung năm 2025
"""

Y24h = per("trong năm 2024", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24b = per("năm 2024", "2024-01-01", "2024-12-31")
NOW = per("đến nay", None, "2025-01-14")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
T30 = per("đến năm 2030", None, "2030-12-31")
QH = "Quảng Hòa"

FIGS = [
    fig("hơn 300 nghìn nông cụ", "300", 300e3, "count", "nông cụ", approx="over",
        subject="nông cụ làng rèn Phúc Sen sản xuất", period=Y24h, location=QH),
    fig("có 168 hộ", "168", 168, "count", "hộ", change=chg("increase", 12, "hộ", "năm 2023"),
        subject="hộ làm nghề rèn", period=Y24, location=QH),
    fig("khoảng 420 lao động", "420", 420, "count", "lao động", approx="about",
        subject="lao động làm nghề rèn", period=Y24, location=QH),
    fig("được 312.500 sản phẩm", "312.500", 312500, "count", "sản phẩm",
        subject="sản phẩm các lò rèn sản xuất", period=inh(Y24), location=QH),
    fig("dao các loại 154.000", "154.000", 154000, "count", "chiếc", total=312500,
        subject="dao các loại", period=inh(Y24), location=QH),
    fig("cuốc 68.200", "68.200", 68200, "count", "chiếc", total=312500,
        subject="cuốc", period=inh(Y24), location=QH),
    fig("liềm 52.300", "52.300", 52300, "count", "chiếc", total=312500,
        subject="liềm", period=inh(Y24), location=QH),
    fig("khác 38.000", "38.000", 38000, "count", "chiếc", total=312500,
        subject="xẻng và nông cụ khác", period=inh(Y24), location=QH),
    fig("ước đạt 46,8 tỷ", "46,8", 46.8e9, "money", "đồng", status="estimate",
        change=chg("increase", 8.5, "%", "năm trước"),
        subject="doanh thu từ nghề rèn", period=inh(Y24), location=QH),
    fig("từ 7 đến 9 triệu", "7", 7e6, "money", "đồng/người/tháng", value_max=9e6,
        subject="thu nhập bình quân của lao động làm nghề", period=inh(Y24), location=QH),
    fig("giá 120.000-150.000", "120.000", 120000, "money", "đồng/chiếc", value_max=150000,
        change=chg("increase", 1.5, "lần", "cuốc sản xuất công nghiệp", approx="about"),
        subject="giá cuốc bàn rèn tay", location=QH),
    fig("khoảng 60.000 đồng/chiếc", "60.000", 60000, "money", "đồng/chiếc", approx="about",
        subject="giá liềm", location=QH),
    fig("ở 10/10 huyện", "10", 10, "count", "huyện, thành phố", total=10,
        subject="huyện, thành phố trong tỉnh có sản phẩm của làng"),
    fig("2024, 35 hộ", "35", 35, "count", "hộ",
        subject="hộ trong làng được hỗ trợ kinh phí khuyến công", period=Y24b, location=QH),
    fig("hỗ trợ 1,2 tỷ", "1,2", 1.2e9, "money", "đồng",
        subject="kinh phí khuyến công hỗ trợ hộ trong làng", period=Y24b, location=QH),
    fig("khoảng 90% số lò", "90", 90, "percent", "%", approx="about",
        subject="số lò rèn trong làng đã dùng máy", period=NOW, location=QH),
    fig("trên 50 tỷ", "50", 50e9, "money", "đồng", approx="over", status="target",
        subject="giá trị sản xuất nghề rèn", period=Y25, location=QH),
    fig("lên 180 hộ", "180", 180, "count", "hộ", status="target",
        subject="số hộ làm nghề", period=Y25, location=QH),
    fig("ít nhất 3 sản phẩm", "3", 3, "count", "sản phẩm", approx="at_least", status="target",
        subject="sản phẩm OCOP từ nghề rèn", period=T30, location=QH),
]

NOTES = [
    "Province portal (Cao Bằng): làng rèn Phúc Sen, huyện Quảng Hòa; 'Cập nhật: 14/01/2025 09:45 | Lượt xem: 1.386' (published 2025-01-14).",
    "Distractors: 09:45, Lượt xem 1.386, 'OCOP 4 sao từ năm 2022', 'Nghị quyết số 12-NQ/HU', 'năm 2025' and 'Việt - Trung' in a related link.",
    "Village figures → location Quảng Hòa (the district). '10/10 huyện, thành phố trong tỉnh' counts the province's districts → Cao Bằng (default).",
    "'trong đó' parts (dao, cuốc, liềm, xẻng) add up to 312.500: total 312500; period 'Năm 2024' from the previous sentence (inherited).",
    "'cao gấp khoảng 1,5 lần cuốc sản xuất công nghiệp' is a change of the price range (increase 1.5 lần, approx about).",
    "'đến nay' (as of the dateline) → end 2025-01-14, start null. 'phấn đấu' governs both clauses of its sentence; 'mục tiêu đến năm 2030' → target.",
    "Income sentence stands after a sentence break from 'ước đạt': actual.",
]

if __name__ == "__main__":
    write("p1538-1", TEXT, NOTES, FIGS, published="2025-01-14", location="Cao Bằng")
