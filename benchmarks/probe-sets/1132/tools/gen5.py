"""p1132-5: Party newspaper (Báo Hà Giang): ancient Shan tuyết tea trees as heritage trees, Hoàng Su Phì."""
from lib import F, P, I, C, T, write

TEXT = """Gìn giữ những cây chè di sản trên đất Hoàng Su Phì

Những năm qua, huyện Hoàng Su Phì đã có nhiều giải pháp bảo tồn các cây chè Shan tuyết cổ thụ, vừa giữ gìn nguồn gen quý, vừa nâng cao thu nhập cho đồng bào vùng cao.

Toàn tỉnh Hà Giang hiện có khoảng 21.000 ha chè, trong đó chè Shan tuyết khoảng 17.800 ha, chiếm 85%. Riêng Hoàng Su Phì có trên 3.800 ha chè Shan tuyết, trong đó gần 1.460 ha chè cổ thụ trên 100 năm tuổi.

Năm 2023, 400 cây chè tại các xã Phìn Hồ, Thông Nguyên, Nậm Ty được Hội Bảo vệ thiên nhiên và môi trường Việt Nam công nhận là Cây Di sản Việt Nam, nâng tổng số cây chè di sản của huyện lên 1.250 cây. Giai đoạn 2021-2023, huyện đã hỗ trợ 2,8 tỷ đồng để khoanh vùng, gắn biển và chăm sóc các cây chè di sản.

Gia đình ông Sần Văn Chản ở thôn Chiến Thắng, xã Phìn Hồ đang chăm sóc 126 cây chè cổ thụ, trong đó 32 cây được công nhận cây di sản. Mỗi năm, gia đình thu hoạch khoảng 1,5 tấn chè búp tươi, giá bán từ 80.000 đến 120.000 đồng/kg, cao gấp 3 lần chè thường. Trừ chi phí, ông thu lãi trên 150 triệu đồng/năm. "Cây chè di sản là tài sản của cả bản, phải giữ cho con cháu", ông Chản nói.

Đến năm 2025, huyện phấn đấu có thêm 500 cây chè được công nhận cây di sản và ít nhất 5 sản phẩm chè đạt chuẩn OCOP 4 sao trở lên; mở rộng vùng chè Shan tuyết hữu cơ lên 1.000 ha.

THU PHƯƠNG
18/04/2024
"""

Y23 = P("Năm 2023", "2023-01-01", "2023-12-31")
G = P("Giai đoạn 2021-2023", "2021-01-01", "2023-12-31")
T25 = P("Đến năm 2025", None, "2025-12-31")
FAMILY = "gia đình ông Sần Văn Chản"

FIGS = [
    F("khoảng 21.000 ha", "21.000", 21000, "measure", "ha", approx="about", subject="diện tích chè",
      location="Hà Giang"),
    F("khoảng 17.800 ha", "17.800", 17800, "measure", "ha", approx="about", total=21000, percent=85,
      subject="diện tích chè Shan tuyết", location="Hà Giang"),
    F("trên 3.800 ha", "3.800", 3800, "measure", "ha", approx="over", subject="diện tích chè Shan tuyết"),
    F("gần 1.460 ha", "1.460", 1460, "measure", "ha", approx="nearly", total=3800,
      subject="diện tích chè cổ thụ"),
    F("trên 100 năm tuổi", "100", 100, "measure", "năm", approx="over", optional=True,
      subject="tuổi chè cổ thụ"),
    F("400 cây chè", "400", 400, "count", "cây chè",
      subject="cây chè được công nhận là Cây Di sản Việt Nam", period=Y23),
    F("lên 1.250 cây", "1.250", 1250, "count", "cây", subject="tổng số cây chè di sản của huyện",
      period=Y23),
    F("hỗ trợ 2,8 tỷ đồng", "2,8", 2800000000, "money", "đồng",
      subject="kinh phí hỗ trợ khoanh vùng, gắn biển và chăm sóc các cây chè di sản", period=G),
    F("chăm sóc 126 cây", "126", 126, "count", "cây chè cổ thụ",
      subject=f"cây chè cổ thụ {FAMILY} chăm sóc"),
    F("32 cây được", "32", 32, "count", "cây", total=126,
      subject="cây chè cổ thụ được công nhận cây di sản"),
    F("khoảng 1,5 tấn", "1,5", 1.5, "measure", "tấn", approx="about",
      subject="sản lượng chè búp tươi gia đình thu hoạch mỗi năm"),
    F("từ 80.000 đến 120.000", "80.000", 80000, "money", "đồng/kg", value_max=120000,
      change=C("increase", 3, "lần", "chè thường"), subject="giá bán chè búp tươi"),
    F("trên 150 triệu", "150", 150000000, "money", "đồng/năm", approx="over",
      subject="lãi của gia đình ông Chản"),
    F("thêm 500 cây", "500", 500, "count", "cây chè", status="target",
      subject="cây chè được công nhận cây di sản", period=T25),
    F("ít nhất 5 sản phẩm", "5", 5, "count", "sản phẩm", approx="at_least", status="target",
      subject="sản phẩm chè đạt chuẩn OCOP 4 sao trở lên", period=T25),
    F("lên 1.000 ha", "1.000", 1000, "measure", "ha", status="target",
      subject="vùng chè Shan tuyết hữu cơ", period=T25),
]

NOTES = [
    "Party newspaper (Báo Hà Giang): byline 'THU PHƯƠNG' and bare date '18/04/2024' at the end.",
    "Default location Hoàng Su Phì (the article's district); the first two figures are the province (Hà Giang).",
    "Distractors: 'OCOP 4 sao' (a rating level), 'giai đoạn 2021-2023' only as period, names (thôn Chiến Thắng).",
    "'trên 100 năm tuổi' defines 'chè cổ thụ' (optional). '400 cây … nâng tổng số … lên 1.250 cây': no part-of cue, no total.",
    "'cao gấp 3 lần chè thường' after the price range is its change (lần). 'trên 150 triệu đồng/năm' keeps /năm in the unit.",
    "The family's figures (standing, 'Mỗi năm') get no period and stay in Hoàng Su Phì.",
]

if __name__ == "__main__":
    write("p1132-5", TEXT, NOTES, FIGS, published="2024-04-18", location="Hoàng Su Phì")
