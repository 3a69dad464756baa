"""p1262-7: news agency (TTXVN / Vietnam+): drip irrigation for fruit trees on slopes in Sơn La, a mango cooperative in Yên Châu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Vietnam+ > Kinh tế > Nông nghiệp

Sơn La: Tưới nhỏ giọt giúp cây ăn quả trên đất dốc cho năng suất cao

Thứ Bảy, 20/07/2024 - 14:05

(TTXVN) - Tỉnh Sơn La hiện có khoảng 86.000 ha cây ăn quả, trong đó gần 5.600 ha được tưới tiết kiệm nước, tập trung ở các huyện Mộc Châu, Yên Châu và Mai Sơn.

Tại huyện Yên Châu, Hợp tác xã Xoài Hoa Mai ở xã Chiềng Khoi có 27 thành viên với 64 ha xoài, nhãn. Năm 2021, hợp tác xã được hỗ trợ 70% kinh phí để xây 2 bể chứa nước, mỗi bể dung tích 500 m3, và lắp đặt hệ thống tưới nhỏ giọt cho 30 ha.

Ông Lò Văn Khiêm, Giám đốc hợp tác xã cho biết, năng suất xoài trên diện tích tưới nhỏ giọt gấp 1,5 lần so với không tưới. Năm 2023, sản lượng xoài của hợp tác xã đạt 720 tấn, tăng 25% so với năm 2020, trong đó 45 tấn xuất khẩu sang Australia; giá bán bình quân 18.000 đồng/kg, doanh thu hơn 12 tỷ đồng. Sản phẩm xoài GL4 của hợp tác xã đã đạt chứng nhận OCOP 4 sao.

Theo Sở Nông nghiệp và Phát triển nông thôn Sơn La, giai đoạn 2021-2025, tỉnh phấn đấu phát triển thêm 3.000 ha cây ăn quả tưới tiết kiệm nước; năm nay dự kiến thực hiện khoảng 800 ha. Chi phí lắp đặt hệ thống tưới nhỏ giọt trên đất dốc từ 55 đến 65 triệu đồng/ha, cao hơn khoảng 20% so với vùng đất bằng do phải xây bể chứa và lắp thêm van giảm áp.

(TTXVN/Vietnam+)

Tin cùng chuyên mục:
- Mộc Châu: Mùa mận hậu năm 2024 ước đạt sản lượng cao
- Sơn La tổ chức Tuần lễ Xoài và nông sản an toàn lần thứ 4
"""

Y21 = per("Năm 2021", "2021-01-01", "2021-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
G2125 = per("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
NOW = per("năm nay", "2024-01-01", "2024-12-31")
YC = "Yên Châu"

FIGS = [
    fig("khoảng 86.000 ha", "86.000", 86000, "measure", "ha", approx="about",
        subject="diện tích cây ăn quả"),
    fig("gần 5.600 ha", "5.600", 5600, "measure", "ha", approx="nearly", total=86000,
        subject="diện tích cây ăn quả được tưới tiết kiệm nước"),
    fig("có 27 thành viên", "27", 27, "count", "thành viên",
        subject="thành viên hợp tác xã Xoài Hoa Mai", location=YC),
    fig("với 64 ha", "64", 64, "measure", "ha",
        subject="diện tích xoài, nhãn của hợp tác xã", location=YC),
    fig("hỗ trợ 70%", "70", 70, "percent", "%",
        subject="kinh phí hợp tác xã được hỗ trợ", period=Y21, location=YC),
    fig("xây 2 bể", "2", 2, "count", "bể",
        subject="bể chứa nước được xây", period=Y21, location=YC),
    fig("dung tích 500 m3", "500", 500, "measure", "m3",
        subject="dung tích mỗi bể chứa nước", location=YC),
    fig("cho 30 ha", "30", 30, "measure", "ha",
        subject="diện tích lắp đặt hệ thống tưới nhỏ giọt", period=Y21, location=YC),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần",
        subject="năng suất xoài trên diện tích tưới nhỏ giọt so với không tưới", location=YC),
    fig("đạt 720 tấn", "720", 720, "measure", "tấn",
        change=chg("increase", 25, "%", "năm 2020"),
        subject="sản lượng xoài của hợp tác xã", period=Y23, location=YC),
    fig("đó 45 tấn", "45", 45, "measure", "tấn", total=720,
        subject="sản lượng xoài xuất khẩu sang Australia", period=Y23, location=YC),
    fig("quân 18.000 đồng/kg", "18.000", 18000, "money", "đồng/kg",
        subject="giá bán bình quân xoài", period=Y23, location=YC),
    fig("hơn 12 tỷ", "12", 12e9, "money", "đồng", approx="over",
        subject="doanh thu của hợp tác xã", period=Y23, location=YC),
    fig("thêm 3.000 ha", "3.000", 3000, "measure", "ha", status="target",
        subject="diện tích cây ăn quả tưới tiết kiệm nước phát triển thêm", period=G2125),
    fig("khoảng 800 ha", "800", 800, "measure", "ha", approx="about", status="forecast",
        subject="diện tích cây ăn quả tưới tiết kiệm nước thực hiện", period=NOW),
    fig("từ 55 đến 65 triệu", "55", 55e6, "money", "đồng/ha", value_max=65e6,
        change=chg("increase", 20, "%", "vùng đất bằng", approx="about"),
        subject="chi phí lắp đặt hệ thống tưới nhỏ giọt trên đất dốc"),
]

NOTES = [
    "News agency (TTXVN / Vietnam+): breadcrumb, 'Thứ Bảy, 20/07/2024 - 14:05', '(TTXVN) -' lead, '(TTXVN/Vietnam+)' sign-off, related links.",
    "Distractors: 14:05, 'xoài GL4' (a variety name), 'OCOP 4 sao', 'năm 2020' (baseline), 'lần thứ 4', 'Mùa mận hậu năm 2024' (link).",
    "'khoảng 86.000 ha cây ăn quả, trong đó gần 5.600 ha được tưới tiết kiệm nước' → total 86000. The list of districts after 'tập trung ở'",
    "has no numbers. Province figures: Sơn La; the cooperative in huyện Yên Châu (xã Chiềng Khoi) → location Yên Châu.",
    "'Năm 2021' governs the support sentence (70%, 2 bể, 30 ha); 'mỗi bể dung tích 500 m3' is a standing spec: no period.",
    "'gấp 1,5 lần so với không tưới' stands alone as the claim (no amount to attach to): kind multiple.",
    "'đạt 720 tấn, tăng 25% so với năm 2020, trong đó 45 tấn ...' → change on 720; 45 is a part (total 720).",
    "'phấn đấu ... 3.000 ha' → target, 'giai đoạn 2021-2025'; 'năm nay dự kiến ... khoảng 800 ha' → forecast, year of the dateline (2024).",
    "'cao hơn khoảng 20% so với vùng đất bằng' is the change of the cost range (about).",
]

if __name__ == "__main__":
    write("p1262-7", TEXT, NOTES, FIGS, published="2024-07-20", location="Sơn La")
