"""p1408-1: province portal (Quảng Bình): công trình ghi công liệt sĩ tu bổ 9 tháng 2024; Lệ Thủy memorial."""
from lib import fig, per, inh, chg, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Xã hội

Quảng Bình: 9 tháng tu bổ 38 công trình ghi công liệt sĩ

Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386

Theo Sở Lao động - Thương binh và Xã hội, 9 tháng đầu năm 2024, toàn tỉnh Quảng Bình đã tu bổ, nâng cấp 38 công trình ghi công liệt sĩ, gồm 11 đài tưởng niệm, 21 nhà bia ghi tên liệt sĩ và 6 nghĩa trang liệt sĩ. Tổng kinh phí thực hiện hơn 46,5 tỷ đồng, tăng 12,4% so với cùng kỳ năm 2023; trong đó ngân sách Trung ương hỗ trợ 28 tỷ đồng, ngân sách tỉnh 11,2 tỷ đồng, phần còn lại huy động từ nguồn xã hội hóa.

Đáng chú ý, tại huyện Lệ Thủy, Đài tưởng niệm các anh hùng liệt sĩ huyện được tu bổ, mở rộng với tổng mức đầu tư 14,8 tỷ đồng, chiếm gần 32% tổng kinh phí toàn tỉnh. Công trình có khuôn viên khoảng 4.200 m2, hạng mục chính là cụm tượng đài bằng đá granite cao 9,6 m, nằm sát Quốc lộ 1A. Tính đến ngày 30/9/2024, khối lượng thi công đạt khoảng 85%, dự kiến hoàn thành trước ngày 27/7/2025.

Về công tác chăm sóc thường xuyên, mỗi năm tỉnh bố trí khoảng 3 tỷ đồng cho việc vệ sinh, thắp sáng tại 162 công trình ghi công liệt sĩ trên địa bàn.

Quý IV, Sở phấn đấu khởi công thêm 7 công trình, đưa tổng số công trình được tu bổ cả năm lên 45 công trình, vượt 5 công trình so với kế hoạch.

Tin liên quan:
- Lễ thắp nến tri ân kỷ niệm 77 năm Ngày Thương binh - Liệt sĩ
- Đón nhận Bằng xếp hạng di tích quốc gia Địa đạo Hà 12
"""

NINE = per("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30")
NINE_H = per("9 tháng", "2024-01-01", "2024-09-30")
ASOF = per("Tính đến ngày 30/9/2024", None, "2024-09-30")
Q4 = per("Quý IV", "2024-10-01", "2024-12-31")
YEAR = per("cả năm", "2024-01-01", "2024-12-31")
LT = "Lệ Thủy"

FIGS = [
    fig("9 tháng tu bổ 38", "38", 38, "count", "công trình",
        subject="công trình ghi công liệt sĩ tu bổ", period=NINE_H),
    fig("nâng cấp 38 công trình", "38", 38, "count", "công trình",
        subject="công trình ghi công liệt sĩ tu bổ, nâng cấp", period=NINE),
    fig("gồm 11 đài", "11", 11, "count", "đài tưởng niệm", total=38,
        subject="đài tưởng niệm tu bổ, nâng cấp", period=NINE),
    fig("21 nhà bia", "21", 21, "count", "nhà bia ghi tên liệt sĩ", total=38,
        subject="nhà bia ghi tên liệt sĩ tu bổ, nâng cấp", period=NINE),
    fig("và 6 nghĩa trang", "6", 6, "count", "nghĩa trang liệt sĩ", total=38,
        subject="nghĩa trang liệt sĩ tu bổ, nâng cấp", period=NINE),
    fig("hơn 46,5 tỷ", "46,5", 46.5e9, "money", "đồng", approx="over",
        change=chg("increase", 12.4, "%", "cùng kỳ năm 2023"),
        subject="tổng kinh phí thực hiện", period=inh(NINE)),
    fig("hỗ trợ 28 tỷ", "28", 28e9, "money", "đồng", total=46.5e9,
        subject="kinh phí ngân sách Trung ương hỗ trợ", period=inh(NINE)),
    fig("ngân sách tỉnh 11,2 tỷ", "11,2", 11.2e9, "money", "đồng", total=46.5e9,
        subject="kinh phí ngân sách tỉnh", period=inh(NINE)),
    fig("đầu tư 14,8 tỷ", "14,8", 14.8e9, "money", "đồng", percent=32,
        subject="tổng mức đầu tư tu bổ, mở rộng Đài tưởng niệm các anh hùng liệt sĩ huyện", location=LT),
    fig("khoảng 4.200 m2", "4.200", 4200, "measure", "m2", approx="about",
        subject="khuôn viên công trình", location=LT),
    fig("cao 9,6 m", "9,6", 9.6, "measure", "m",
        subject="chiều cao cụm tượng đài bằng đá granite", location=LT),
    fig("đạt khoảng 85%", "85", 85, "percent", "%", approx="about",
        subject="khối lượng thi công", period=ASOF, location=LT),
    fig("khoảng 3 tỷ", "3", 3e9, "money", "đồng/năm", approx="about",
        subject="kinh phí vệ sinh, thắp sáng công trình ghi công liệt sĩ tỉnh bố trí"),
    fig("tại 162 công trình", "162", 162, "count", "công trình",
        subject="công trình ghi công liệt sĩ trên địa bàn"),
    fig("thêm 7 công trình", "7", 7, "count", "công trình", status="target",
        subject="công trình khởi công thêm", period=Q4),
    fig("lên 45 công trình", "45", 45, "count", "công trình", status="target",
        change=chg("increase", 5, "công trình", "kế hoạch"),
        subject="tổng số công trình được tu bổ cả năm", period=YEAR),
]

NOTES = [
    "revised after the first run: subjects that had borrowed a name from another sentence now say what their own sentence names (FIGURES.md: subject as the sentence names it).",
    "Province portal (Quảng Bình): công trình ghi công liệt sĩ tu bổ 9 tháng 2024; 'Cập nhật: 15/10/2024 08:45 | Lượt xem: 1.386'.",
    "Distractors: 08:45, Lượt xem 1.386, Quốc lộ 1A, ngày 30/9/2024, ngày 27/7/2025, '77 năm Ngày Thương binh - Liệt sĩ', 'Địa đạo Hà 12'.",
    "'gồm 11 ..., 21 ... và 6 ...' add up to 38: total 38. 'trong đó' money parts after ';' take the whole 46,5 tỷ.",
    "Lệ Thủy passage: location Lệ Thủy; 'chiếm gần 32%' is the percent attribute of 14,8 tỷ.",
    "'mỗi năm ... khoảng 3 tỷ đồng' is a rate: unit đồng/năm. Headline '9 tháng' takes 2024 from the dateline.",
    "'Quý IV, Sở phấn đấu ...' governs both clauses (target); 'vượt 5 công trình so với kế hoạch' is a change with baseline kế hoạch.",
]

if __name__ == "__main__":
    write("p1408-1", TEXT, NOTES, FIGS, published="2024-10-15", location="Quảng Bình")
