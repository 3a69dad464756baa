"""p1565-8: radio/TV site (Quảng Ninh): dried peanut worm (sá sùng khô) in Vân Đồn, province dried seafood 7 months 2024."""
from lib import fig, per, chg, write

TEXT = """QTV - TRUNG TÂM TRUYỀN THÔNG TỈNH QUẢNG NINH
Thời sự | Kinh tế | Xã hội | Video | Phát thanh

Sá sùng khô Vân Đồn: đặc sản tiền triệu vào mùa

Cập nhật lúc 19:25, 22/08/2024
▶ Video 03:12 | Bản tin Thời sự 19h

Từ đầu tháng 8 đến nay, hơn ba chục hộ dân ở xã Quan Lạn, Minh Châu (huyện Vân Đồn) ngày nào cũng ra bãi triều đào sá sùng. Mỗi người thu được từ 1 đến 2 kg sá sùng tươi mỗi ngày, bán với giá 350.000-400.000 đồng/kg.

Sá sùng sau khi làm sạch được phơi nắng hoặc sấy trên than hoa. Sá sùng khô loại 1 hiện có giá 4,5-5 triệu đồng/kg, cao gấp khoảng 12 lần giá sá sùng tươi. Ông Phạm Văn Tư ở thôn Đoài, xã Quan Lạn cho biết gia đình ông có 4 lao động, mỗi mùa thu khoảng 60-70 triệu đồng từ sá sùng.

Theo UBND huyện Vân Đồn, năm 2023 toàn huyện khai thác khoảng 18 tấn sá sùng tươi, chế biến được gần 2 tấn sá sùng khô, giá trị hơn 9 tỷ đồng. Hiện huyện có 3 sản phẩm sá sùng khô đạt OCOP 4 sao.

Theo Sở Nông nghiệp và Phát triển nông thôn, 7 tháng đầu năm 2024, sản lượng thủy sản khô, sơ chế toàn tỉnh ước đạt 1.150 tấn, bằng 58% kế hoạch năm; trong đó mực khô khoảng 310 tấn, chủ yếu ở các huyện Cô Tô, Vân Đồn và TP Móng Cái. Tỉnh phấn đấu đến năm 2025 có 5 sản phẩm thủy sản khô đạt OCOP 5 sao.

Chia sẻ: Facebook | Zalo
Bản quyền thuộc Trung tâm Truyền thông tỉnh Quảng Ninh. Giấy phép số 05/GP-TTĐT
Đường dây nóng: 0203.3835.555
"""

SINCE = per("Từ đầu tháng 8 đến nay", "2024-08-01", "2024-08-22")
Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
SEVEN = per("7 tháng đầu năm 2024", "2024-01-01", "2024-07-31")
BY2025 = per("đến năm 2025", None, "2025-12-31")
VD = "Vân Đồn"

FIGS = [
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ dân đào sá sùng", period=SINCE, location=VD),
    fig("từ 1 đến 2 kg", "1", 1, "measure", "kg/người/ngày", value_max=2,
        subject="sá sùng tươi mỗi người thu được mỗi ngày", location=VD),
    fig("350.000-400.000", "350.000", 350000, "money", "đồng/kg", value_max=400000,
        subject="giá bán sá sùng tươi", location=VD),
    fig("4,5-5 triệu", "4,5", 4.5e6, "money", "đồng/kg", value_max=5e6,
        change=chg("increase", 12, "lần", "giá sá sùng tươi", approx="about"),
        subject="giá sá sùng khô loại 1", location=VD),
    fig("có 4 lao động", "4", 4, "count", "lao động", subject="lao động của gia đình ông Phạm Văn Tư",
        location=VD),
    fig("khoảng 60-70 triệu", "60", 60e6, "money", "đồng/mùa", approx="about", value_max=70e6,
        subject="thu từ sá sùng mỗi mùa", location=VD),
    fig("khoảng 18 tấn", "18", 18, "measure", "tấn", approx="about",
        subject="sá sùng tươi toàn huyện khai thác", period=Y23, location=VD),
    fig("gần 2 tấn", "2", 2, "measure", "tấn", approx="nearly",
        subject="sá sùng khô chế biến được", period=Y23, location=VD),
    fig("hơn 9 tỷ", "9", 9e9, "money", "đồng", approx="over",
        subject="giá trị sá sùng khô", period=Y23, location=VD),
    fig("có 3 sản phẩm", "3", 3, "count", "sản phẩm", subject="sản phẩm sá sùng khô đạt OCOP 4 sao",
        location=VD),
    fig("ước đạt 1.150 tấn", "1.150", 1150, "measure", "tấn", status="estimate", percent=58,
        subject="sản lượng thủy sản khô, sơ chế", period=SEVEN),
    fig("khoảng 310 tấn", "310", 310, "measure", "tấn", approx="about", total=1150, status="estimate",
        subject="sản lượng mực khô", period=SEVEN),
    fig("có 5 sản phẩm", "5", 5, "count", "sản phẩm", status="target",
        subject="sản phẩm thủy sản khô đạt OCOP 5 sao", period=BY2025),
]

NOTES = [
    "Radio/TV site (QTV, Quảng Ninh): menu, 'Cập nhật lúc 19:25, 22/08/2024', video duration '03:12', 'Bản tin Thời sự 19h', share bar, licence, hotline.",
    "Distractors: 19:25, 03:12, 19h, 'OCOP 4 sao', 'OCOP 5 sao' (rating levels), Giấy phép số 05/GP-TTĐT, 0203.3835.555, 'thôn Đoài'.",
    "'hơn ba chục hộ' = over 30 (number words); 'Từ đầu tháng 8 đến nay' -> 2024-08-01 .. dateline.",
    "Vân Đồn passage (communes Quan Lạn, Minh Châu; UBND huyện Vân Đồn) -> location Vân Đồn; province paragraph -> Quảng Ninh (districts listed after the figure do not localise it).",
    "Daily and seasonal amounts are rates: kg/ngày, đồng/mùa. 'cao gấp khoảng 12 lần giá sá sùng tươi' -> change 12 lần (about), as 'gấp khoảng 4 lần bia công nghiệp' in set 1242.",
    "'ước đạt 1.150 tấn, bằng 58% kế hoạch năm; trong đó mực khô khoảng 310 tấn' -> percent 58; the part has total 1.150 and carries the estimate.",
    "'phấn đấu đến năm 2025 có 5 sản phẩm' -> target, start null.",
]

if __name__ == "__main__":
    write("p1565-8", TEXT, NOTES, FIGS, published="2024-08-22", location="Quảng Ninh")
