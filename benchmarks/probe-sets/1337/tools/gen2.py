"""p1337-2: district portal (huyện Mường Nhé, Điện Biên): keeping teachers in the highlands, contract teachers, housing."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN MƯỜNG NHÉ - TỈNH ĐIỆN BIÊN
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính

Giữ chân giáo viên vùng cao: Mường Nhé xây nhà công vụ, ký hợp đồng bù thiếu

15/08/2024 - 10:20

Năm học 2024-2025, huyện Mường Nhé có 41 trường học với 812 lớp, gần 19.600 học sinh. Toàn ngành có 1.264 cán bộ, giáo viên, nhân viên, trong đó 1.037 giáo viên; so với định mức, huyện còn thiếu 146 giáo viên, chủ yếu ở cấp mầm non và tiểu học.

Do địa bàn rộng, nhiều điểm trường cách trung tâm xã từ 25 đến 40 km, đường sá đi lại khó khăn, mỗi năm có khoảng ba chục giáo viên xin chuyển công tác về xuôi. Riêng 6 tháng đầu năm 2024 đã có 17 giáo viên nộp đơn xin chuyển, tăng 5 người so với cùng kỳ năm 2023.

Để bù đắp, các trường đã ký hợp đồng với 52 giáo viên, trong đó 38 người dạy mầm non. Mức lương hợp đồng khoảng 5,2 triệu đồng/người/tháng, thấp hơn giáo viên biên chế cùng trình độ khoảng 1,3 triệu đồng.

Từ năm 2022 đến nay, huyện đã đầu tư 9,6 tỷ đồng xây dựng 64 phòng nhà công vụ cho giáo viên tại 12 xã, đáp ứng khoảng 45% nhu cầu. Ông Lò Văn Thắng, Trưởng phòng Giáo dục và Đào tạo huyện cho biết: "Năm học này, huyện phấn đấu bố trí đủ 1,4 giáo viên/lớp ở cấp tiểu học và giảm số giáo viên thiếu xuống dưới 100 người".

Nguồn: Phòng GD&ĐT huyện Mường Nhé

Tin khác:
- Mường Nhé tổng kết năm học 2023-2024
- Điện Biên: Tuyển sinh đầu cấp năm học 2024-2025

Địa chỉ: Tổ 4, khu trung tâm hành chính huyện Mường Nhé, tỉnh Điện Biên. Điện thoại: 0215.3740.126
"""

NH = per("Năm học 2024-2025", "2024-09-01", "2025-05-31")
NH_THIS = per("Năm học này", "2024-09-01", "2025-05-31")
H1 = per("6 tháng đầu năm 2024", "2024-01-01", "2024-06-30")
SINCE = per("Từ năm 2022 đến nay", "2022-01-01", "2024-08-15")

FIGS = [
    fig("có 41 trường học", "41", 41, "count", "trường học", subject="trường học", period=NH),
    fig("với 812 lớp", "812", 812, "count", "lớp", subject="lớp", period=NH),
    fig("gần 19.600 học sinh", "19.600", 19600, "count", "học sinh", approx="nearly",
        subject="học sinh", period=NH),
    fig("có 1.264 cán bộ", "1.264", 1264, "count", "cán bộ, giáo viên, nhân viên",
        subject="cán bộ, giáo viên, nhân viên toàn ngành", period=inh(NH)),
    fig("trong đó 1.037 giáo viên", "1.037", 1037, "count", "giáo viên", total=1264,
        subject="giáo viên", period=inh(NH)),
    fig("thiếu 146 giáo viên", "146", 146, "count", "giáo viên",
        subject="giáo viên còn thiếu so với định mức", period=inh(NH)),
    fig("từ 25 đến 40 km", "25", 25, "measure", "km", value_max=40,
        subject="khoảng cách từ điểm trường đến trung tâm xã"),
    fig("khoảng ba chục giáo viên", "ba chục", 30, "count", "giáo viên", approx="about",
        subject="giáo viên xin chuyển công tác về xuôi mỗi năm"),
    fig("có 17 giáo viên", "17", 17, "count", "giáo viên",
        change=chg("increase", 5, "người", "cùng kỳ năm 2023"),
        subject="giáo viên nộp đơn xin chuyển", period=H1),
    fig("với 52 giáo viên", "52", 52, "count", "giáo viên",
        subject="giáo viên các trường ký hợp đồng"),
    fig("trong đó 38 người", "38", 38, "count", "người", total=52,
        subject="giáo viên hợp đồng dạy mầm non"),
    fig("khoảng 5,2 triệu", "5,2", 5.2e6, "money", "đồng/người/tháng", approx="about",
        change=chg("decrease", 1.3e6, "đồng", "giáo viên biên chế cùng trình độ", approx="about"),
        subject="mức lương hợp đồng"),
    fig("đầu tư 9,6 tỷ", "9,6", 9.6e9, "money", "đồng",
        subject="vốn huyện đầu tư xây dựng nhà công vụ cho giáo viên", period=SINCE),
    fig("xây dựng 64 phòng", "64", 64, "count", "phòng",
        subject="phòng nhà công vụ cho giáo viên", period=SINCE),
    fig("tại 12 xã", "12", 12, "count", "xã",
        subject="xã có nhà công vụ cho giáo viên", period=SINCE),
    fig("khoảng 45% nhu cầu", "45", 45, "percent", "%", approx="about",
        subject="tỷ lệ nhu cầu nhà công vụ được đáp ứng", period=SINCE),
    fig("đủ 1,4 giáo viên/lớp", "1,4", 1.4, "measure", "giáo viên/lớp", status="target",
        subject="giáo viên/lớp ở cấp tiểu học", period=NH_THIS),
    fig("dưới 100 người", "100", 100, "count", "người", approx="under", status="target",
        subject="số giáo viên thiếu", period=NH_THIS),
]

NOTES = [
    "District portal (huyện Mường Nhé, Điện Biên): banner, menu, '15/08/2024 - 10:20' under the headline, 'Nguồn:', 'Tin khác', address footer.",
    "Distractors: 10:20, 'Tổ 4', phone 0215.3740.126, 'năm học 2023-2024' / '2024-2025' in links.",
    "Location of every figure is the district Mường Nhé (default).",
    "'Năm học 2024-2025' opens the paragraph: sentence 1 figures scored, sentence 2 figures inherit it.",
    "'mỗi năm có khoảng ba chục giáo viên' is a count (unit giáo viên; 'mỗi năm' is a frequency), 30, about; no period.",
    "'thấp hơn giáo viên biên chế ... khoảng 1,3 triệu đồng' is the change of the wage (decrease 1.3e6 đồng).",
    "'đáp ứng khoảng 45% nhu cầu': 'đáp ứng' is not one of the share cues (đạt/chiếm/bằng/tương đương), so 45% is a percent figure of its own.",
    "'Năm học này' in a quote dated 15/08/2024 = school year 2024-2025; 'phấn đấu' governs both clauses (target).",
]

if __name__ == "__main__":
    write("p1337-2", TEXT, NOTES, FIGS, published="2024-08-15", location="Mường Nhé")
