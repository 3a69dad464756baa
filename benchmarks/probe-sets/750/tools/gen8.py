"""p750-8: city portal (Cần Thơ), free cataract surgery Q2/2024, eye doctors per vạn dân, school screening, Q3 plans."""
from lib import fig, per, inh, chg, write

TEXT = """Cổng Thông tin điện tử thành phố Cần Thơ
Tin tức > Y tế

Ngày cập nhật 05/07/2024

Cần Thơ: Quý II phẫu thuật mắt miễn phí cho 732 người

Theo Sở Y tế thành phố, trong quý II/2024, Bệnh viện Mắt - Răng Hàm Mặt thành phố cùng các trung tâm y tế quận, huyện đã phẫu thuật đục thủy tinh thể miễn phí cho 732 người có hoàn cảnh khó khăn, tăng 118 người so với quý I/2024. Lũy kế 6 tháng đầu năm, tổng số ca được mổ miễn phí là 1.346 ca, đạt 53,8% kế hoạch năm.

Tính đến ngày 30/6/2024, toàn thành phố có 46 bác sĩ chuyên khoa mắt, đạt 0,37 bác sĩ/vạn dân; 9/9 quận, huyện đã có phòng khám chuyên khoa mắt. Tổng kinh phí cho hoạt động phòng, chống mù lòa 6 tháng đầu năm là 1.245,6 triệu đồng, trong đó ngân sách thành phố 620,5 triệu đồng, còn lại từ nguồn xã hội hóa.

Về khám mắt học đường, từ đầu năm học 2023-2024 đến nay, ngành y tế đã khám cho 58.430 học sinh, phát hiện 9.112 em mắc tật khúc xạ (15,6%).

Quý III/2024, thành phố dự kiến tổ chức 12 đợt khám sàng lọc lưu động tại các huyện Vĩnh Thạnh, Cờ Đỏ, Thới Lai và Phong Điền, phấn đấu phẫu thuật thêm khoảng 650 ca; ước cả năm 2024 đạt khoảng 2.600 ca, vượt kế hoạch đề ra.

Thực hiện Kế hoạch số 112/KH-UBND của UBND thành phố, người dân có nhu cầu đăng ký khám tại Bệnh viện Mắt - Răng Hàm Mặt, số 28 Ngô Gia Tự, quận Ninh Kiều hoặc gọi đường dây nóng 1900.6172 (từ 7 giờ đến 17 giờ các ngày trong tuần).
"""

H1 = per("6 tháng đầu năm", "2024-01-01", "2024-06-30")
ASOF = per("Tính đến ngày 30/6/2024", None, "2024-06-30")
Q3 = per("Quý III/2024", "2024-07-01", "2024-09-30")
FIGS = [
    fig("miễn phí cho 732 người\n", "732", 732, "count", "người", "người được phẫu thuật mắt miễn phí",
        per("Quý II", "2024-04-01", "2024-06-30")),
    fig("cho 732 người có", "732", 732, "count", "người",
        "người có hoàn cảnh khó khăn được phẫu thuật đục thủy tinh thể miễn phí",
        per("quý II/2024", "2024-04-01", "2024-06-30"), change=chg("increase", 118, "người", "quý I/2024")),
    fig("là 1.346 ca", "1.346", 1346, "count", "ca", "tổng số ca được mổ miễn phí", H1, percent=53.8),
    fig("có 46 bác sĩ", "46", 46, "count", "bác sĩ", "bác sĩ chuyên khoa mắt", ASOF),
    fig("đạt 0,37 bác sĩ/vạn dân", "0,37", 0.37, "measure", "bác sĩ/vạn dân", "bác sĩ chuyên khoa mắt", ASOF),
    fig("9/9 quận, huyện", "9", 9, "count", "quận, huyện", "quận, huyện đã có phòng khám chuyên khoa mắt", ASOF,
        total=9),
    fig("là 1.245,6 triệu đồng", "1.245,6", 1245600000, "money", "đồng",
        "tổng kinh phí cho hoạt động phòng, chống mù lòa", H1),
    fig("thành phố 620,5 triệu đồng", "620,5", 620500000, "money", "đồng", "ngân sách thành phố", H1,
        total=1245600000),
    fig("cho 58.430 học sinh", "58.430", 58430, "count", "học sinh", "học sinh được khám mắt học đường"),
    fig("phát hiện 9.112 em", "9.112", 9112, "count", "em", "học sinh mắc tật khúc xạ", percent=15.6),
    fig("tổ chức 12 đợt", "12", 12, "count", "đợt", "đợt khám sàng lọc lưu động", Q3, status="forecast"),
    fig("khoảng 650 ca", "650", 650, "count", "ca", "ca phẫu thuật thêm", Q3, approx="about", status="target"),
    fig("khoảng 2.600 ca", "2.600", 2600, "count", "ca", "ca phẫu thuật cả năm",
        per("cả năm 2024", "2024-01-01", "2024-12-31"), approx="about", status="estimate"),
]

NOTES = [
    "Cổng TTĐT thành phố Cần Thơ: phẫu thuật mắt miễn phí quý II/2024, bác sĩ mắt, kinh phí, khám mắt học đường, kế hoạch quý III.",
    "Headline 'Quý II' takes the year 2024 (published). 732 carries 'tăng 118 người so với quý I/2024' (change in người).",
    "'6 tháng đầu năm' without a year takes 2024 from 'quý II/2024'. 'Tính đến ngày 30/6/2024' is as-of and governs the ';' clause (9/9).",
    "'1.245,6 triệu đồng' = 1 245 600 000 đồng; 620,5 triệu is a 'trong đó' part. '(15,6%)' bracketed after 9.112 is its percent.",
    "'từ đầu năm học 2023-2024 đến nay' is not in the spec's table: unset. 'dự kiến' -> forecast for 12 đợt; 'phấn đấu' -> target for 650; 'ước' -> estimate.",
    "Distractors: Kế hoạch số 112/KH-UBND, 'số 28 Ngô Gia Tự', hotline '1900.6172', '7 giờ đến 17 giờ', 'vạn dân' denominator.",
]

if __name__ == "__main__":
    write("p750-8", TEXT, NOTES, FIGS, published="2024-07-05", location="Cần Thơ")
