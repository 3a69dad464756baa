"""p718-2: Mường Nhé district portal — Q1/2024 communication sessions, communes, cases, Q2 plan."""
from lib import fig, per, inh, chg, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN
Tin tức > Hoạt động các xã

Mường Nhé tổ chức 28 buổi truyền thông phòng, chống tảo hôn trong quý I

Thứ Tư, 10/04/2024 - 15:20

Thực hiện Kế hoạch số 45/KH-UBND ngày 22/01/2024 của UBND huyện, trong quý I/2024, Phòng Dân tộc huyện phối hợp với Hội Liên hiệp Phụ nữ huyện và UBND các xã tổ chức 28 buổi truyền thông về phòng, chống tảo hôn và hôn nhân cận huyết thống tại các bản vùng sâu, vùng xa, thu hút 2.140 lượt người tham dự, tăng 15,7% so với cùng kỳ; trong đó có 1.260 lượt phụ nữ và 386 lượt học sinh trung học cơ sở.

Các xã tổ chức nhiều buổi truyền thông là Chung Chải (6 buổi), Leng Su Sìn (5 buổi), Sín Thầu (4 buổi) và Mường Toong (3 buổi). Tại các buổi truyền thông, báo cáo viên phổ biến quy định của Luật Hôn nhân và gia đình năm 2014 về tuổi kết hôn (nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi), tác hại của tảo hôn đối với sức khỏe bà mẹ và trẻ em; phát 3.500 tờ gấp bằng tiếng Mông và tiếng Hà Nhì.

Theo thống kê của Phòng Tư pháp, quý I/2024 trên địa bàn huyện xảy ra 9 trường hợp tảo hôn, giảm 4 trường hợp so với cùng kỳ năm 2023; không phát hiện trường hợp hôn nhân cận huyết thống nào. Năm 2023, toàn huyện có 52 cặp tảo hôn, chiếm 17,3% tổng số cặp kết hôn.

Trong quý II/2024, huyện dự kiến tổ chức thêm 20 buổi truyền thông, thành lập mới 3 câu lạc bộ "Thủ lĩnh của sự thay đổi" tại Trường PTDTBT THCS Chung Chải và Trường PTDTBT THCS số 2 Leng Su Sìn, tổng kinh phí khoảng 165 triệu đồng. Mục tiêu đến hết năm 2024, số cặp tảo hôn giảm ít nhất 10% so với năm 2023.

Hoàng Mai (Phòng Dân tộc huyện)
"""

Q1 = per("quý I/2024", "2024-01-01", "2024-03-31")
Q2 = per("quý II/2024", "2024-04-01", "2024-06-30")

FIGS = [
    fig("tổ chức 28 buổi truyền thông phòng", "28", 28, "count", "buổi",
        subject="buổi truyền thông phòng, chống tảo hôn", period=per("quý I", "2024-01-01", "2024-03-31")),
    fig("xã tổ chức 28 buổi", "28", 28, "count", "buổi",
        subject="buổi truyền thông về phòng, chống tảo hôn và hôn nhân cận huyết thống", period=Q1),
    fig("thu hút 2.140 lượt người", "2.140", 2140, "count", "lượt người",
        change=chg("increase", 15.7, "%", "cùng kỳ"),
        subject="lượt người tham dự buổi truyền thông", period=Q1),
    fig("có 1.260 lượt phụ nữ", "1.260", 1260, "count", "lượt phụ nữ", total=2140,
        subject="lượt phụ nữ tham dự", period=Q1),
    fig("386 lượt học sinh", "386", 386, "count", "lượt học sinh", total=2140,
        subject="lượt học sinh trung học cơ sở tham dự", period=Q1),
    fig("Chung Chải (6 buổi)", "6", 6, "count", "buổi", subject="buổi truyền thông", period=inh(Q1)),
    fig("Leng Su Sìn (5 buổi)", "5", 5, "count", "buổi", subject="buổi truyền thông", period=inh(Q1)),
    fig("Sín Thầu (4 buổi)", "4", 4, "count", "buổi", subject="buổi truyền thông", period=inh(Q1)),
    fig("Mường Toong (3 buổi)", "3", 3, "count", "buổi", subject="buổi truyền thông", period=inh(Q1)),
    fig("nam từ đủ 20 tuổi", "20", 20, "measure", "tuổi", approx="at_least", optional=True),
    fig("nữ từ đủ 18 tuổi", "18", 18, "measure", "tuổi", approx="at_least", optional=True),
    fig("phát 3.500 tờ gấp", "3.500", 3500, "count", "tờ gấp",
        subject="tờ gấp bằng tiếng Mông và tiếng Hà Nhì phát", period=inh(Q1)),
    fig("xảy ra 9 trường hợp", "9", 9, "count", "trường hợp",
        change=chg("decrease", 4, "trường hợp", "cùng kỳ năm 2023"),
        subject="trường hợp tảo hôn", period=Q1),
    fig("có 52 cặp", "52", 52, "count", "cặp", percent=17.3,
        subject="cặp tảo hôn", period=per("Năm 2023", "2023-01-01", "2023-12-31")),
    fig("thêm 20 buổi", "20", 20, "count", "buổi", status="forecast",
        subject="buổi truyền thông tổ chức thêm", period=Q2),
    fig("mới 3 câu lạc bộ", "3", 3, "count", "câu lạc bộ", status="forecast",
        subject='câu lạc bộ "Thủ lĩnh của sự thay đổi" thành lập mới', period=Q2),
    fig("khoảng 165 triệu đồng", "165", 165000000, "money", "đồng", approx="about", status="forecast",
        subject="tổng kinh phí", period=Q2),
    fig("ít nhất 10%", "10", 10, "percent", "%", approx="at_least", status="target",
        subject="mức giảm số cặp tảo hôn so với năm 2023", period=per("đến hết năm 2024", end="2024-12-31")),
]

NOTES = [
    "Cổng TTĐT huyện Mường Nhé (district portal, Điện Biên): truyền thông phòng, chống tảo hôn quý I/2024.",
    "Headline 'trong quý I' takes the year of the dateline (2024). Commune list items keep the district as location (the spec's",
    "location is a province, city or district). Legal marriage ages are thresholds: optional. 'Kế hoạch số 45/KH-UBND',",
    "revised: commune locations (Chung Chải, Leng Su Sìn, Sín Thầu, Mường Toong) replaced by the district Mường Nhé.",
    "'Luật ... năm 2014', 'Trường PTDTBT THCS số 2' are not figures. 'Mục tiêu đến hết năm 2024' -> target, as-of period.",
]

if __name__ == "__main__":
    write("p718-2", TEXT, NOTES, FIGS, published="2024-04-10", location="Mường Nhé")
