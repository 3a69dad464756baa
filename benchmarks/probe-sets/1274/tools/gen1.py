"""p1274-1: province portal (Đồng Nai): HFMD cases 9 months 2024, outbreaks, supplies to schools."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI
Trang chủ > Tin tức - Sự kiện > Y tế - Giáo dục

Đồng Nai: Số ca mắc tay chân miệng 9 tháng tăng gần 40%

Cập nhật: 07/10/2024 10:35 | Lượt xem: 1.862

Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, 9 tháng đầu năm 2024, toàn tỉnh ghi nhận 3.418 ca mắc bệnh tay chân miệng, tăng 39,6% so với cùng kỳ năm 2023; trong đó có 1.126 ca phải nhập viện điều trị và 2 ca tử vong. Trẻ dưới 5 tuổi chiếm 91,4% tổng số ca mắc.

Các địa phương có số ca mắc cao là TP Biên Hòa (1.037 ca), huyện Trảng Bom (486 ca) và huyện Nhơn Trạch (412 ca). Riêng tháng 9, toàn tỉnh ghi nhận 612 ca, tăng 18% so với tháng 8.

Từ đầu năm đến nay, ngành y tế đã phát hiện và xử lý 74 ổ dịch, trong đó 58 ổ dịch tại hộ gia đình và 16 ổ dịch tại trường mầm non, nhóm trẻ. Kết quả giám sát cho thấy khoảng 60% mẫu bệnh phẩm dương tính có chủng EV71, chủng vi rút dễ gây biến chứng nặng.

Thực hiện Kế hoạch số 1295/KH-SYT của Sở Y tế, CDC tỉnh đã cấp phát hơn 2,5 tấn Cloramin B và 18.000 chai xà phòng rửa tay cho 1.150 trường mầm non, tiểu học và nhóm trẻ gia đình; tập huấn cho 1.420 giáo viên, nhân viên y tế trường học.

Dự báo trong quý IV, số ca mắc có thể tiếp tục tăng do học sinh đã đi học trở lại. Ngành y tế phấn đấu cả năm 2024 khống chế số ca mắc dưới 4.500 ca và không để xảy ra ca tử vong mới.

Tin liên quan:
- Đồng Nai triển khai chiến dịch tiêm vắc xin sởi năm 2024
- Biên Hòa ra quân tổng vệ sinh môi trường mùa mưa
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
SEP = per("Riêng tháng 9", "2024-09-01", "2024-09-30")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-10-07")
Y24 = per("cả năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("tăng gần 40%", "40", 40, "percent", "%", approx="nearly",
        subject="số ca mắc tay chân miệng", period=NINE_H),
    fig("ghi nhận 3.418 ca", "3.418", 3418, "count", "ca",
        change=chg("increase", 39.6, "%", "cùng kỳ năm 2023"),
        subject="ca mắc bệnh tay chân miệng", period=NINE),
    fig("có 1.126 ca", "1.126", 1126, "count", "ca", total=3418,
        subject="ca phải nhập viện điều trị", period=NINE),
    fig("và 2 ca tử vong", "2", 2, "count", "ca", total=3418,
        subject="ca tử vong", period=NINE),
    fig("dưới 5 tuổi", "5", 5, "measure", "tuổi", approx="under", optional=True),
    fig("chiếm 91,4%", "91,4", 91.4, "percent", "%",
        subject="trẻ dưới 5 tuổi trong tổng số ca mắc", period=inh(NINE)),
    fig("Hòa (1.037 ca)", "1.037", 1037, "count", "ca", subject="số ca mắc",
        period=inh(NINE), location="Biên Hòa"),
    fig("Bom (486 ca)", "486", 486, "count", "ca", subject="số ca mắc",
        period=inh(NINE), location="Trảng Bom"),
    fig("Trạch (412 ca)", "412", 412, "count", "ca", subject="số ca mắc",
        period=inh(NINE), location="Nhơn Trạch"),
    fig("ghi nhận 612 ca", "612", 612, "count", "ca",
        change=chg("increase", 18, "%", "tháng 8"), subject="ca mắc", period=SEP),
    fig("xử lý 74 ổ dịch", "74", 74, "count", "ổ dịch",
        subject="ổ dịch phát hiện và xử lý", period=YTD),
    fig("trong đó 58 ổ dịch", "58", 58, "count", "ổ dịch", total=74,
        subject="ổ dịch tại hộ gia đình", period=YTD),
    fig("và 16 ổ dịch", "16", 16, "count", "ổ dịch", total=74,
        subject="ổ dịch tại trường mầm non, nhóm trẻ", period=YTD),
    fig("khoảng 60%", "60", 60, "percent", "%", approx="about",
        subject="mẫu bệnh phẩm dương tính có chủng EV71"),
    fig("hơn 2,5 tấn", "2,5", 2.5, "measure", "tấn", approx="over",
        subject="Cloramin B CDC tỉnh cấp phát"),
    fig("và 18.000 chai", "18.000", 18000, "count", "chai",
        subject="chai xà phòng rửa tay cấp phát"),
    fig("cho 1.150 trường", "1.150", 1150, "count", "trường",
        subject="trường mầm non, tiểu học và nhóm trẻ gia đình được cấp phát"),
    fig("cho 1.420 giáo viên", "1.420", 1420, "count", "giáo viên, nhân viên y tế trường học",
        subject="giáo viên, nhân viên y tế trường học được tập huấn"),
    fig("dưới 4.500 ca", "4.500", 4500, "count", "ca", approx="under", status="target",
        subject="số ca mắc", period=Y24),
]

NOTES = [
    "Province portal (Đồng Nai): HFMD 9 months 2024; breadcrumb, 'Cập nhật: 07/10/2024 10:35 | Lượt xem: 1.862', related links.",
    "Distractors: 10:35, Lượt xem 1.862, 'Kế hoạch số 1295/KH-SYT', 'EV71', baseline 'tháng 8', 'quý IV' (no figure), 'năm 2024' in a link.",
    "Headline '9 tháng tăng gần 40%' is a growth claim: percent figure, nearly, no change; '9 tháng' takes 2024 from the dateline.",
    "'trong đó có 1.126 ca ... và 2 ca tử vong' follows 3.418 ca: total 3418. Same for 58/16 ổ dịch of 74.",
    "'Trẻ dưới 5 tuổi chiếm 91,4% tổng số ca mắc' has no base amount of its own: a percent figure; the age '5 tuổi' is optional.",
    "The list 'TP Biên Hòa (1.037 ca), ...' has no part-of cue: no total; places go to location; period inherited from 9 tháng.",
    "'Từ đầu năm đến nay' ends at the dateline 2024-10-07. 'phấn đấu cả năm 2024 ... dưới 4.500 ca' is a target, under.",
]

if __name__ == "__main__":
    write("p1274-1", TEXT, NOTES, FIGS, published="2024-10-07", location="Đồng Nai")
