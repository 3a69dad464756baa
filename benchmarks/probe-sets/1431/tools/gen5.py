"""p1431-5: Party newspaper (Báo Yên Bái điện tử, YBĐT): acacia price up, a household in Hồng Ca, huyện Trấn Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO YÊN BÁI ĐIỆN TỬ
Kinh tế > Nông nghiệp

Giá keo tăng, người trồng rừng Trấn Yên phấn khởi

Thanh Hà | 08:30, 14/05/2024

Những tháng đầu năm 2024, giá gỗ keo nguyên liệu trên địa bàn huyện Trấn Yên liên tục tăng, có thời điểm đạt 1,3 triệu đồng/tấn, giúp hàng nghìn hộ trồng rừng có thêm thu nhập.

(YBĐT) - Gia đình anh Hoàng Văn Thắm ở thôn 5, xã Hồng Ca có 7 ha keo. Tháng 3 vừa qua, anh khai thác 2,5 ha keo 6 năm tuổi, được gần 260 tấn gỗ, bán với giá 1,25 triệu đồng/tấn, thu về hơn 320 triệu đồng. "Trừ chi phí thuê nhân công khai thác, vận chuyển khoảng 90 triệu đồng, gia đình còn lãi trên 200 triệu đồng", anh Thắm cho biết.

Theo Phòng Nông nghiệp và PTNT huyện, toàn huyện hiện có trên 38.000 ha rừng trồng sản xuất, mỗi năm khai thác khoảng 2.500-2.800 ha. 4 tháng đầu năm nay, các hộ đã khai thác 960 ha, sản lượng đạt 96.500 m3, tăng 12% so với cùng kỳ năm trước. Năng suất rừng keo bình quân đạt 90-100 m3/ha, cao gấp rưỡi so với 10 năm trước.

Ông Nguyễn Văn Lực, Phó Trưởng phòng Nông nghiệp và PTNT huyện cho biết, trên địa bàn có 14 cơ sở chế biến gỗ, trong đó 3 nhà máy sản xuất ván bóc, ván ghép thanh công suất từ 15.000 đến 20.000 m3/năm, nên đầu ra cho gỗ rừng trồng khá ổn định. Năm 2024, huyện phấn đấu trồng mới 2.600 ha rừng, trong đó có 300 ha rừng gỗ lớn; đồng thời hỗ trợ 1,2 triệu cây giống keo mô hom cho người dân.
"""

M3 = per("Tháng 3 vừa qua", "2024-03-01", "2024-03-31")
M4 = per("4 tháng đầu năm nay", "2024-01-01", "2024-04-30")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("đạt 1,3 triệu", "1,3", 1.3e6, "money", "đồng/tấn", subject="giá gỗ keo nguyên liệu"),
    fig("hàng nghìn hộ", "nghìn", 1000, "count", "hộ", approx="about",
        subject="hộ trồng rừng có thêm thu nhập", optional=True),
    fig("có 7 ha", "7", 7, "measure", "ha", subject="diện tích keo của gia đình anh Hoàng Văn Thắm"),
    fig("thác 2,5 ha", "2,5", 2.5, "measure", "ha", subject="diện tích keo anh Thắm khai thác", period=M3),
    fig("keo 6 năm tuổi", "6", 6, "measure", "năm tuổi", subject="tuổi rừng keo khai thác", optional=True),
    fig("gần 260 tấn", "260", 260, "measure", "tấn", approx="nearly",
        subject="gỗ keo anh Thắm khai thác", period=M3),
    fig("giá 1,25 triệu", "1,25", 1.25e6, "money", "đồng/tấn", subject="giá bán gỗ keo", period=M3),
    fig("hơn 320 triệu", "320", 320e6, "money", "đồng", approx="over",
        subject="tiền bán gỗ keo anh Thắm thu về", period=M3),
    fig("khoảng 90 triệu", "90", 90e6, "money", "đồng", approx="about",
        subject="chi phí thuê nhân công khai thác, vận chuyển", period=inh(M3)),
    fig("trên 200 triệu", "200", 200e6, "money", "đồng", approx="over",
        subject="lãi của gia đình anh Thắm", period=inh(M3)),
    fig("trên 38.000 ha", "38.000", 38000, "measure", "ha", approx="over",
        subject="diện tích rừng trồng sản xuất toàn huyện"),
    fig("khoảng 2.500-2.800", "2.500", 2500, "measure", "ha/năm", value_max=2800, approx="about",
        subject="diện tích rừng trồng khai thác mỗi năm"),
    fig("thác 960 ha", "960", 960, "measure", "ha", subject="diện tích rừng trồng các hộ đã khai thác", period=M4),
    fig("đạt 96.500 m3", "96.500", 96500, "measure", "m3",
        change=chg("increase", 12, "%", "cùng kỳ năm trước"),
        subject="sản lượng gỗ rừng trồng khai thác", period=M4),
    fig("đạt 90-100", "90", 90, "measure", "m3/ha", value_max=100,
        change=chg("increase", 1.5, "lần", "10 năm trước"),
        subject="năng suất rừng keo bình quân"),
    fig("có 14 cơ sở", "14", 14, "count", "cơ sở", subject="cơ sở chế biến gỗ"),
    fig("trong đó 3 nhà máy", "3", 3, "count", "nhà máy", total=14,
        subject="nhà máy sản xuất ván bóc, ván ghép thanh"),
    fig("từ 15.000 đến 20.000", "15.000", 15000, "measure", "m3/năm", value_max=20000,
        subject="công suất nhà máy sản xuất ván bóc, ván ghép thanh"),
    fig("mới 2.600 ha", "2.600", 2600, "measure", "ha", status="target",
        subject="diện tích rừng trồng mới", period=Y24),
    fig("có 300 ha", "300", 300, "measure", "ha", status="target", total=2600,
        subject="diện tích rừng gỗ lớn trồng mới", period=Y24),
    fig("hỗ trợ 1,2 triệu", "1,2", 1.2e6, "count", "cây giống", status="target",
        subject="cây giống keo mô hom hỗ trợ người dân", period=Y24),
]

NOTES = [
    "Party newspaper (Báo Yên Bái điện tử): section path, byline and time 'Thanh Hà | 08:30, 14/05/2024', sapo, tag '(YBĐT) -'.",
    "Distractors: 08:30, 'thôn 5', 'Tháng 3 vừa qua' (a period), '10 năm trước' (a baseline), 'cùng kỳ năm trước'.",
    "Location: huyện Trấn Yên for all (xã Hồng Ca is a commune of the district); the paper's tag would give Yên Bái, the text names the district.",
    "Sapo 'Những tháng đầu năm 2024 ... có thời điểm đạt 1,3 triệu đồng/tấn': the vague span has no end date → no period in the gold.",
    "'hàng nghìn hộ' optional: FIGURES.md counts 'hàng chục nghìn' as a number but sets no approx for 'hàng'; 'about' chosen.",
    "'keo 6 năm tuổi' optional (the age qualifies the harvested stand). 'Tháng 3 vừa qua' takes 2024 (nearest earlier date).",
    "The quote's figures ('khoảng 90 triệu', 'trên 200 triệu') inherit tháng 3 from the previous sentence.",
    "'mỗi năm khai thác khoảng 2.500-2.800 ha' → rate ha/năm. '4 tháng đầu năm nay' → Jan-Apr 2024 (published year).",
    "'cao gấp rưỡi so với 10 năm trước' → change on 90-100 m3/ha: increase 1,5 lần ('rưỡi' = a half), baseline '10 năm trước'.",
    "'trong đó 3 nhà máy ... công suất từ 15.000 đến 20.000 m3/năm' → 3 has total 14; capacity range per plant.",
    "'Năm 2024, huyện phấn đấu ...; đồng thời hỗ trợ 1,2 triệu cây giống' → the cue governs the continuing clause: target.",
]

if __name__ == "__main__":
    write("p1431-5", TEXT, NOTES, FIGS, published="2024-05-14", location="Trấn Yên")
