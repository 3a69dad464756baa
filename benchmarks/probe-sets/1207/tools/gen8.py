"""p1207-8: provincial newspaper online (Báo Cà Mau, '(CMO) -'); 6 months 2025 counselling sessions, fights, U Minh club."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Cà Mau: 6 tháng đầu năm, gần 9.000 lượt học sinh được tư vấn tâm lý

Cập nhật lúc 09:20, Thứ Ba, 08/07/2025

(CMO) - 6 tháng đầu năm, các trường học trên địa bàn tỉnh đã tư vấn tâm lý cho 8.946 lượt học sinh, đạt 74,6% kế hoạch năm, tăng 1.305 lượt so với cùng kỳ năm 2024. Trong đó, tư vấn trực tiếp 6.120 lượt, tư vấn trực tuyến qua Zalo, Facebook 2.826 lượt.

Cũng trong 6 tháng, toàn tỉnh xảy ra 9 vụ học sinh đánh nhau, giảm 4 vụ so với cùng kỳ, tập trung ở các huyện Trần Văn Thời (3 vụ), Năm Căn (2 vụ) và TP Cà Mau (2 vụ). Sau mỗi vụ việc, tổ tư vấn của nhà trường đã can thiệp, hỗ trợ tâm lý cho 100% học sinh liên quan.

Toàn tỉnh hiện có 486 trường phổ thông, trong đó 455 trường đã thành lập tổ tư vấn tâm lý, chiếm 93,6%. Số trường có phòng tư vấn riêng mới đạt 58 trường.

Ở huyện U Minh, Trường THCS Khánh An thành lập câu lạc bộ "Bạn giúp bạn" với 35 thành viên nòng cốt. Mỗi tháng, câu lạc bộ tổ chức từ 2 đến 3 buổi sinh hoạt về kỹ năng sống. Từ đầu năm học, trường đã phát hiện, hỗ trợ kịp thời 11 trường hợp học sinh có nguy cơ bỏ học.

Ước cả năm 2025, số lượt học sinh được tư vấn đạt khoảng 12.500 lượt, vượt kế hoạch. 6 tháng cuối năm, ngành giáo dục phấn đấu tập huấn cho 420 giáo viên kiêm nhiệm, với tổng kinh phí dự kiến 680 triệu đồng. Đường dây nóng hỗ trợ học sinh: 0290.3831.442.

MINH THƯ
"""

H1_HEAD = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
H1 = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
H1B = per("Cũng trong 6 tháng", "2025-01-01", "2025-06-30")
Y25 = per("cả năm 2025", "2025-01-01", "2025-12-31")
H2 = per("6 tháng cuối năm", "2025-07-01", "2025-12-31")
FIGHTS = "vụ học sinh đánh nhau"
UM = "U Minh"

FIGS = [
    fig("gần 9.000 lượt", "9.000", 9000, "count", "lượt học sinh", approx="nearly",
        subject="lượt học sinh được tư vấn tâm lý", period=H1_HEAD),
    fig("cho 8.946 lượt", "8.946", 8946, "count", "lượt học sinh", percent=74.6,
        change=chg("increase", 1305, "lượt", "cùng kỳ năm 2024"),
        subject="lượt học sinh được tư vấn tâm lý", period=H1),
    fig("trực tiếp 6.120 lượt", "6.120", 6120, "count", "lượt", total=8946,
        subject="lượt học sinh được tư vấn trực tiếp", period=inh(H1)),
    fig("Facebook 2.826 lượt", "2.826", 2826, "count", "lượt", total=8946,
        subject="lượt học sinh được tư vấn trực tuyến qua Zalo, Facebook", period=inh(H1)),
    fig("ra 9 vụ", "9", 9, "count", "vụ", change=chg("decrease", 4, "vụ", "cùng kỳ"),
        subject=FIGHTS, period=H1B),
    fig("Thời (3 vụ)", "3", 3, "count", "vụ", subject=FIGHTS, period=H1B, location="Trần Văn Thời"),
    fig("Căn (2 vụ)", "2", 2, "count", "vụ", subject=FIGHTS, period=H1B, location="Năm Căn"),
    fig("Mau (2 vụ)", "2", 2, "count", "vụ", subject=FIGHTS, period=H1B, location="Cà Mau"),
    fig("cho 100% học sinh", "100", 100, "percent", "%",
        subject="tỷ lệ học sinh liên quan được can thiệp, hỗ trợ tâm lý", period=inh(H1B)),
    fig("có 486 trường", "486", 486, "count", "trường", subject="trường phổ thông"),
    fig("455 trường", "455", 455, "count", "trường", total=486, percent=93.6,
        subject="trường đã thành lập tổ tư vấn tâm lý"),
    fig("đạt 58 trường", "58", 58, "count", "trường", subject="trường có phòng tư vấn riêng"),
    fig("với 35 thành viên", "35", 35, "count", "thành viên",
        subject="thành viên nòng cốt câu lạc bộ \"Bạn giúp bạn\"", location=UM),
    fig("từ 2 đến 3 buổi", "2", 2, "measure", "buổi/tháng", value_max=3,
        subject="buổi sinh hoạt về kỹ năng sống của câu lạc bộ mỗi tháng", location=UM),
    fig("thời 11 trường hợp", "11", 11, "count", "trường hợp",
        subject="trường hợp học sinh có nguy cơ bỏ học được phát hiện, hỗ trợ", location=UM),
    fig("khoảng 12.500 lượt", "12.500", 12500, "count", "lượt", approx="about", status="estimate",
        subject="lượt học sinh được tư vấn", period=Y25),
    fig("cho 420 giáo viên", "420", 420, "count", "giáo viên", status="target",
        subject="giáo viên kiêm nhiệm được tập huấn", period=H2),
    fig("dự kiến 680 triệu", "680", 680000000, "money", "đồng", status="forecast",
        subject="tổng kinh phí tập huấn giáo viên kiêm nhiệm", period=H2),
]

NOTES = [
    "Provincial newspaper online (Báo Cà Mau): headline figure, 'Cập nhật lúc 09:20, Thứ Ba, 08/07/2025' (published), tag '(CMO) -'.",
    "Year-less '6 tháng đầu năm', 'Cũng trong 6 tháng', '6 tháng cuối năm' take 2025 (dateline; 'cùng kỳ năm 2024' agrees).",
    "'8.946 lượt ..., đạt 74,6% kế hoạch năm, tăng 1.305 lượt so với cùng kỳ năm 2024': percent and change (lượt).",
    "District list in brackets after 'tập trung ở' (3+2+2 = 7 of 9): no total; places go to location (TP Cà Mau -> Cà Mau).",
    "'Năm Căn' (district name holding the word năm = five) is a distractor, as are '09:20', the hotline 0290.3831.442, '(CMO)'.",
    "'486 trường, trong đó 455 trường ..., chiếm 93,6%': total and percent; '58 trường' in a new sentence: no total.",
    "'Ước cả năm 2025 ... khoảng 12.500 lượt' estimate; 'phấn đấu tập huấn cho 420' target; 'kinh phí dự kiến 680 triệu' forecast.",
    "U Minh club passage (three sentences) is U Minh; 'Từ đầu năm học' has no start date: no period.",
]

if __name__ == "__main__":
    write("p1207-8", TEXT, NOTES, FIGS, published="2025-07-08", location="Cà Mau")
