"""p1079-6: national newspaper, CCB ở Bến Tre làm giàu, giúp đồng đội thoát nghèo; national figures of CCB enterprises."""
from lib import Fig, per, chg, tgt, build

TEXT = """
Thứ hai, 9/6/2025, 14:30 (GMT+7)
Cựu chiến binh xứ dừa làm giàu, kéo đồng đội thoát nghèo

Từ những khoản vay nhỏ, nhiều cựu chiến binh ở Bến Tre đã gây dựng hợp tác xã, doanh nghiệp có doanh thu hàng chục tỷ đồng mỗi năm.

Năm 2004, ông Lê Văn Tám, cựu binh Trung đoàn 1 Bến Tre, vay 30 triệu đồng qua tổ tiết kiệm và vay vốn của Hội Cựu chiến binh xã để mua máy sơ chế cơm dừa. Hiện hợp tác xã dừa do ông làm giám đốc có 146 thành viên, liên kết bao tiêu trên 420 ha dừa hữu cơ. Năm 2024, hợp tác xã đạt doanh thu 38,5 tỷ đồng, tăng 17% so với năm trước; thu mua dừa cho thành viên với giá 95.000-110.000 đồng/chục, cao hơn thương lái khoảng 10%.

Theo Hội Cựu chiến binh tỉnh Bến Tre, toàn tỉnh có 28.640 hội viên, trong đó hơn 1.700 hội viên là chủ trang trại, doanh nghiệp, hợp tác xã. Hội quản lý 318 tổ tiết kiệm và vay vốn với dư nợ 1.036 tỷ đồng. Từ năm 2020 đến nay, các cấp Hội đã giúp 2.315 hộ hội viên thoát nghèo; tỷ lệ hộ nghèo trong hội viên giảm từ 3,1% năm 2020 xuống còn 0,6% cuối năm 2024.

Trên cả nước, Hội Cựu chiến binh Việt Nam hiện có hơn 2,1 triệu hội viên. Hiệp hội Doanh nghiệp Cựu chiến binh Việt Nam có gần 3.000 doanh nghiệp hội viên, tạo việc làm cho khoảng 250.000 lao động, trong đó gần 40% là con em cựu chiến binh và thân nhân gia đình chính sách.

Năm 2025, Hội Cựu chiến binh tỉnh Bến Tre đặt mục tiêu không còn hộ hội viên nghèo, dư nợ ủy thác tăng 5-7%.

Ngọc Tài
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
SINCE = per("Từ năm 2020 đến nay", "2020-01-01", "2025-06-09")

FIGS = [
    Fig("hàng chục tỷ đồng", "chục", 10e9, "money", "đồng", "doanh thu hợp tác xã, doanh nghiệp của cựu chiến binh",
        approx="about", optional=True),
    Fig("vay 30 triệu đồng", "30", 30e6, "money", "đồng", "vốn vay qua tổ tiết kiệm và vay vốn",
        per("Năm 2004", "2004-01-01", "2004-12-31")),
    Fig("có 146 thành viên", "146", 146, "count", "thành viên", "thành viên hợp tác xã dừa"),
    Fig("trên 420 ha", "420", 420, "measure", "ha", "diện tích dừa hữu cơ liên kết bao tiêu", approx="over"),
    Fig("doanh thu 38,5 tỷ đồng", "38,5", 38.5e9, "money", "đồng", "doanh thu hợp tác xã", Y24,
        change=chg("increase", 17, "%", "năm trước")),
    Fig("giá 95.000-110.000", "95.000", 95000, "money", "đồng/chục", "giá thu mua dừa cho thành viên", Y24,
        value_max=110000, change=chg("increase", 10, "%", "thương lái", approx="about")),
    Fig("có 28.640 hội viên", "28.640", 28640, "count", "hội viên", "hội viên Hội Cựu chiến binh tỉnh"),
    Fig("hơn 1.700 hội viên", "1.700", 1700, "count", "hội viên",
        "hội viên là chủ trang trại, doanh nghiệp, hợp tác xã", approx="over", total=28640),
    Fig("318 tổ", "318", 318, "count", "tổ", "tổ tiết kiệm và vay vốn do Hội quản lý"),
    Fig("dư nợ 1.036 tỷ đồng", "1.036", 1036e9, "money", "đồng", "dư nợ tổ tiết kiệm và vay vốn"),
    Fig("giúp 2.315 hộ", "2.315", 2315, "count", "hộ", "hộ hội viên thoát nghèo", SINCE),
    Fig("từ 3,1% năm 2020", "3,1", 3.1, "percent", "%", "tỷ lệ hộ nghèo trong hội viên",
        per("năm 2020", "2020-01-01", "2020-12-31")),
    Fig("còn 0,6%", "0,6", 0.6, "percent", "%", "tỷ lệ hộ nghèo trong hội viên",
        per("cuối năm 2024", None, "2024-12-31")),
    Fig("hơn 2,1 triệu hội viên", "2,1", 2.1e6, "count", "hội viên", "hội viên Hội Cựu chiến binh Việt Nam",
        approx="over", location="Việt Nam"),
    Fig("gần 3.000 doanh nghiệp", "3.000", 3000, "count", "doanh nghiệp",
        "doanh nghiệp hội viên Hiệp hội Doanh nghiệp Cựu chiến binh Việt Nam", approx="nearly", location="Việt Nam"),
    Fig("khoảng 250.000 lao động", "250.000", 250000, "count", "lao động", "lao động được tạo việc làm",
        approx="about", location="Việt Nam"),
    Fig("gần 40%", "40", 40, "percent", "%", "lao động là con em cựu chiến binh và thân nhân gia đình chính sách",
        approx="nearly", location="Việt Nam"),
    Fig("tăng 5-7%", "5", 5, "percent", "%", "dư nợ ủy thác tăng", per("Năm 2025", "2025-01-01", "2025-12-31"),
        value_max=7, status="target"),
]

NOTES = [
    "National newspaper (VnExpress-style dateline 'Thứ hai, 9/6/2025, 14:30 (GMT+7)'): veterans in Bến Tre, a coconut cooperative,",
    "the provincial association, national counts of members and CCB enterprises (location Việt Nam), 2025 targets.",
    "Not figures: 'Trung đoàn 1' (a unit's name), the name Lê Văn Tám, 14:30.",
    "'hàng chục tỷ đồng' in the lead is a vague number word (approx about 10 tỷ): optional.",
    "'cao hơn thương lái khoảng 10%' follows the price range: the change of that price (baseline thương lái).",
    "'giảm từ 3,1% năm 2020 xuống còn 0,6% cuối năm 2024': two percent figures, no change value stated. 'Từ năm 2020 đến nay' ends at the",
    "dateline. 'gần 40%' after 'trong đó' is a share of the 250.000 workers: a percent figure of its own.",
    "'dư nợ ủy thác tăng 5-7%' is a target growth rate with no base amount: percent figure, range, status target.",
]

build("p1079-6", TEXT, FIGS, published="2025-06-09", location="Bến Tre", notes=NOTES)
