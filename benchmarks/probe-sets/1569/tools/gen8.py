"""p1569-8: radio/TV site (Đài PT-TH Đồng Tháp): lotus-seed milk in huyện Tháp Mười; province lotus figures, targets 2030."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP
Thời sự | Kinh tế | Nông nghiệp | Video | Phát thanh

Sữa hạt sen Tháp Mười: từ đặc sản thành hàng hóa

Cập nhật lúc 18:40 ngày 22/05/2024
Thời lượng video: 03:15

(THĐT) - Tại xã Mỹ Hòa, huyện Tháp Mười, cơ sở sữa hạt sen Hương Đồng của anh Lê Văn Thuận mỗi ngày chế biến khoảng 300 kg hạt sen tươi, cho ra hơn 2.000 chai sữa.

Anh Thuận cho biết, năm 2023 cơ sở tiêu thụ 520.000 chai sữa sen, doanh thu đạt 7,8 tỷ đồng, lợi nhuận khoảng 1,2 tỷ đồng. Quý I năm 2024, sản lượng tiêu thụ tăng 18% so với cùng kỳ. Cơ sở thu mua hạt sen của hơn ba chục hộ trồng sen với tổng diện tích gần 60 ha, giá từ 40.000 đến 45.000 đồng/kg, cao hơn giá thị trường khoảng 3.000 đồng/kg.

Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh hiện có khoảng 3.100 ha sen, tập trung ở ba huyện Tháp Mười, Cao Lãnh, Tam Nông; tỷ lệ hạt sen qua chế biến mới đạt khoảng 15%. Đồng Tháp hiện có 6 sản phẩm sữa sen và sữa hạt được công nhận OCOP, trong đó 1 sản phẩm đạt 4 sao.

Mục tiêu đến năm 2030, tỉnh nâng diện tích sen lên 5.000 ha, tỷ lệ hạt sen qua chế biến đạt 30%, trong đó ít nhất 5% dùng chế biến sữa và đồ uống. Tỉnh sẽ hỗ trợ các cơ sở xây dựng thương hiệu, truy xuất nguồn gốc và kết nối tiêu thụ.

Ngọc Hân - Minh Trí
Bình luận (0) | Chia sẻ
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
Q1 = per("Quý I năm 2024", "2024-01-01", "2024-03-31")
T30 = per("đến năm 2030", None, "2030-12-31")
TM = "Tháp Mười"

FIGS = [
    fig("khoảng 300 kg", "300", 300, "measure", "kg/ngày", approx="about",
        subject="hạt sen tươi cơ sở chế biến mỗi ngày", location=TM),
    fig("hơn 2.000 chai", "2.000", 2000, "measure", "chai/ngày", approx="over",
        subject="chai sữa cơ sở làm ra mỗi ngày", location=TM),
    fig("tiêu thụ 520.000 chai", "520.000", 520000, "count", "chai", subject="sữa sen cơ sở tiêu thụ",
        period=Y23, location=TM),
    fig("đạt 7,8 tỷ", "7,8", 7.8e9, "money", "đồng", subject="doanh thu của cơ sở", period=Y23, location=TM),
    fig("khoảng 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", approx="about", subject="lợi nhuận của cơ sở", period=Y23,
        location=TM),
    fig("tăng 18%", "18", 18, "percent", "%", subject="sản lượng tiêu thụ", period=Q1, location=TM),
    fig("hơn ba chục hộ", "ba chục", 30, "count", "hộ", approx="over",
        subject="hộ trồng sen cơ sở thu mua hạt sen", location=TM),
    fig("gần 60 ha", "60", 60, "measure", "ha", approx="nearly", subject="tổng diện tích sen của các hộ",
        location=TM),
    fig("từ 40.000 đến 45.000", "40.000", 40000, "money", "đồng/kg", value_max=45000,
        change=chg("increase", 3000, "đồng/kg", "giá thị trường", approx="about"),
        subject="giá thu mua hạt sen", location=TM),
    fig("khoảng 3.100 ha", "3.100", 3100, "measure", "ha", approx="about", subject="diện tích sen toàn tỉnh"),
    fig("ba huyện", "ba", 3, "count", "huyện", subject="huyện tập trung diện tích sen"),
    fig("khoảng 15%", "15", 15, "percent", "%", approx="about", subject="tỷ lệ hạt sen qua chế biến"),
    fig("có 6 sản phẩm", "6", 6, "count", "sản phẩm",
        subject="sản phẩm sữa sen và sữa hạt được công nhận OCOP"),
    fig("1 sản phẩm", "1", 1, "count", "sản phẩm", total=6, subject="sản phẩm đạt 4 sao"),
    fig("lên 5.000 ha", "5.000", 5000, "measure", "ha", status="target", subject="diện tích sen",
        period=T30),
    fig("đạt 30%", "30", 30, "percent", "%", status="target", subject="tỷ lệ hạt sen qua chế biến",
        period=T30),
    fig("ít nhất 5%", "5", 5, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ hạt sen dùng chế biến sữa và đồ uống", period=T30),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Đồng Tháp): banner, menu, 'Cập nhật lúc 18:40 ngày 22/05/2024' (published), video length, tag '(THĐT) -', reporters, 'Bình luận (0)'.",
    "Distractors: 18:40, 'Thời lượng video: 03:15', 'Bình luận (0)', 'OCOP ... 4 sao' (a star class), baseline 'cùng kỳ', 'giá thị trường'.",
    "The shop passage (sapo and paragraph 2) is in huyện Tháp Mười → location Tháp Mười; province figures Đồng Tháp.",
    "'mỗi ngày chế biến khoảng 300 kg ..., cho ra hơn 2.000 chai' → rates kg/ngày, chai/ngày (mỗi ngày governs both clauses).",
    "'hơn ba chục hộ' = over 30 (number words). 'Quý I năm 2024, sản lượng tiêu thụ tăng 18%' → growth rate as the claim, percent, no change.",
    "'cao hơn giá thị trường khoảng 3.000 đồng/kg' → change of the price range (unit đồng/kg, baseline 'giá thị trường').",
    "'trong đó 1 sản phẩm đạt 4 sao' → total 6. 'Mục tiêu đến năm 2030' governs the three clauses → target; 'trong đó ít nhất 5%' is its own percent figure.",
    "revised after the first run: 'doanh thu', 'lợi nhuận' → '... của cơ sở' (owner 'cơ sở' in the same sentence).",
]

if __name__ == "__main__":
    write("p1569-8", TEXT, NOTES, FIGS, published="2024-05-22", location="Đồng Tháp")
