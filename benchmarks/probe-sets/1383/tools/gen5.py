"""p1383-5: provincial newspaper (Báo Gia Lai, tag GLO): cashew harvest in huyện Krông Pa, a household, district and province figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO GIA LAI ĐIỆN TỬ
Kinh tế | Nông nghiệp
Thứ Ba, 16/04/2024 | 07:25

Krông Pa: Người trồng điều phấn khởi vì được mùa, được giá

(GLO)- Vụ điều năm nay, nhiều nông hộ ở huyện Krông Pa thu hoạch từ 1,2 đến 1,5 tấn hạt/ha, cao hơn năm trước; giá bán ổn định ở mức 30.000-32.000 đồng/kg.

Gia đình ông Ksor Hyơk (buôn Chư Jú, xã Ia Rsươm) có 3 ha điều ghép giống PN1 trồng năm 2019. Năm nay, vườn điều cho thu hoạch gần 4,5 tấn hạt, sau khi trừ chi phí còn lãi khoảng 90 triệu đồng. "Trước đây trồng điều giống cũ, mỗi hecta chỉ được chừng 5-6 tạ", ông Hyơk chia sẻ.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện Krông Pa hiện có 6.820 ha điều, trong đó hơn 1.900 ha đã được ghép cải tạo bằng giống cao sản. Năm 2024, sản lượng điều toàn huyện dự kiến đạt khoảng 7.500 tấn, tăng 8% so với năm 2023. Trên địa bàn huyện có 3 cơ sở sơ chế điều, công suất mỗi cơ sở 1.200-1.500 tấn/năm, chủ yếu bóc vỏ rồi bán nhân thô cho doanh nghiệp ở Bình Phước, Đồng Nai.

Toàn tỉnh Gia Lai hiện có khoảng 22.000 ha điều, tập trung ở các huyện Krông Pa, Ia Pa, Chư Prông. Mục tiêu đến năm 2030, tỉnh nâng diện tích điều lên 28.000 ha, trong đó 5.000 ha đạt chứng nhận VietGAP hoặc hữu cơ.

NGỌC MINH

Tin cùng chuyên mục:
- Ia Pa: Hỗ trợ giống điều ghép cho hộ nghèo
- Đak Đoa tổ chức Ngày hội Đại đoàn kết lần thứ 2
"""

NOW = per("năm nay", "2024-01-01", "2024-12-31")
NOW2 = per("Năm nay", "2024-01-01", "2024-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
TO30 = per("đến năm 2030", None, "2030-12-31")
GL = "Gia Lai"

FIGS = [
    fig("từ 1,2 đến 1,5", "1,2", 1.2, "measure", "tấn/ha", value_max=1.5,
        subject="năng suất điều của nhiều nông hộ", period=NOW),
    fig("mức 30.000-32.000", "30.000", 30000, "money", "đồng/kg", value_max=32000,
        subject="giá bán điều", period=NOW),
    fig("có 3 ha", "3", 3, "measure", "ha", subject="diện tích điều ghép của gia đình ông Ksor Hyơk"),
    fig("gần 4,5 tấn", "4,5", 4.5, "measure", "tấn", approx="nearly",
        subject="sản lượng hạt điều vườn thu hoạch", period=NOW2),
    fig("khoảng 90 triệu", "90", 90e6, "money", "đồng", approx="about",
        subject="lãi sau khi trừ chi phí", period=NOW2),
    fig("chừng 5-6 tạ", "5", 5, "measure", "tạ/ha", value_max=6, approx="about",
        subject="sản lượng mỗi hecta điều giống cũ trước đây"),
    fig("có 6.820 ha", "6.820", 6820, "measure", "ha", subject="diện tích điều toàn huyện"),
    fig("hơn 1.900 ha", "1.900", 1900, "measure", "ha", approx="over", total=6820,
        subject="diện tích điều được ghép cải tạo bằng giống cao sản"),
    fig("khoảng 7.500 tấn", "7.500", 7500, "measure", "tấn", approx="about", status="forecast",
        change=chg("increase", 8, "%", "năm 2023"), subject="sản lượng điều toàn huyện", period=Y24),
    fig("có 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở sơ chế điều"),
    fig("1.200-1.500 tấn/năm", "1.200", 1200, "measure", "tấn/năm", value_max=1500,
        subject="công suất mỗi cơ sở sơ chế điều"),
    fig("khoảng 22.000 ha", "22.000", 22000, "measure", "ha", approx="about",
        subject="diện tích điều toàn tỉnh", location=GL),
    fig("lên 28.000 ha", "28.000", 28000, "measure", "ha", status="target",
        subject="diện tích điều", period=TO30, location=GL),
    fig("trong đó 5.000 ha", "5.000", 5000, "measure", "ha", status="target", total=28000,
        subject="diện tích điều đạt chứng nhận VietGAP hoặc hữu cơ", period=TO30, location=GL),
]

NOTES = [
    "Provincial newspaper (Báo Gia Lai): section line, dateline 'Thứ Ba, 16/04/2024 | 07:25', sapo with tag '(GLO)-', byline NGỌC MINH, related links.",
    "Distractors: 07:25, 'giống PN1', 'trồng năm 2019' (a date), 'lần thứ 2', 'buôn Chư Jú'.",
    "Default location Krông Pa (the headline and the district); the province's own figures (22.000, 28.000, 5.000 ha) → Gia Lai.",
    "Bình Phước, Đồng Nai are buyers' places, not the place of the processing capacity.",
    "'Vụ điều năm nay' / 'Năm nay' → 2024 (the dateline year); 'tấn hạt/ha' → unit tấn/ha.",
    "The quote 'mỗi hecta chỉ được chừng 5-6 tạ' is a yield: tạ/ha, about ('chừng'), range; 'Trước đây' has no date.",
    "'3 ha điều' of one household is a measure; 'hơn 1.900 ha' after 'trong đó' takes total 6.820.",
    "'dự kiến đạt khoảng 7.500 tấn, tăng 8%' → forecast, about, change vs năm 2023.",
    "'công suất mỗi cơ sở 1.200-1.500 tấn/năm' is a range per plant, no total.",
    "'Mục tiêu đến năm 2030 ... 28.000 ha, trong đó 5.000 ha' → both target; the part takes total 28.000 (same thing, same period).",
]

if __name__ == "__main__":
    write("p1383-5", TEXT, NOTES, FIGS, published="2024-04-16", location="Krông Pa")
