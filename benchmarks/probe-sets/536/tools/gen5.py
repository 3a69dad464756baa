"""p536-5: Party newspaper (Báo Thái Bình), convalescent care and health for người có công, 2024."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """XÃ HỘI

Thái Bình: Hơn 9.600 người có công được điều dưỡng phục hồi sức khỏe

Từ đầu năm đến nay, Sở Lao động - Thương binh và Xã hội tỉnh đã tổ chức điều dưỡng phục hồi sức khỏe cho 9.634 người có công, tăng 12,3% so với cùng kỳ năm 2023, với tổng kinh phí ước đạt 24,8 tỷ đồng.

Trong đó, điều dưỡng tập trung 2.410 người tại Trung tâm Điều dưỡng người có công tỉnh và các cơ sở ở Sầm Sơn (Thanh Hóa), Cửa Lò (Nghệ An), mức chi 3.346.000 đồng/người/lần; điều dưỡng tại gia đình 7.224 người, mức 1.673.000 đồng/người. Các huyện có nhiều người được điều dưỡng là Quỳnh Phụ, Hưng Hà và Thái Thụy, với lần lượt 1.486, 1.352 và 1.207 người.

Qua khám sức khỏe cho các đoàn điều dưỡng tập trung, có 68,5% người mắc bệnh mạn tính, chủ yếu là tăng huyết áp, đái tháo đường, bệnh xương khớp; khoảng 15% được tư vấn chuyển điều trị tuyến trên.

Cũng trong 7 tháng, tỉnh đã cấp phương tiện trợ giúp, dụng cụ chỉnh hình cho 1.265 lượt thương binh, người có công bị khuyết tật, kinh phí 2,15 tỷ đồng. Hiện 100% người có công và thân nhân thuộc diện được cấp thẻ bảo hiểm y tế, với 118.560 thẻ, kinh phí gần 93 tỷ đồng mỗi năm.

Ông Phạm Văn Lực, thương binh ở xã Thụy Hà (Thái Thụy), chia sẻ: "Mỗi năm được đi điều dưỡng một lần, được khám bệnh, cấp thuốc, anh em thương binh chúng tôi rất phấn khởi".

Năm 2025, tỉnh phấn đấu tổ chức điều dưỡng cho từ 9.500 đến 10.000 người có công, trong đó điều dưỡng tập trung khoảng 2.600 người.

Ngọc Lan
14/08/2024
"""

SINCE = per("Từ đầu năm đến nay", "2024-01-01", "2024-08-14")
M7 = per("7 tháng", "2024-01-01", "2024-07-31")
Y25 = per("Năm 2025", "2025-01-01", "2025-12-31")
F = [
    fig("Hơn 9.600 người", "9.600", 9600, "count", "người có công",
        "người có công được điều dưỡng phục hồi sức khỏe", inh(SINCE), approx="over"),
    fig("cho 9.634 người", "9.634", 9634, "count", "người có công",
        "người có công được điều dưỡng phục hồi sức khỏe", SINCE,
        change=chg("increase", 12.3, baseline="cùng kỳ năm 2023")),
    fig("ước đạt 24,8 tỷ đồng", "24,8", 24800000000, "money", "đồng",
        "tổng kinh phí điều dưỡng phục hồi sức khỏe", SINCE, status="estimate"),
    fig("tập trung 2.410 người", "2.410", 2410, "count", "người",
        "người điều dưỡng tập trung", inh(SINCE), total=9634),
    fig("chi 3.346.000 đồng", "3.346.000", 3346000, "money", "đồng/người/lần",
        "mức chi điều dưỡng tập trung", inh(SINCE)),
    fig("gia đình 7.224 người", "7.224", 7224, "count", "người",
        "người điều dưỡng tại gia đình", inh(SINCE), total=9634),
    fig("mức 1.673.000 đồng", "1.673.000", 1673000, "money", "đồng/người",
        "mức chi điều dưỡng tại gia đình", inh(SINCE)),
    fig("lượt 1.486,", "1.486", 1486, "count", "người",
        "người được điều dưỡng", inh(SINCE), location="Quỳnh Phụ"),
    fig("1.486, 1.352", "1.352", 1352, "count", "người",
        "người được điều dưỡng", inh(SINCE), location="Hưng Hà"),
    fig("và 1.207 người", "1.207", 1207, "count", "người",
        "người được điều dưỡng", inh(SINCE), location="Thái Thụy"),
    fig("có 68,5% người", "68,5", 68.5, "percent", "%",
        "người điều dưỡng tập trung mắc bệnh mạn tính"),
    fig("khoảng 15% được", "15", 15, "percent", "%",
        "người được tư vấn chuyển điều trị tuyến trên", approx="about"),
    fig("cho 1.265 lượt", "1.265", 1265, "count", "lượt",
        "lượt thương binh, người có công bị khuyết tật được cấp phương tiện trợ giúp, dụng cụ chỉnh hình", M7),
    fig("kinh phí 2,15 tỷ đồng", "2,15", 2150000000, "money", "đồng",
        "kinh phí cấp phương tiện trợ giúp, dụng cụ chỉnh hình", M7),
    fig("Hiện 100% người", "100", 100, "percent", "%",
        "người có công và thân nhân thuộc diện được cấp thẻ bảo hiểm y tế"),
    fig("với 118.560 thẻ", "118.560", 118560, "count", "thẻ",
        "thẻ bảo hiểm y tế cấp cho người có công và thân nhân"),
    fig("gần 93 tỷ đồng", "93", 93000000000, "money", "đồng",
        "kinh phí thẻ bảo hiểm y tế mỗi năm", approx="nearly"),
    fig("điều dưỡng một lần", "một", 1, "count", "lần",
        "số lần đi điều dưỡng mỗi năm", optional=True),
    fig("từ 9.500 đến 10.000 người", "9.500", 9500, "count", "người có công",
        "người có công được điều dưỡng", Y25, value_max=10000, status="target"),
    fig("khoảng 2.600 người", "2.600", 2600, "count", "người",
        "người điều dưỡng tập trung", Y25, approx="about", total=9500, status="target"),
]

NOTES = [
    "Party newspaper (Báo Thái Bình style): section tag, headline, byline 'Ngọc Lan' and a bare date '14/08/2024' at the end.",
    "Location Thái Bình throughout: Sầm Sơn (Thanh Hóa) and Cửa Lò (Nghệ An) are where the nursing took place, not places of the figures;",
    "the 'lần lượt' list gives each district its own location. 'Từ đầu năm đến nay' ends at the closing date; 'Cũng trong 7 tháng' = Jan–Jul 2024.",
    "Rates keep their denominator in the unit (đồng/người/lần, đồng/người). 'một lần' in the quote is a frequency in speech (optional).",
    "Target range 'từ 9.500 đến 10.000 người' (value_max); its 'trong đó' part 'khoảng 2.600 người' takes the lower bound 9.500 as the whole.",
    "'Hiện 100% …' and the BHYT card count have no period (present state).",
]

write("p536-5", TEXT, NOTES, F, published="2024-08-14", location="Thái Bình")
