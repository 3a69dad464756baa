"""p1408-5: provincial Party newspaper (Báo Quảng Nam, QNO): a 65-billion monument project in Thăng Bình is late."""
from lib import fig, per, inh, chg, write

TEXT = """BÁO QUẢNG NAM ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa | Quốc phòng - An ninh

Thăng Bình: Dự án tượng đài 65 tỷ đồng chậm tiến độ

NGUYỄN HOÀNG 08:15, 07/11/2024

Sau gần 2 năm khởi công, dự án Tượng đài Chiến thắng Bình Giang mới hoàn thành khoảng 42% khối lượng, nhiều hạng mục phải điều chỉnh thiết kế.

(QNO) - Dự án Tượng đài Chiến thắng Bình Giang tại xã Bình Giang (huyện Thăng Bình) do UBND huyện làm chủ đầu tư, tổng mức đầu tư 65 tỷ đồng, gồm ngân sách tỉnh 40 tỷ đồng, ngân sách huyện 15 tỷ đồng và vốn xã hội hóa 10 tỷ đồng. Công trình có khuôn viên 1,8 ha; cụm tượng chính cao 16,8 m, nặng khoảng 450 tấn, ốp đá granite.

Theo Ban Quản lý dự án đầu tư xây dựng huyện, đến ngày 31/10/2024, dự án mới giải ngân được 27,3 tỷ đồng, đạt 42% tổng mức đầu tư. Riêng từ đầu năm đến nay, dự án giải ngân 9,6 tỷ đồng, bằng 48% kế hoạch vốn được giao trong năm.

Nguyên nhân chính là giá đá granite tăng từ 18 triệu đồng lên gần 24 triệu đồng/m3, khiến chi phí phần tượng tăng thêm khoảng 3,5 tỷ đồng. Bên cạnh đó, còn 7 hộ dân với diện tích khoảng 2.300 m2 chưa bàn giao mặt bằng.

Ông Trần Văn Lộc, Phó Chủ tịch UBND huyện Thăng Bình cho biết, huyện phấn đấu đến ngày 30/4/2025 hoàn thành phần tượng và đưa công trình vào sử dụng trước dịp kỷ niệm 80 năm Quốc khánh 2/9.

Hiện toàn tỉnh Quảng Nam có 58 tượng đài, đài tưởng niệm cấp tỉnh, cấp huyện; trong đó hơn 20 công trình đã xuống cấp, cần kinh phí tu bổ ước khoảng 120 tỷ đồng.

NGUYỄN HOÀNG

Từ khóa: tượng đài, Thăng Bình, đầu tư công
"""

ASOF = per("đến ngày 31/10/2024", None, "2024-10-31")
YTD = per("từ đầu năm đến nay", "2024-01-01", "2024-11-07")
TB = "Thăng Bình"
QN = "Quảng Nam"

FIGS = [
    fig("tượng đài 65 tỷ", "65", 65e9, "money", "đồng",
        subject="dự án tượng đài"),
    fig("gần 2 năm", "2", 2, "measure", "năm", approx="nearly",
        subject="thời gian từ khi khởi công", optional=True),
    fig("khoảng 42% khối lượng", "42", 42, "percent", "%", approx="about",
        subject="khối lượng dự án Tượng đài Chiến thắng Bình Giang hoàn thành"),
    fig("đầu tư 65 tỷ", "65", 65e9, "money", "đồng",
        subject="tổng mức đầu tư dự án Tượng đài Chiến thắng Bình Giang"),
    fig("tỉnh 40 tỷ", "40", 40e9, "money", "đồng", total=65e9, subject="ngân sách tỉnh"),
    fig("huyện 15 tỷ", "15", 15e9, "money", "đồng", total=65e9, subject="ngân sách huyện"),
    fig("hóa 10 tỷ", "10", 10e9, "money", "đồng", total=65e9, subject="vốn xã hội hóa"),
    fig("khuôn viên 1,8 ha", "1,8", 1.8, "measure", "ha", subject="khuôn viên công trình"),
    fig("cao 16,8 m", "16,8", 16.8, "measure", "m", subject="chiều cao cụm tượng chính"),
    fig("khoảng 450 tấn", "450", 450, "measure", "tấn", approx="about",
        subject="trọng lượng cụm tượng chính"),
    fig("được 27,3 tỷ", "27,3", 27.3e9, "money", "đồng", percent=42,
        subject="vốn dự án đã giải ngân", period=ASOF),
    fig("ngân 9,6 tỷ", "9,6", 9.6e9, "money", "đồng", percent=48,
        subject="vốn dự án giải ngân", period=YTD),
    fig("từ 18 triệu", "18", 18e6, "money", "đồng/m3",
        subject="giá đá granite"),
    fig("gần 24 triệu", "24", 24e6, "money", "đồng/m3", approx="nearly",
        subject="giá đá granite"),
    fig("thêm khoảng 3,5 tỷ", "3,5", 3.5e9, "money", "đồng", approx="about",
        subject="chi phí phần tượng tăng thêm"),
    fig("còn 7 hộ", "7", 7, "count", "hộ dân", subject="hộ dân chưa bàn giao mặt bằng"),
    fig("khoảng 2.300 m2", "2.300", 2300, "measure", "m2", approx="about",
        subject="diện tích chưa bàn giao mặt bằng"),
    fig("có 58 tượng đài", "58", 58, "count", "tượng đài, đài tưởng niệm", location=QN,
        subject="tượng đài, đài tưởng niệm cấp tỉnh, cấp huyện"),
    fig("hơn 20 công trình", "20", 20, "count", "công trình", approx="over", total=58, location=QN,
        subject="công trình đã xuống cấp"),
    fig("ước khoảng 120 tỷ", "120", 120e9, "money", "đồng", approx="about", status="estimate", location=QN,
        subject="kinh phí tu bổ cần"),
]

NOTES = [
    "Provincial Party newspaper (Báo Quảng Nam): section menu, byline with time and date 'NGUYỄN HOÀNG 08:15, 07/11/2024', sapo, tag '(QNO) -', keywords.",
    "Distractors: 08:15, dates 31/10/2024 and 30/4/2025, '80 năm Quốc khánh 2/9', the commune name, 'cấp tỉnh, cấp huyện'.",
    "Headline 'Dự án tượng đài 65 tỷ đồng' is its own figure. The sapo duration 'Sau gần 2 năm khởi công' only locates the story in time: optional.",
    "'gồm' parts 40 + 15 + 10 = 65 tỷ: total 65 tỷ. 'đạt 42% tổng mức đầu tư' and 'bằng 48% kế hoạch vốn' are percent attributes (no plan amount given).",
    "'giá đá granite tăng từ 18 triệu đồng lên gần 24 triệu đồng/m3': two figures, both đồng/m3 (the denominator stands once for both).",
    "'tăng thêm khoảng 3,5 tỷ đồng' is a standalone money figure (no base amount stated).",
    "Project figures: location Thăng Bình; the last paragraph is the province (Quảng Nam); 'hơn 20 công trình' after 'trong đó' takes total 58.",
    "'Riêng từ đầu năm đến nay' takes 2024 from the as-of date before it and ends at the dateline (2024-11-07).",
    "'cần kinh phí tu bổ ước khoảng 120 tỷ đồng': estimate, about. 'phấn đấu' sentence has no figure. 'Hiện' gives no period.",
]

if __name__ == "__main__":
    write("p1408-5", TEXT, NOTES, FIGS, published="2024-11-07", location=TB)
