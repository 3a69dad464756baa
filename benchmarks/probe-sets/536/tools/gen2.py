"""p536-2: district portal (huyện Can Lộc, Hà Tĩnh), housing support for người có công."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cổng thông tin điện tử huyện Can Lộc
Tin tức - Sự kiện » Lao động - Xã hội

Can Lộc: 126 hộ người có công được hỗ trợ cải thiện nhà ở

Thứ Ba, 23/07/2024 - 09:10

Thực hiện Kế hoạch số 112/KH-UBND của UBND huyện về hỗ trợ nhà ở đối với người có công với cách mạng, từ năm 2022 đến nay, toàn huyện đã hỗ trợ 126 hộ xây mới và sửa chữa nhà ở, với tổng kinh phí gần 5,9 tỷ đồng. Trong đó, xây mới 48 nhà, mức hỗ trợ 60 triệu đồng/nhà; sửa chữa 78 nhà, mức hỗ trợ từ 30 đến 40 triệu đồng/nhà.

Trong tổng kinh phí trên, ngân sách Trung ương hỗ trợ 2,88 tỷ đồng, ngân sách tỉnh và huyện 1,62 tỷ đồng, Quỹ Đền ơn đáp nghĩa và nguồn xã hội hóa hơn 1,3 tỷ đồng.

Năm 2024, huyện được phân bổ 1,85 tỷ đồng, kế hoạch hỗ trợ 35 hộ, trong đó 14 hộ xây mới và 21 hộ sửa chữa. Đến ngày 15/7/2024, các xã đã khởi công 29 nhà, đạt 82,9% kế hoạch, trong đó hoàn thành 17 nhà.

Ông Trần Văn Tâm, thương binh hạng 4/4 ở thôn 5, xã Thượng Lộc, xúc động khi được hỗ trợ 60 triệu đồng xây mới ngôi nhà rộng 45 m² thay cho căn nhà cấp bốn đã xuống cấp.

Năm 2023, Quỹ Đền ơn đáp nghĩa huyện vận động được 1.264,5 triệu đồng, vượt 26,4% kế hoạch. Hiện toàn huyện có 2.317 người đang hưởng trợ cấp ưu đãi hằng tháng; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.

Phấn đấu đến năm 2025, không còn hộ người có công ở nhà tạm, nhà dột nát trên địa bàn huyện.

Minh Hằng (Phòng LĐ-TB&XH huyện)
"""

SINCE = per("từ năm 2022 đến nay", "2022-01-01", "2024-07-23")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
ASOF = per("Đến ngày 15/7/2024", end="2024-07-15")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
F = [
    fig("Can Lộc: 126 hộ", "126", 126, "count", "hộ",
        "hộ người có công được hỗ trợ cải thiện nhà ở", inh(SINCE)),
    fig("hỗ trợ 126 hộ", "126", 126, "count", "hộ",
        "hộ được hỗ trợ xây mới và sửa chữa nhà ở", SINCE),
    fig("gần 5,9 tỷ đồng", "5,9", 5900000000, "money", "đồng",
        "tổng kinh phí hỗ trợ nhà ở", SINCE, approx="nearly"),
    fig("xây mới 48 nhà", "48", 48, "count", "nhà",
        "nhà xây mới", inh(SINCE), total=126),
    fig("hỗ trợ 60 triệu đồng/nhà", "60", 60000000, "money", "đồng/nhà",
        "mức hỗ trợ xây mới", inh(SINCE)),
    fig("sửa chữa 78 nhà", "78", 78, "count", "nhà",
        "nhà sửa chữa", inh(SINCE), total=126),
    fig("từ 30 đến 40 triệu", "30", 30000000, "money", "đồng/nhà",
        "mức hỗ trợ sửa chữa", inh(SINCE), value_max=40000000),
    fig("hỗ trợ 2,88 tỷ đồng", "2,88", 2880000000, "money", "đồng",
        "kinh phí từ ngân sách Trung ương", inh(SINCE), total=5900000000),
    fig("huyện 1,62 tỷ đồng", "1,62", 1620000000, "money", "đồng",
        "kinh phí từ ngân sách tỉnh và huyện", inh(SINCE), total=5900000000),
    fig("hơn 1,3 tỷ đồng", "1,3", 1300000000, "money", "đồng",
        "kinh phí từ Quỹ Đền ơn đáp nghĩa và nguồn xã hội hóa", inh(SINCE),
        approx="over", total=5900000000),
    fig("phân bổ 1,85 tỷ đồng", "1,85", 1850000000, "money", "đồng",
        "kinh phí hỗ trợ nhà ở được phân bổ", Y24),
    fig("hỗ trợ 35 hộ", "35", 35, "count", "hộ",
        "hộ được hỗ trợ nhà ở theo kế hoạch", Y24, status="target"),
    fig("đó 14 hộ", "14", 14, "count", "hộ",
        "hộ xây mới", Y24, total=35, status="target"),
    fig("và 21 hộ", "21", 21, "count", "hộ",
        "hộ sửa chữa", Y24, total=35, status="target"),
    fig("khởi công 29 nhà", "29", 29, "count", "nhà",
        "nhà đã khởi công", ASOF, percent=82.9),
    fig("hoàn thành 17 nhà", "17", 17, "count", "nhà",
        "nhà hoàn thành", ASOF, total=29),
    fig("hỗ trợ 60 triệu đồng xây", "60", 60000000, "money", "đồng",
        "kinh phí hỗ trợ xây mới nhà cho thương binh Trần Văn Tâm"),
    fig("rộng 45 m²", "45", 45, "measure", "m²",
        "diện tích ngôi nhà xây mới"),
    fig("được 1.264,5 triệu đồng", "1.264,5", 1264500000, "money", "đồng",
        "Quỹ Đền ơn đáp nghĩa huyện vận động", Y23,
        change=chg("increase", 26.4, baseline="kế hoạch")),
    fig("có 2.317 người", "2.317", 2317, "count", "người",
        "người đang hưởng trợ cấp ưu đãi hằng tháng"),
    fig("100% gia đình", "100", 100, "percent", "%",
        "gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú"),
]

NOTES = [
    "Cổng TTĐT huyện Can Lộc (Hà Tĩnh): hỗ trợ nhà ở cho người có công. Dateline 'Thứ Ba, 23/07/2024 - 09:10', byline at the end.",
    "Location is the district throughout. 'từ năm 2022 đến nay' ends at the dateline; the headline, the 'Trong đó' parts and the",
    "funding split inherit it. 'Trong tổng kinh phí trên' (≈ trong số N) makes the three funding sources parts of gần 5,9 tỷ (they add up).",
    "'kế hoạch hỗ trợ 35 hộ' is a plan: target, continuing into its 'trong đó' parts; 'đạt 82,9% kế hoạch' is the share of 29 nhà;",
    "'hoàn thành 17 nhà' after 'trong đó' is a part of the 29 started. 'vượt 26,4% kế hoạch' is a change against the plan.",
    "Distractors: 'Kế hoạch số 112/KH-UBND', 'thương binh hạng 4/4' (a grade), 'thôn 5', 'nhà cấp bốn', 'đến năm 2025' without a number.",
]

write("p536-2", TEXT, NOTES, F, published="2024-07-23", location="Can Lộc")
