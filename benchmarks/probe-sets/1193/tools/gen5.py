"""p1193-5: Party newspaper (Báo Nghệ An), molasses village in xã Hùng Sơn, huyện Anh Sơn."""
from lib import F, P, I, C, T, write

TEXT = """Mật mía Hùng Sơn vào vụ

Những ngày cuối năm, khắp xóm Tân Hùng, xã Hùng Sơn (huyện Anh Sơn) thơm mùi mật mía. Toàn xã hiện có 37 hộ duy trì nghề nấu mật, mỗi vụ (từ tháng 11 đến tháng 3 năm sau) ép hơn 2.000 tấn mía, cho khoảng 200 tấn mật.

Gia đình anh Phan Văn Lực ở xóm Tân Hùng là hộ nấu mật lớn nhất xã. Anh trồng 4,5 ha mía tím, đầu tư 2 lò nấu và một máy ép 15 mã lực. Vụ vừa qua, gia đình anh bán 46 tấn mật, giá bình quân 17.000 đồng/kg, trừ chi phí lãi khoảng 280 triệu đồng. Vào vụ, anh thuê 6 lao động thời vụ với tiền công từ 250.000 đến 300.000 đồng/người/ngày. "Mười tấn mía nấu được chừng một tấn mật, bán mật lời gấp rưỡi bán mía cây", anh Lực tính.

Theo UBND huyện Anh Sơn, năm 2024 diện tích mía toàn huyện đạt 1.126 ha, đạt 102,4% kế hoạch; trong đó khoảng 90 ha mía tím phục vụ nấu mật và ăn tươi. Cũng trong năm 2024, huyện hỗ trợ 150 triệu đồng để xây dựng nhãn hiệu tập thể "Mật mía Hùng Sơn" và in 20.000 tem truy xuất nguồn gốc.

Xã đặt mục tiêu đến năm 2026 sản phẩm mật mía Hùng Sơn đạt OCOP 3 sao, bán qua sàn thương mại điện tử ít nhất 30% sản lượng.

Toàn tỉnh Nghệ An hiện có khoảng 24.500 ha mía nguyên liệu, cung cấp cho 2 nhà máy đường với tổng công suất 15.000 tấn mía/ngày.

HOÀI THU
12/12/2024
"""

Y24 = P("năm 2024", "2024-01-01", "2024-12-31")
Y24B = P("trong năm 2024", "2024-01-01", "2024-12-31")
T26 = P("đến năm 2026", None, "2026-12-31")

FIGS = [
    F("có 37 hộ", "37", 37, "count", "hộ", subject="hộ duy trì nghề nấu mật"),
    F("hơn 2.000 tấn", "2.000", 2000, "measure", "tấn", approx="over",
      subject="mía ép mỗi vụ"),
    F("khoảng 200 tấn", "200", 200, "measure", "tấn", approx="about",
      subject="mật mía mỗi vụ"),
    F("trồng 4,5 ha", "4,5", 4.5, "measure", "ha", subject="diện tích mía tím gia đình anh Phan Văn Lực trồng"),
    F("đầu tư 2 lò", "2", 2, "count", "lò nấu", subject="lò nấu gia đình anh Phan Văn Lực đầu tư"),
    F("và một máy ép", "một", 1, "count", "máy ép", subject="máy ép gia đình anh Phan Văn Lực đầu tư"),
    F("15 mã lực", "15", 15, "measure", "mã lực", subject="công suất máy ép"),
    F("bán 46 tấn", "46", 46, "measure", "tấn", subject="mật gia đình anh Phan Văn Lực bán"),
    F("bình quân 17.000", "17.000", 17000, "money", "đồng/kg", subject="giá mật bình quân"),
    F("khoảng 280 triệu", "280", 280e6, "money", "đồng", approx="about",
      subject="lãi của gia đình anh Phan Văn Lực sau khi trừ chi phí"),
    F("thuê 6 lao động", "6", 6, "count", "lao động", subject="lao động thời vụ anh Lực thuê"),
    F("từ 250.000 đến 300.000", "250.000", 250000, "money", "đồng/người/ngày", value_max=300000,
      subject="tiền công lao động thời vụ"),
    F("Mười tấn mía", "Mười", 10, "measure", "tấn", optional=True, subject="mía"),
    F("chừng một tấn mật", "một", 1, "measure", "tấn", approx="about", optional=True,
      subject="mật nấu được từ mười tấn mía"),
    F("lời gấp rưỡi", "rưỡi", 1.5, "multiple", "lần",
      subject="lời bán mật so với bán mía cây"),
    F("đạt 1.126 ha", "1.126", 1126, "measure", "ha", percent=102.4,
      subject="diện tích mía toàn huyện", period=Y24),
    F("khoảng 90 ha", "90", 90, "measure", "ha", approx="about", total=1126,
      subject="diện tích mía tím phục vụ nấu mật và ăn tươi", period=Y24),
    F("hỗ trợ 150 triệu", "150", 150e6, "money", "đồng",
      subject="kinh phí hỗ trợ xây dựng nhãn hiệu tập thể Mật mía Hùng Sơn", period=Y24B),
    F("in 20.000 tem", "20.000", 20000, "count", "tem", subject="tem truy xuất nguồn gốc", period=Y24B),
    F("OCOP 3 sao", "3", 3, "measure", "sao", status="target", optional=True, subject="hạng sao OCOP"),
    F("ít nhất 30%", "30", 30, "percent", "%", approx="at_least", status="target",
      subject="tỷ lệ sản lượng mật mía bán qua sàn thương mại điện tử", period=T26),
    F("khoảng 24.500 ha", "24.500", 24500, "measure", "ha", approx="about", location="Nghệ An",
      subject="diện tích mía nguyên liệu toàn tỉnh"),
    F("cho 2 nhà máy", "2", 2, "count", "nhà máy đường", location="Nghệ An",
      subject="nhà máy đường"),
    F("công suất 15.000 tấn", "15.000", 15000, "measure", "tấn/ngày", location="Nghệ An",
      subject="tổng công suất các nhà máy đường"),
]

NOTES = [
    "Party newspaper (Báo Nghệ An): molasses village in xã Hùng Sơn, huyện Anh Sơn. Byline 'HOÀI THU' and bare date '12/12/2024' at the end.",
    "Distractors: 'từ tháng 11 đến tháng 3 năm sau' (the season, not a figure), 'xóm Tân Hùng', the bare date.",
    "Default location Anh Sơn (commune and district figures); the last paragraph is province-wide: Nghệ An.",
    "'Mười tấn mía nấu được chừng một tấn mật' is a conversion rule in a quote (both optional). 'lời gấp rưỡi bán mía cây' is a multiple standing as the claim (rưỡi = 1.5 lần).",
    "Season figures ('mỗi vụ', 'Vụ vừa qua') get no period. '90 ha' after '; trong đó' is part of 1.126 ha. 'Cũng trong năm 2024' states its own period.",
    "'OCOP 3 sao' under 'mục tiêu đến năm 2026' is a rating class (optional).",
]

if __name__ == "__main__":
    write("p1193-5", TEXT, NOTES, FIGS, published="2024-12-12", location="Anh Sơn")
