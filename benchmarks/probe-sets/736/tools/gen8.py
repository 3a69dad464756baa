"""p736-8: provincial newspaper (Báo Bắc Giang, tag BGĐT), công đoàn chăm lo Tết Giáp Thìn 2024, nợ lương quý IV/2023."""
from lib import fig, emit, year, asof, period, inh, change

TEXT = """Thứ Sáu, 05/01/2024 - 09:30

Công đoàn chăm lo Tết cho hơn 48 nghìn đoàn viên, người lao động

BGĐT - Năm 2023, công đoàn các cấp trong tỉnh đã vận động, hỗ trợ 48.650 đoàn viên, người lao động với tổng kinh phí 26,4 tỷ đồng, đạt 112% kế hoạch. Trong đó, Liên đoàn Lao động tỉnh trao 3.000 suất quà Tết, mỗi suất 1 triệu đồng và hỗ trợ 1.000 vé xe cho công nhân ở xa về quê; lễ trao vé tổ chức tại Khu công nghiệp Đình Trám, cạnh Quốc lộ 37.

Theo Ban Quản lý các khu công nghiệp, tại 6 khu công nghiệp đang hoạt động có 412 doanh nghiệp với khoảng 175.000 lao động. Thu nhập bình quân năm 2023 của người lao động đạt 9,4 triệu đồng/người/tháng. Mức thưởng Tết Giáp Thìn bình quân dự kiến 6,1 triệu đồng/người, thấp hơn khoảng 0,5 triệu đồng so với Tết Quý Mão. Mức cao nhất dự kiến 950 triệu đồng/người thuộc một doanh nghiệp điện tử vốn Trung Quốc.

Trong quý IV/2023, toàn tỉnh phát sinh 4 doanh nghiệp nợ lương với số tiền 3,25 tỷ đồng, ảnh hưởng 738 lao động; đến ngày 31/12/2023 đã giải quyết xong 3 doanh nghiệp, số tiền còn nợ khoảng 820 triệu đồng.

Phấn đấu đến năm 2025, 75% doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể có nội dung về thưởng Tết; hiện tỷ lệ này là 61,3%.

Lê Hà
"""

Y23 = year(2023, "Năm 2023")
Y23b = year(2023)
Q4 = period("quý IV/2023", "2023-10-01", "2023-12-31")
ASOF = asof("đến ngày 31/12/2023", "2023-12-31")
T25 = period("đến năm 2025", None, "2025-12-31")

FIGS = [
    fig("hơn 48 nghìn", "48", 48000, "count", "đoàn viên, người lao động",
        "đoàn viên, người lao động được công đoàn chăm lo Tết", approx="over"),
    fig("hỗ trợ 48.650", "48.650", 48650, "count", "đoàn viên, người lao động",
        "đoàn viên, người lao động được công đoàn các cấp vận động, hỗ trợ", Y23),
    fig("kinh phí 26,4 tỷ", "26,4", 26.4e9, "money", "đồng", "tổng kinh phí hỗ trợ đoàn viên, người lao động", Y23,
        percent=112),
    fig("trao 3.000 suất", "3.000", 3000, "count", "suất quà Tết", "suất quà Tết Liên đoàn Lao động tỉnh trao",
        inh(Y23)),
    fig("mỗi suất 1 triệu", "1", 1e6, "money", "đồng", "giá trị mỗi suất quà Tết", inh(Y23)),
    fig("hỗ trợ 1.000 vé", "1.000", 1000, "count", "vé xe", "vé xe hỗ trợ công nhân ở xa về quê", inh(Y23)),
    fig("tại 6 khu công nghiệp", "6", 6, "count", "khu công nghiệp", "khu công nghiệp đang hoạt động"),
    fig("có 412 doanh nghiệp", "412", 412, "count", "doanh nghiệp", "doanh nghiệp trong các khu công nghiệp"),
    fig("khoảng 175.000 lao động", "175.000", 175000, "count", "lao động", "lao động trong các khu công nghiệp",
        approx="about"),
    fig("đạt 9,4 triệu", "9,4", 9.4e6, "money", "đồng/người/tháng", "thu nhập bình quân của người lao động", Y23b),
    fig("dự kiến 6,1 triệu", "6,1", 6.1e6, "money", "đồng/người", "mức thưởng Tết Giáp Thìn bình quân",
        status="forecast", change=change("decrease", 500000, unit="đồng", approx="about", baseline="Tết Quý Mão")),
    fig("dự kiến 950 triệu", "950", 950e6, "money", "đồng/người", "mức thưởng Tết cao nhất", status="forecast"),
    fig("sinh 4 doanh nghiệp", "4", 4, "count", "doanh nghiệp", "doanh nghiệp nợ lương", Q4),
    fig("số tiền 3,25 tỷ", "3,25", 3.25e9, "money", "đồng", "số tiền nợ lương", Q4),
    fig("ảnh hưởng 738 lao động", "738", 738, "count", "lao động", "lao động bị ảnh hưởng do nợ lương", Q4),
    fig("xong 3 doanh nghiệp", "3", 3, "count", "doanh nghiệp", "doanh nghiệp đã giải quyết xong nợ lương", ASOF),
    fig("khoảng 820 triệu", "820", 820e6, "money", "đồng", "số tiền còn nợ lương", ASOF, approx="about"),
    fig("2025, 75% doanh nghiệp", "75", 75, "percent", "%",
        "doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể có nội dung về thưởng Tết", T25,
        status="target"),
    fig("là 61,3%", "61,3", 61.3, "percent", "%",
        "tỷ lệ doanh nghiệp có tổ chức công đoàn ký kết thỏa ước lao động tập thể có nội dung về thưởng Tết"),
]

COMMENTS = [
    "Provincial newspaper (Báo Bắc Giang), tag 'BGĐT -', dateline 'Thứ Sáu, 05/01/2024 - 09:30'. The text says only 'tỉnh';",
    "the paper's own tag implies the province (FIGURES.md), so location Bắc Giang.",
    "'đạt 112% kế hoạch' is the percent of 26,4 tỷ. 'Trong đó … 3.000 suất quà, 1.000 vé xe' are not the same thing as",
    "48.650 đoàn viên / 26,4 tỷ đồng: no total. '3 doanh nghiệp' solved out of 4 has no cue: no total; its as-of date is nearer than quý IV.",
    "'dự kiến' stated in both bonus sentences → forecast. 'Phấn đấu đến năm 2025, 75%' target ending 2025-12-31; 'hiện … 61,3%' actual.",
    "Distractors: dateline, Khu công nghiệp Đình Trám, Quốc lộ 37, vốn Trung Quốc (not a place), byline.",
]

if __name__ == "__main__":
    emit("p736-8", TEXT, COMMENTS, FIGS, published="2024-01-05", location="Bắc Giang")
