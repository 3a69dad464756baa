"""p1143-5: Party newspaper (Báo Ninh Bình), cảng Ninh Phúc: throughput, cranes, a crane crew; byline and bare date at the end."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO NINH BÌNH - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH NINH BÌNH
Kinh tế

Cảng Ninh Phúc vươn mình đón sà lan container

Những ngày cuối tháng 7, tại bến số 3 của cảng Ninh Phúc (TP Ninh Bình), tiếng còi cẩu vang lên liên tục. 6 tháng đầu năm, cảng đã bốc xếp 1,62 triệu tấn hàng hóa, tăng 11,4% so với cùng kỳ năm 2023, đạt 54% kế hoạch năm; trong đó hàng container đạt 18.750 TEU, gấp 2,3 lần cùng kỳ.

Cảng hiện có 5 cầu cảng với tổng chiều dài 520 m, có thể tiếp nhận đồng thời 4 sà lan trọng tải 3.000 tấn. Từ tháng 3, cảng đưa vào khai thác 2 cẩu chân đế sức nâng 40 tấn; cẩu mới có năng suất gấp 1,5 lần cẩu cũ. Bãi container được mở rộng thêm 2,5 ha, nâng tổng diện tích lên 7,8 ha.

Anh Phạm Văn Tâm, 38 tuổi, tổ trưởng tổ lái cẩu, đã gắn bó với cảng 12 năm. Tổ của anh có 14 công nhân, chia làm 3 ca, mỗi ca bốc xếp trung bình 120 container. Thu nhập của công nhân tổ cẩu hiện từ 11 đến 13 triệu đồng/người/tháng, cao hơn khoảng 20% so với năm 2022. "Hàng về nhiều thì anh em vất vả hơn nhưng ai cũng phấn khởi", anh Tâm nói.

Theo Sở Giao thông vận tải, cảng Ninh Phúc hiện xếp thứ 2 về sản lượng container trong các cảng thủy nội địa khu vực phía Bắc. Năm 2024, cảng phấn đấu đạt 3 triệu tấn hàng hóa và 40.000 TEU. Dự kiến đến năm 2026, cảng hoàn thành đầu tư giai đoạn 2 với tổng vốn khoảng 480 tỷ đồng, nâng công suất lên 5 triệu tấn/năm.

MINH HẢI
05/08/2024
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
CREW = "tổ lái cẩu cảng Ninh Phúc"

FIGS = [
    fig("bốc xếp 1,62 triệu tấn", "1,62", 1620000, "measure", "tấn", percent=54,
        change=chg("increase", 11.4, "%", "cùng kỳ năm 2023"),
        subject="hàng hóa bốc xếp tại cảng Ninh Phúc", period=H1),
    fig("đạt 18.750 TEU", "18.750", 18750, "measure", "TEU",
        change=chg("increase", 2.3, "lần", "cùng kỳ"),
        subject="hàng container bốc xếp tại cảng Ninh Phúc", period=H1),
    fig("có 5 cầu cảng", "5", 5, "count", "cầu cảng", subject="cầu cảng của cảng Ninh Phúc"),
    fig("dài 520 m", "520", 520, "measure", "m", subject="tổng chiều dài cầu cảng"),
    fig("đồng thời 4 sà lan", "4", 4, "count", "sà lan",
        subject="sà lan cảng có thể tiếp nhận đồng thời"),
    fig("trọng tải 3.000 tấn", "3.000", 3000, "measure", "tấn", subject="trọng tải sà lan",
        optional=True),
    fig("thác 2 cẩu chân đế", "2", 2, "count", "cẩu chân đế",
        subject="cẩu chân đế đưa vào khai thác"),
    fig("sức nâng 40 tấn", "40", 40, "measure", "tấn", subject="sức nâng cẩu chân đế"),
    fig("gấp 1,5 lần", "1,5", 1.5, "multiple", "lần", subject="năng suất cẩu mới so với cẩu cũ"),
    fig("thêm 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích bãi container mở rộng thêm"),
    fig("lên 7,8 ha", "7,8", 7.8, "measure", "ha", subject="tổng diện tích bãi container"),
    fig("38 tuổi", "38", 38, "measure", "tuổi", subject="tuổi anh Phạm Văn Tâm", optional=True),
    fig("cảng 12 năm", "12", 12, "measure", "năm", subject="thời gian gắn bó với cảng", optional=True),
    fig("có 14 công nhân", "14", 14, "count", "công nhân", subject=f"công nhân {CREW}"),
    fig("làm 3 ca", "3", 3, "count", "ca", subject="ca làm việc", optional=True),
    fig("trung bình 120 container", "120", 120, "measure", "container/ca",
        subject="container bốc xếp mỗi ca"),
    fig("từ 11 đến 13 triệu", "11", 11000000, "money", "đồng/người/tháng", value_max=13000000,
        change=chg("increase", 20, "%", "năm 2022", approx="about"),
        subject="thu nhập của công nhân tổ cẩu"),
    fig("xếp thứ 2 về", "2", 2, "rank", "hạng",
        subject="sản lượng container trong các cảng thủy nội địa khu vực phía Bắc"),
    fig("đạt 3 triệu tấn", "3", 3000000, "measure", "tấn", status="target",
        subject="hàng hóa bốc xếp tại cảng Ninh Phúc", period=Y24),
    fig("và 40.000 TEU", "40.000", 40000, "measure", "TEU", status="target",
        subject="sản lượng container cảng Ninh Phúc", period=Y24),
    fig("khoảng 480 tỷ", "480", 480000000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng vốn đầu tư giai đoạn 2 cảng Ninh Phúc"),
    fig("lên 5 triệu tấn/năm", "5", 5000000, "measure", "tấn/năm", status="forecast",
        subject="công suất cảng Ninh Phúc"),
]

NOTES = [
    "Party newspaper (Báo Ninh Bình): byline 'MINH HẢI' and bare date '05/08/2024' at the end (published). Port in TP Ninh Bình: location Ninh Bình.",
    "Distractors: 'bến số 3', 'cuối tháng 7' (date), 'Từ tháng 3' (start date), 'giai đoạn 2' (name of a phase), 'đến năm 2026' (deadline).",
    "Year-less '6 tháng đầu năm' -> 2024 (published; baseline 'cùng kỳ năm 2023'). 18.750 TEU after 'trong đó' counts TEU, the whole counts tấn: no total;",
    "'gấp 2,3 lần cùng kỳ' is its change (lần). 'cẩu mới có năng suất gấp 1,5 lần cẩu cũ' stands alone as the claim: multiple.",
    "'mở rộng thêm 2,5 ha, nâng tổng diện tích lên 7,8 ha': two figures (the expansion precedes, so it is not an attached change).",
    "Optional: age 38 tuổi, '12 năm' service, 'chia làm 3 ca' (structure), 'trọng tải 3.000 tấn' (barge class). 'mỗi ca ... 120 container' is a rate.",
    "Completion deadline 'đến năm 2026' and stock figures ('hiện') get no period (unscored).",
    "revised after the first run: TEU figures are kind measure (TEU is an equivalent unit of measure, a 40-foot box = 2 TEU; not a count of boxes).",
]

if __name__ == "__main__":
    write("p1143-5", TEXT, NOTES, FIGS, published="2024-08-05", location="Ninh Bình")
