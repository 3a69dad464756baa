"""p1161-2: district portal (huyện Yên Thành, Nghệ An): raincoat sewing workshops."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN YÊN THÀNH
Trang chủ / Kinh tế / Công nghiệp - TTCN
Đăng ngày: 22/05/2024 - 09:40

Nghề may áo mưa giúp phụ nữ nông thôn có thêm thu nhập

Những năm gần đây, nghề may gia công áo mưa, bạt che phát triển ở nhiều xã của huyện. Tính đến tháng 4/2024, toàn huyện có 26 cơ sở may áo mưa, bạt che, thu hút gần 1.100 lao động, trong đó hơn 85% là lao động nữ.

Xưởng may của bà Nguyễn Thị Hoa ở xóm 5, xã Đô Thành là một trong những cơ sở lớn nhất. Mỗi ngày xưởng hoàn thiện khoảng 2.500 chiếc áo mưa các loại, giao cho hai công ty ở Hà Nội và TP Vinh. Xưởng hiện có 64 công nhân, lương từ 5 đến 6,5 triệu đồng/người/tháng; một số công nhân tay nghề cao được thưởng thêm 500.000 đồng/tháng tiền chuyên cần. Năm 2023, doanh thu của xưởng đạt hơn 4,2 tỷ đồng.

Theo UBND huyện, năm 2023 các cơ sở may áo mưa, bạt che trên địa bàn đạt tổng doanh thu khoảng 38 tỷ đồng, tăng 14,6% so với năm 2022. Huyện đã hỗ trợ 3 cơ sở vay vốn khuyến công với tổng số tiền 1,5 tỷ đồng và phối hợp mở 4 lớp dạy nghề may công nghiệp cho 120 học viên.

Năm 2024, huyện phấn đấu phát triển thêm từ 5 đến 7 cơ sở, giải quyết việc làm cho khoảng 300 lao động; dự kiến doanh thu toàn ngành đạt 45 tỷ đồng.

UBND HUYỆN YÊN THÀNH
Địa chỉ: Khối 1, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An. Điện thoại: 0238.3863.226
Số lượt truy cập: 356.201
"""

ASOF = per("Tính đến tháng 4/2024", None, "2024-04-30")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y23b = per("năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("có 26 cơ sở", "26", 26, "count", "cơ sở", subject="cơ sở may áo mưa, bạt che", period=ASOF),
    fig("gần 1.100 lao động", "1.100", 1100, "count", "lao động", approx="nearly",
        subject="lao động tại các cơ sở may áo mưa, bạt che", period=ASOF),
    fig("hơn 85%", "85", 85, "percent", "%", approx="over",
        subject="lao động nữ trong lao động các cơ sở may áo mưa, bạt che", period=ASOF),
    fig("khoảng 2.500 chiếc", "2.500", 2500, "count", "chiếc áo mưa", approx="about",
        subject="áo mưa xưởng hoàn thiện mỗi ngày"),
    fig("cho hai công ty", "hai", 2, "count", "công ty", subject="công ty nhận áo mưa của xưởng"),
    fig("có 64 công nhân", "64", 64, "count", "công nhân", subject="công nhân của xưởng"),
    fig("từ 5 đến 6,5 triệu", "5", 5e6, "money", "đồng/người/tháng", value_max=6.5e6,
        subject="lương công nhân của xưởng"),
    fig("thêm 500.000 đồng", "500.000", 500000, "money", "đồng/tháng",
        subject="tiền chuyên cần thưởng thêm cho công nhân tay nghề cao"),
    fig("hơn 4,2 tỷ", "4,2", 4.2e9, "money", "đồng", approx="over",
        subject="doanh thu của xưởng", period=Y23),
    fig("khoảng 38 tỷ", "38", 38e9, "money", "đồng", approx="about",
        change=chg("increase", 14.6, "%", "năm 2022"),
        subject="tổng doanh thu các cơ sở may áo mưa, bạt che", period=Y23b),
    fig("hỗ trợ 3 cơ sở", "3", 3, "count", "cơ sở", subject="cơ sở được hỗ trợ vay vốn khuyến công",
        period=inh(Y23b)),
    fig("số tiền 1,5 tỷ", "1,5", 1.5e9, "money", "đồng", subject="vốn khuyến công hỗ trợ vay",
        period=inh(Y23b)),
    fig("mở 4 lớp", "4", 4, "count", "lớp", subject="lớp dạy nghề may công nghiệp", period=inh(Y23b)),
    fig("cho 120 học viên", "120", 120, "count", "học viên", subject="học viên lớp dạy nghề may công nghiệp",
        period=inh(Y23b)),
    fig("từ 5 đến 7 cơ sở", "5", 5, "count", "cơ sở", value_max=7, status="target",
        subject="cơ sở may áo mưa, bạt che phát triển thêm", period=Y24),
    fig("khoảng 300 lao động", "300", 300, "count", "lao động", approx="about", status="target",
        subject="lao động được giải quyết việc làm", period=Y24),
    fig("đạt 45 tỷ", "45", 45e9, "money", "đồng", status="forecast",
        subject="doanh thu toàn ngành may áo mưa, bạt che", period=Y24),
]

NOTES = [
    "District portal (huyện Yên Thành, Nghệ An): 'Đăng ngày: 22/05/2024 - 09:40' (published); default location Yên Thành.",
    "'Tính đến tháng 4/2024' is an as-of date for the three figures of its sentence (end 2024-04-30).",
    "'trong đó hơn 85% là lao động nữ' is a percent figure of its own (not a share attribute: it follows 'trong đó').",
    "'hai công ty' is a number word (2). 'một số công nhân' (some) is not a figure.",
    "Support figures of the district (3 cơ sở, 1,5 tỷ, 4 lớp, 120 học viên) sit after 'năm 2023' of the previous sentence: inherited.",
    "'phấn đấu' governs the 2024 clause (target); 'dự kiến' after ';' → forecast.",
    "Distractors: 'xóm 5', '09:40', 'Khối 1', phone 0238.3863.226, 'Số lượt truy cập: 356.201', 'năm 2022' (baseline).",
]

if __name__ == "__main__":
    write("p1161-2", TEXT, NOTES, FIGS, published="2024-05-22", location="Yên Thành")
