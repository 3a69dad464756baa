"""p1321-1: province portal (Khánh Hòa): tour guide cards to 30/9/2024, travel businesses, 9-month results."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Trang chủ > Tin tức - Sự kiện > Văn hóa - Du lịch

Khánh Hòa: Gần 3.200 hướng dẫn viên du lịch được cấp thẻ

Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.386

Theo Sở Du lịch, tính đến ngày 30/9/2024, toàn tỉnh Khánh Hòa có 3.187 hướng dẫn viên du lịch được cấp thẻ, tăng 412 người so với cuối năm 2023. Trong đó, hướng dẫn viên quốc tế 2.104 người, hướng dẫn viên nội địa 958 người và hướng dẫn viên tại điểm 125 người.

Về ngoại ngữ, hướng dẫn viên sử dụng tiếng Anh chiếm 46%, tiếng Trung 21%, tiếng Nga 17%, tiếng Hàn 11%; riêng tiếng Hindi mới có 6 người, chưa đáp ứng nhu cầu đón khách từ thị trường Ấn Độ.

9 tháng đầu năm, Sở đã cấp mới 356 thẻ, cấp đổi 214 thẻ và thu hồi 9 thẻ hướng dẫn viên do vi phạm quy định tại Nghị định số 45/2019/NĐ-CP.

Toàn tỉnh hiện có 398 doanh nghiệp kinh doanh dịch vụ lữ hành, gồm 251 doanh nghiệp lữ hành quốc tế và 147 doanh nghiệp lữ hành nội địa. Trong 9 tháng, các doanh nghiệp lữ hành đã đón, phục vụ khoảng 1,35 triệu lượt khách, trong đó khách quốc tế hơn 820 nghìn lượt; doanh thu ước đạt 4.150 tỷ đồng, tăng 23,5% so với cùng kỳ năm 2023.

Do nguồn cung hạn chế, thù lao của hướng dẫn viên tiếng Nga hiện từ 1,2 đến 1,5 triệu đồng/ngày, cao hơn khoảng 500.000 đồng so với hướng dẫn viên tiếng Anh.

Mục tiêu đến năm 2025, toàn tỉnh có trên 3.500 hướng dẫn viên được cấp thẻ, trong đó ít nhất 100 người sử dụng thành thạo các ngôn ngữ hiếm như tiếng Hindi, tiếng Ả Rập.

Tin liên quan:
- Nha Trang tổ chức Hội thi hướng dẫn viên du lịch giỏi lần thứ 3
- Tập huấn nghiệp vụ cho nhân viên phục vụ tại Nhà ga T2 Cam Ranh
"""

ASOF = per("tính đến ngày 30/9/2024", None, "2024-09-30")
NINE = per("9 tháng đầu năm", "2024-01-01", "2024-09-30")
NINE2 = per("Trong 9 tháng", "2024-01-01", "2024-09-30")
TO25 = per("đến năm 2025", None, "2025-12-31")
HDV = "hướng dẫn viên"

FIGS = [
    fig("Gần 3.200 hướng dẫn viên", "3.200", 3200, "count", HDV, approx="nearly",
        subject="hướng dẫn viên du lịch được cấp thẻ"),
    fig("có 3.187 hướng dẫn viên", "3.187", 3187, "count", HDV,
        change=chg("increase", 412, "người", "cuối năm 2023"),
        subject="hướng dẫn viên du lịch được cấp thẻ", period=ASOF),
    fig("quốc tế 2.104 người", "2.104", 2104, "count", "người", total=3187,
        subject="hướng dẫn viên quốc tế", period=inh(ASOF)),
    fig("nội địa 958 người", "958", 958, "count", "người", total=3187,
        subject="hướng dẫn viên nội địa", period=inh(ASOF)),
    fig("tại điểm 125 người", "125", 125, "count", "người", total=3187,
        subject="hướng dẫn viên tại điểm", period=inh(ASOF)),
    fig("chiếm 46%", "46", 46, "percent", "%", subject="hướng dẫn viên sử dụng tiếng Anh"),
    fig("tiếng Trung 21%", "21", 21, "percent", "%", subject="hướng dẫn viên sử dụng tiếng Trung"),
    fig("tiếng Nga 17%", "17", 17, "percent", "%", subject="hướng dẫn viên sử dụng tiếng Nga"),
    fig("tiếng Hàn 11%", "11", 11, "percent", "%", subject="hướng dẫn viên sử dụng tiếng Hàn"),
    fig("mới có 6 người", "6", 6, "count", "người", subject="hướng dẫn viên sử dụng tiếng Hindi"),
    fig("cấp mới 356 thẻ", "356", 356, "count", "thẻ", subject="thẻ hướng dẫn viên cấp mới", period=NINE),
    fig("cấp đổi 214 thẻ", "214", 214, "count", "thẻ", subject="thẻ hướng dẫn viên cấp đổi", period=NINE),
    fig("thu hồi 9 thẻ", "9", 9, "count", "thẻ", subject="thẻ hướng dẫn viên thu hồi", period=NINE),
    fig("có 398 doanh nghiệp", "398", 398, "count", "doanh nghiệp",
        subject="doanh nghiệp kinh doanh dịch vụ lữ hành"),
    fig("gồm 251 doanh nghiệp", "251", 251, "count", "doanh nghiệp", total=398,
        subject="doanh nghiệp lữ hành quốc tế"),
    fig("và 147 doanh nghiệp", "147", 147, "count", "doanh nghiệp", total=398,
        subject="doanh nghiệp lữ hành nội địa"),
    fig("khoảng 1,35 triệu lượt khách", "1,35", 1.35e6, "count", "lượt khách", approx="about",
        subject="lượt khách các doanh nghiệp lữ hành đón, phục vụ", period=NINE2),
    fig("hơn 820 nghìn lượt", "820", 820e3, "count", "lượt", approx="over", total=1.35e6,
        subject="khách quốc tế", period=NINE2),
    fig("ước đạt 4.150 tỷ", "4.150", 4150e9, "money", "đồng", status="estimate",
        change=chg("increase", 23.5, "%", "cùng kỳ năm 2023"),
        subject="doanh thu của các doanh nghiệp lữ hành", period=NINE2),
    fig("từ 1,2 đến 1,5 triệu", "1,2", 1.2e6, "money", "đồng/ngày", value_max=1.5e6,
        change=chg("increase", 500000, "đồng", "hướng dẫn viên tiếng Anh", approx="about"),
        subject="thù lao của hướng dẫn viên tiếng Nga"),
    fig("trên 3.500 hướng dẫn viên", "3.500", 3500, "count", HDV, approx="over", status="target",
        subject="hướng dẫn viên được cấp thẻ", period=TO25),
    fig("ít nhất 100 người", "100", 100, "count", "người", approx="at_least", total=3500, status="target",
        subject="hướng dẫn viên sử dụng thành thạo các ngôn ngữ hiếm", period=TO25),
]

NOTES = [
    "Province portal (Khánh Hòa): tour guide cards to 30/9/2024; breadcrumb, 'Cập nhật: 14/10/2024 09:45 | Lượt xem: 1.386', related links.",
    "Distractors: 09:45, 'Lượt xem: 1.386', dates 30/9/2024, 'cuối năm 2023', Nghị định số 45/2019/NĐ-CP, 'lần thứ 3', 'Nhà ga T2'.",
    "Headline 'Gần 3.200' is its own figure (nearly), no period. 'Trong đó' parts after a sentence break take total 3.187 (period inherited).",
    "Language shares: a list sharing 'hướng dẫn viên sử dụng ... chiếm': each item a percent figure; the language goes into the subject.",
    "'cao hơn khoảng 500.000 đồng so với hướng dẫn viên tiếng Anh' is the change of the fee range (about, đồng).",
    "'ước đạt' governs only the revenue clause; 1,35 triệu and 820 nghìn are actual. 'hơn 820 nghìn lượt' is part of 1,35 triệu (trong đó).",
    "'Mục tiêu đến năm 2025': both figures target, end 2025-12-31; 'ít nhất 100' is part of 'trên 3.500' (trong đó).",
]

if __name__ == "__main__":
    write("p1321-1", TEXT, NOTES, FIGS, published="2024-10-14", location="Khánh Hòa")
