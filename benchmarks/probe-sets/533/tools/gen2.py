"""p533-2: huyện Hải Hậu (Nam Định) district portal — người cao tuổi, to 30/9/2024."""
from lib import emit, fig, per, inh, chg

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HẢI HẬU
Tin hoạt động › Văn hóa - Xã hội
Thứ Ba, 08/10/2024 - 14:20

Hơn 41.000 người cao tuổi được chăm sóc, phát huy vai trò

Nhân dịp Ngày Quốc tế Người cao tuổi 1/10, Hội Người cao tuổi huyện cho biết, tính đến ngày 30/9/2024 toàn huyện có 41.236 người cao tuổi (từ 60 tuổi trở lên), chiếm 16,8% dân số, tăng 1.154 người so với cuối năm 2023. Trong đó, người từ 80 tuổi trở lên có 7.905 người; người cao tuổi là người có công với cách mạng có 2.140 người.

Các xã có đông người cao tuổi là Hải Đông (1.842 người), Hải Lý (1.716 người) và Hải Chính (1.603 người). Số người cao tuổi cô đơn, không nơi nương tựa và thuộc hộ nghèo lần lượt là 312 người và 1.087 người.

Năm 2024, huyện tổ chức mừng thọ cho 6.382 cụ, trong đó có 27 cụ trên 100 tuổi, với tổng kinh phí hơn 2,3 tỷ đồng. Có 8.514 người cao tuổi đang hưởng trợ cấp xã hội hằng tháng với mức từ 360.000 đến 720.000 đồng/người/tháng.

Toàn huyện có 35/35 xã, thị trấn thành lập Hội Người cao tuổi với 178 câu lạc bộ liên thế hệ tự giúp nhau; 100% người cao tuổi được cấp thẻ bảo hiểm y tế. Phấn đấu đến năm 2025, 90% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm.

Cổng thông tin điện tử huyện Hải Hậu
Địa chỉ: Thị trấn Yên Định, huyện Hải Hậu, tỉnh Nam Định
Điện thoại: 0228.3877.216
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("Hơn 41.000", "41.000", 41000, "count", "người cao tuổi", "người cao tuổi được chăm sóc, phát huy vai trò",
        inh(ASOF), approx="over"),
    fig("có 41.236 người", "41.236", 41236, "count", "người cao tuổi", "người cao tuổi", ASOF,
        percent=16.8, change=chg("increase", 1154, "người", "cuối năm 2023")),
    fig("từ 60 tuổi", "60", 60, "measure", "tuổi", optional=True),
    fig("từ 80 tuổi", "80", 80, "measure", "tuổi", optional=True),
    fig("có 7.905 người", "7.905", 7905, "count", "người", "người từ 80 tuổi trở lên", inh(ASOF), total=41236),
    fig("có 2.140 người", "2.140", 2140, "count", "người", "người cao tuổi là người có công với cách mạng",
        inh(ASOF), total=41236),
    fig("Hải Đông (1.842", "1.842", 1842, "count", "người", "người cao tuổi", inh(ASOF)),
    fig("Hải Lý (1.716", "1.716", 1716, "count", "người", "người cao tuổi", inh(ASOF)),
    fig("Hải Chính (1.603", "1.603", 1603, "count", "người", "người cao tuổi", inh(ASOF)),
    fig("là 312 người", "312", 312, "count", "người", "người cao tuổi cô đơn, không nơi nương tựa", inh(ASOF)),
    fig("và 1.087 người", "1.087", 1087, "count", "người", "người cao tuổi thuộc hộ nghèo", inh(ASOF)),
    fig("cho 6.382 cụ", "6.382", 6382, "count", "cụ", "cụ được mừng thọ", Y24),
    fig("có 27 cụ", "27", 27, "count", "cụ", "cụ trên 100 tuổi được mừng thọ", Y24, total=6382),
    fig("trên 100 tuổi", "100", 100, "measure", "tuổi", approx="over", optional=True),
    fig("hơn 2,3 tỷ đồng", "2,3", 2300000000, "money", "đồng", "tổng kinh phí mừng thọ", Y24, approx="over"),
    fig("Có 8.514 người", "8.514", 8514, "count", "người cao tuổi", "người cao tuổi hưởng trợ cấp xã hội hằng tháng"),
    fig("từ 360.000 đến 720.000", "360.000", 360000, "money", "đồng/người/tháng", "mức trợ cấp xã hội hằng tháng",
        value_max=720000),
    fig("có 35/35 xã", "35", 35, "count", "xã, thị trấn", "xã, thị trấn thành lập Hội Người cao tuổi", total=35),
    fig("với 178 câu lạc bộ", "178", 178, "count", "câu lạc bộ", "câu lạc bộ liên thế hệ tự giúp nhau"),
    fig("100% người cao tuổi", "100", 100, "percent", "%", "người cao tuổi được cấp thẻ bảo hiểm y tế"),
    fig("2025, 90% người", "90", 90, "percent", "%", "người cao tuổi được khám sức khỏe định kỳ", T25,
        status="target"),
    fig("ít nhất 1 lần/năm", "1", 1, "measure", "lần/năm", approx="at_least", status="target", optional=True),
]

COMMENTS = [
    "Cổng TTĐT huyện Hải Hậu (Nam Định): người cao tuổi tính đến 30/9/2024, mừng thọ, trợ cấp, hội, câu lạc bộ (invented probe).",
    "Distractors: 'Ngày Quốc tế Người cao tuổi 1/10', dateline 'Thứ Ba, 08/10/2024 - 14:20', 'Thị trấn Yên Định', phone 0228.3877.216.",
    "Age thresholds (từ 60 / từ 80 / trên 100 tuổi) and the frequency 'ít nhất 1 lần/năm' are optional (cf. 'từ 15 tuổi' in shared 000).",
    "Location: the district 'Hải Hậu', also for the communes in the bracketed list (FIGURES.md names province, city or district only).",
    "'Trong đó' parts (7.905, 2.140) take 41.236 as total; '27 cụ' after 'trong đó' takes 6.382; the commune list has no cue and no total.",
    "'tăng 1.154 người so với cuối năm 2023' is the change of 41.236; 'lần lượt là 312 người và 1.087 người' gives two figures.",
    "revised after the first run: commune list items' location Hải Đông/Hải Lý/Hải Chính -> Hải Hậu (spec levels); subject of 6.382 cụ",
    "'người cao tuổi được mừng thọ' -> 'cụ được mừng thọ' (spec: the indicator as the sentence names it).",
    "Headline and sentences after the as-of sentence take its period as inherited; 'đang hưởng' (8.514) and sentences with no period get none.",
]

if __name__ == "__main__":
    emit("p533-2", TEXT, COMMENTS, FIGS, published="2024-10-08", location="Hải Hậu")
