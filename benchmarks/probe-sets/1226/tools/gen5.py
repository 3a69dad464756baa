"""p1226-5: Party newspaper (Báo Phú Thọ), a tissue paper company in huyện Phù Ninh."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Phù Ninh: Doanh nghiệp giấy tissue mở rộng sản xuất

Những ngày cuối năm, nhà máy giấy tissue của Công ty CP Giấy Tiên Kiên tại Cụm công nghiệp Tử Đà - An Đạo (huyện Phù Ninh) hoạt động hết công suất để kịp giao hàng phục vụ Tết Nguyên đán.

Ông Nguyễn Văn Hùng, Giám đốc công ty cho biết, nhà máy hiện có 2 máy xeo giấy tissue với tổng công suất 25.000 tấn/năm. Năm 2024, công ty ước sản xuất 21.600 tấn giấy cuộn lớn và 14.200 tấn thành phẩm giấy vệ sinh, khăn giấy; doanh thu ước đạt 520 tỷ đồng, tăng 15% so với năm trước. Khoảng 40% sản lượng giấy cuộn lớn được xuất khẩu sang Hàn Quốc, Đài Loan (Trung Quốc) và Malaysia.

Công ty đang giải quyết việc làm cho 380 lao động, phần lớn là người dân các xã Tử Đà, An Đạo, Bình Phú, với thu nhập bình quân 9,5 triệu đồng/người/tháng. Cũng trong năm 2024, công ty đầu tư gần 60 tỷ đồng lắp đặt hệ thống xử lý nước thải công suất 3.000 m3/ngày đêm và lò hơi đốt sinh khối thay lò than, giúp chi phí năng lượng giảm khoảng 18%.

Theo UBND huyện Phù Ninh, toàn huyện hiện có 12 doanh nghiệp và 46 hộ sản xuất, gia công sản phẩm giấy, tập trung dọc Quốc lộ 2 và Tỉnh lộ 323. Giá trị sản xuất ngành giấy 11 tháng năm 2024 ước đạt 3.150 tỷ đồng, chiếm trên 40% giá trị sản xuất công nghiệp của huyện. Huyện phấn đấu đến năm 2025 thu hút thêm 2 dự án sản xuất giấy tiêu dùng, tã giấy với tổng vốn đầu tư khoảng 1.500 tỷ đồng, tạo việc làm cho khoảng 600 lao động.

Thu Hà

18/12/2024
"""

Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
Y24B = per("trong năm 2024", "2024-01-01", "2024-12-31")
M11 = per("11 tháng năm 2024", "2024-01-01", "2024-11-30")
T25 = per("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("có 2 máy xeo", "2", 2, "count", "máy xeo", subject="máy xeo giấy tissue của nhà máy"),
    fig("công suất 25.000 tấn/năm", "25.000", 25000, "measure", "tấn/năm", subject="tổng công suất máy xeo giấy tissue"),
    fig("sản xuất 21.600 tấn", "21.600", 21600, "measure", "tấn", status="estimate",
        subject="giấy cuộn lớn công ty sản xuất", period=Y24),
    fig("và 14.200 tấn", "14.200", 14200, "measure", "tấn", status="estimate",
        subject="thành phẩm giấy vệ sinh, khăn giấy", period=Y24),
    fig("ước đạt 520 tỷ đồng", "520", 520000000000, "money", "đồng", status="estimate",
        change=chg("increase", 15, "%", "năm trước"), subject="doanh thu", period=Y24),
    fig("Khoảng 40% sản lượng", "40", 40, "percent", "%", approx="about",
        subject="sản lượng giấy cuộn lớn được xuất khẩu", period=inh(Y24)),
    fig("cho 380 lao động", "380", 380, "count", "lao động", subject="lao động công ty giải quyết việc làm"),
    fig("bình quân 9,5 triệu", "9,5", 9500000, "money", "đồng/người/tháng", subject="thu nhập bình quân"),
    fig("gần 60 tỷ đồng", "60", 60000000000, "money", "đồng", approx="nearly",
        subject="đầu tư hệ thống xử lý nước thải và lò hơi đốt sinh khối", period=Y24B),
    fig("công suất 3.000 m3/ngày đêm", "3.000", 3000, "measure", "m3/ngày đêm",
        subject="công suất hệ thống xử lý nước thải", period=Y24B),
    fig("giảm khoảng 18%", "18", 18, "percent", "%", approx="about",
        subject="chi phí năng lượng giảm", period=Y24B),
    fig("có 12 doanh nghiệp", "12", 12, "count", "doanh nghiệp",
        subject="doanh nghiệp sản xuất, gia công sản phẩm giấy"),
    fig("và 46 hộ", "46", 46, "count", "hộ", subject="hộ sản xuất, gia công sản phẩm giấy"),
    fig("ước đạt 3.150 tỷ đồng", "3.150", 3150000000000, "money", "đồng", percent=40, status="estimate",
        subject="giá trị sản xuất ngành giấy", period=M11),
    fig("thêm 2 dự án", "2", 2, "count", "dự án", status="target",
        subject="dự án sản xuất giấy tiêu dùng, tã giấy thu hút thêm", period=T25),
    fig("khoảng 1.500 tỷ đồng", "1.500", 1500000000000, "money", "đồng", approx="about", status="target",
        subject="tổng vốn đầu tư dự án", period=T25),
    fig("khoảng 600 lao động", "600", 600, "count", "lao động", approx="about", status="target",
        subject="lao động được tạo việc làm", period=T25),
]

NOTES = [
    "Party newspaper (Báo Phú Thọ): a tissue paper company (invented) in CCN Tử Đà - An Đạo, huyện Phù Ninh; byline 'Thu Hà' and bare date 18/12/2024 at the end.",
    "Every figure is about the company or the district: location Phù Ninh (default).",
    "Distractors: 'Quốc lộ 2', 'Tỉnh lộ 323', 'Tết Nguyên đán', 'Đài Loan (Trung Quốc)'.",
    "'ước sản xuất 21.600 tấn ... và 14.200 tấn' -> estimate for both; 'Khoảng 40% sản lượng' (own sentence, no cue) is actual, period inherited.",
    "'chiếm trên 40%' is the share of 3.150 tỷ. 'giảm khoảng 18%' standing alone is a percent figure (no base amount).",
    "Machine count/capacity, workforce and wage ('đang', 'hiện có') get no period. Targets 'đến năm 2025' -> end 2025-12-31.",
]

if __name__ == "__main__":
    write("p1226-5", TEXT, NOTES, FIGS, published="2024-12-18", location="Phù Ninh")
