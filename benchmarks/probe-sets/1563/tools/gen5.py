"""p1563-5: Party newspaper (Báo Tây Ninh, tag (BTN)): a chào mào breeder in huyện Gò Dầu."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO TÂY NINH
Kinh tế > Nông nghiệp

Thanh niên Gò Dầu thu nhập khá từ nuôi chim chào mào sinh sản

Thứ Sáu, 15/03/2024 | 10:12

(BTN) - Từ 6 cặp chào mào bố mẹ ban đầu, sau 4 năm, anh Lê Minh Khoa ở ấp Rộc A, xã Thạnh Đức, huyện Gò Dầu đã phát triển trại chim lên hơn 120 cặp, mỗi năm cung cấp cho thị trường gần 700 chim non, thu về trên 600 triệu đồng.

Anh Khoa cho biết, năm 2020, anh bỏ ra khoảng 40 triệu đồng mua 6 cặp chào mào giống và làm 20 chuồng lưới. Hiện khu nuôi rộng chừng 500 m2, gồm 150 chuồng đẻ, mỗi chuồng một cặp chim. Mỗi cặp chào mào đẻ từ 3 đến 4 lứa/năm, mỗi lứa 2-3 trứng. Chim non 25 ngày tuổi được bán với giá 800.000-1.200.000 đồng/con; chim đã thuần giọng bán từ 2 triệu đồng/con trở lên.

Năm 2023, trại xuất bán 680 chim non, doanh thu 610 triệu đồng, lợi nhuận khoảng 350 triệu đồng, tăng 25% so với năm 2022. Trại tạo việc làm cho 3 lao động địa phương với mức lương 7 triệu đồng/người/tháng.

Theo Hội Nông dân huyện Gò Dầu, toàn huyện hiện có gần ba chục hộ nuôi chào mào sinh sản với khoảng 1.300 cặp chim bố mẹ. Trong năm nay, hội phấn đấu thành lập 1 tổ hợp tác với ít nhất 15 thành viên để liên kết tiêu thụ. Toàn tỉnh Tây Ninh hiện có trên 110 hộ nuôi chim cảnh sinh sản quy mô từ 50 cặp trở lên.

Anh Khoa dự kiến năm 2024 mở rộng thêm 50 chuồng và đầu tư hệ thống camera theo dõi chim ấp.

MINH TÂM
"""

Y20 = per("năm 2020", "2020-01-01", "2020-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
NOW = per("Trong năm nay", "2024-01-01", "2024-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("Từ 6 cặp", "6", 6, "count", "cặp", subject="cặp chào mào bố mẹ ban đầu"),
    fig("hơn 120 cặp", "120", 120, "count", "cặp", approx="over", subject="cặp chim của trại"),
    fig("gần 700 chim", "700", 700, "measure", "chim non/năm", approx="nearly",
        subject="chim non cung cấp cho thị trường mỗi năm"),
    fig("trên 600 triệu", "600", 600e6, "money", "đồng/năm", approx="over",
        subject="tiền thu về mỗi năm"),
    fig("khoảng 40 triệu", "40", 40e6, "money", "đồng", approx="about",
        subject="tiền mua chào mào giống và làm chuồng lưới", period=Y20),
    fig("mua 6 cặp", "6", 6, "count", "cặp", subject="cặp chào mào giống", period=Y20),
    fig("20 chuồng", "20", 20, "count", "chuồng", subject="chuồng lưới", period=Y20),
    fig("chừng 500 m2", "500", 500, "measure", "m2", approx="about", subject="diện tích khu nuôi"),
    fig("150 chuồng", "150", 150, "count", "chuồng", subject="chuồng đẻ"),
    fig("một cặp chim", "một", 1, "count", "cặp", optional=True, subject="cặp chim mỗi chuồng"),
    fig("từ 3 đến 4 lứa", "3", 3, "measure", "lứa/năm", value_max=4, subject="lứa đẻ của mỗi cặp chào mào"),
    fig("2-3 trứng", "2", 2, "measure", "trứng/lứa", value_max=3, subject="trứng mỗi lứa"),
    fig("25 ngày tuổi", "25", 25, "measure", "ngày tuổi", optional=True, subject="tuổi chim non khi bán"),
    fig("800.000-1.200.000", "800.000", 800000, "money", "đồng/con", value_max=1200000,
        subject="giá bán chim non"),
    fig("từ 2 triệu", "2", 2e6, "money", "đồng/con", approx="at_least", subject="giá chim đã thuần giọng"),
    fig("bán 680 chim", "680", 680, "count", "chim non", subject="chim non trại xuất bán", period=Y23),
    fig("thu 610 triệu", "610", 610e6, "money", "đồng", subject="doanh thu", period=Y23),
    fig("khoảng 350 triệu", "350", 350e6, "money", "đồng", approx="about",
        change=chg("increase", 25, "%", "năm 2022"), subject="lợi nhuận", period=Y23),
    fig("cho 3 lao động", "3", 3, "count", "lao động", subject="lao động địa phương trại tạo việc làm"),
    fig("lương 7 triệu", "7", 7e6, "money", "đồng/người/tháng", subject="mức lương"),
    fig("gần ba chục hộ", "ba chục", 30, "count", "hộ", approx="nearly",
        subject="hộ nuôi chào mào sinh sản"),
    fig("khoảng 1.300 cặp", "1.300", 1300, "count", "cặp", approx="about", subject="cặp chim bố mẹ"),
    fig("lập 1 tổ hợp tác", "1", 1, "count", "tổ hợp tác", status="target", subject="tổ hợp tác thành lập",
        period=NOW),
    fig("ít nhất 15 thành viên", "15", 15, "count", "thành viên", approx="at_least", status="target",
        subject="thành viên tổ hợp tác", period=NOW),
    fig("trên 110 hộ", "110", 110, "count", "hộ", approx="over",
        subject="hộ nuôi chim cảnh sinh sản quy mô từ 50 cặp trở lên", location="Tây Ninh"),
    fig("từ 50 cặp", "50", 50, "count", "cặp", approx="at_least", optional=True,
        subject="quy mô hộ nuôi chim cảnh sinh sản", location="Tây Ninh"),
    fig("thêm 50 chuồng", "50", 50, "count", "chuồng", status="forecast", subject="chuồng mở rộng thêm",
        period=Y24),
]

NOTES = [
    "Party newspaper (Báo Tây Ninh): section, headline, 'Thứ Sáu, 15/03/2024 | 10:12', tag '(BTN) -' opening the sapo, byline 'MINH TÂM' at the end.",
    "Distractors: 10:12, 'sau 4 năm' (a duration that only locates the story in time), 'ấp Rộc A', 'năm 2022' (baseline).",
    "Location: the farm and the district's figures are Gò Dầu (district); 'Toàn tỉnh Tây Ninh ... trên 110 hộ' is Tây Ninh.",
    "'mỗi năm ... gần 700 chim non, thu về trên 600 triệu đồng' are yearly rates: measure 'chim non/năm', money 'đồng/năm'.",
    "Per-cage and per-litter specs ('từ 3 đến 4 lứa/năm', 'mỗi lứa 2-3 trứng') are measures with their denominators.",
    "Optional: 'mỗi chuồng một cặp chim' (a layout spec), 'Chim non 25 ngày tuổi' (an age that describes the product),",
    "  'quy mô từ 50 cặp trở lên' (a threshold in a definition).",
    "'gần ba chục hộ' = nearly 30 (number words). 'Trong năm nay' takes the dateline year 2024; 'phấn đấu' → target for 1 tổ hợp tác and 15 thành viên.",
    "'Anh Khoa dự kiến năm 2024 ...' → forecast. Standing prices and 'Hiện' figures get no period.",
]

if __name__ == "__main__":
    write("p1563-5", TEXT, NOTES, FIGS, published="2024-03-15", location="Gò Dầu")
