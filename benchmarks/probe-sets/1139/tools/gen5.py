"""p1139-5: Party newspaper (Báo Thái Bình): a weaving household in Hưng Hà becomes a company; provincial figures."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Từ hộ kinh doanh thành doanh nghiệp: bước đi tất yếu của làng nghề

Sau gần 20 năm dệt khăn theo quy mô hộ gia đình, đầu năm 2023 gia đình ông Nguyễn Văn Thịnh ở xã Thái Phương (huyện Hưng Hà) quyết định thành lập Công ty TNHH Dệt may Thịnh Phát với vốn điều lệ 5 tỷ đồng. Hiện công ty có 45 lao động, thu nhập bình quân 7,5 triệu đồng/người/tháng. Năm 2023, doanh thu của công ty đạt hơn 28 tỷ đồng, nộp ngân sách trên 1,2 tỷ đồng, gấp khoảng 25 lần số thuế khoán mà hộ phải nộp trước đây.

Ông Thịnh chia sẻ, trước đây hộ chỉ bán được hàng qua thương lái; khi có tư cách pháp nhân, công ty ký được hợp đồng với hai doanh nghiệp xuất khẩu sang Nhật Bản, có đơn hàng đều đặn 12 tháng trong năm.

Theo Sở Kế hoạch và Đầu tư, toàn tỉnh hiện có khoảng 68.000 hộ kinh doanh. Năm 2023, có 41 hộ chuyển đổi lên doanh nghiệp, riêng huyện Hưng Hà có 9 hộ. Giai đoạn 2021-2025, tỉnh đặt mục tiêu hỗ trợ 200 hộ kinh doanh chuyển đổi; tính đến hết năm 2023 mới đạt 126 hộ, bằng 63% mục tiêu. Mức hỗ trợ tối đa 15 triệu đồng/doanh nghiệp cho chi phí tư vấn, đăng ký và phần mềm kế toán.

Theo đồng chí Phó Giám đốc Sở Kế hoạch và Đầu tư, nguyên nhân là nhiều hộ có quy mô nhỏ, chủ hộ ngại sổ sách kế toán và lo tăng chi phí. Năm 2024, tỉnh phấn đấu có thêm 45 hộ chuyển đổi, tập trung ở các làng nghề dệt, mây tre đan, chế biến nông sản; mỗi huyện, thành phố tổ chức ít nhất một hội nghị đối thoại với hộ kinh doanh.

MINH THU
27/02/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
GD = per("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31")
ASOF = per("tính đến hết năm 2023", None, "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")
HH = {"location": "Hưng Hà"}

FIGS = [
    fig("gần 20 năm", "20", 20, "measure", "năm", "thời gian dệt khăn theo quy mô hộ gia đình",
        approx="nearly", optional=True, **HH),
    fig("vốn điều lệ 5 tỷ", "5", 5e9, "money", "đồng", "vốn điều lệ Công ty TNHH Dệt may Thịnh Phát", **HH),
    fig("có 45 lao động", "45", 45, "count", "lao động", "lao động của công ty", **HH),
    fig("7,5 triệu", "7,5", 7.5e6, "money", "đồng/người/tháng", "thu nhập bình quân lao động của công ty", **HH),
    fig("hơn 28 tỷ", "28", 28e9, "money", "đồng", "doanh thu của công ty", Y23, approx="over", **HH),
    fig("trên 1,2 tỷ", "1,2", 1.2e9, "money", "đồng", "công ty nộp ngân sách", Y23, approx="over",
        change=chg("increase", 25, "lần", "số thuế khoán mà hộ phải nộp trước đây", "about"), **HH),
    fig("hai doanh nghiệp", "hai", 2, "count", "doanh nghiệp", "doanh nghiệp xuất khẩu sang Nhật Bản ký hợp đồng với công ty", **HH),
    fig("12 tháng trong năm", "12", 12, "measure", "tháng", optional=True, **HH),
    fig("khoảng 68.000 hộ", "68.000", 68000, "count", "hộ kinh doanh", "hộ kinh doanh", approx="about"),
    fig("có 41 hộ", "41", 41, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", Y23),
    fig("có 9 hộ", "9", 9, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", Y23, location="Hưng Hà"),
    fig("hỗ trợ 200 hộ", "200", 200, "count", "hộ kinh doanh", "hộ kinh doanh chuyển đổi được hỗ trợ", GD,
        status="target"),
    fig("đạt 126 hộ", "126", 126, "count", "hộ", "hộ kinh doanh chuyển đổi được hỗ trợ", ASOF, percent=63),
    fig("tối đa 15 triệu", "15", 15e6, "money", "đồng/doanh nghiệp",
        "mức hỗ trợ chi phí tư vấn, đăng ký và phần mềm kế toán", approx="at_most"),
    fig("thêm 45 hộ", "45", 45, "count", "hộ", "hộ chuyển đổi lên doanh nghiệp", Y24, status="target"),
    fig("ít nhất một hội nghị", "một", 1, "count", "hội nghị", "hội nghị đối thoại với hộ kinh doanh mỗi huyện, thành phố",
        Y24, approx="at_least", status="target"),
]

NOTES = [
    "Party newspaper (Báo Thái Bình): feature; byline 'MINH THU' and bare date '27/02/2024' at the end (published). Default location Thái Bình.",
    "The company passage (xã Thái Phương, huyện Hưng Hà) → location Hưng Hà for its figures, also in the sentences that follow about the same company.",
    "'gần 20 năm' (how long they have woven) and '12 tháng trong năm' (= all year round) are optional. 'Hiện' figures get no period.",
    "'gấp khoảng 25 lần số thuế khoán ...' after 'nộp ngân sách trên 1,2 tỷ đồng' is the change of that figure (unit lần, approx about).",
    "'riêng huyện Hưng Hà có 9 hộ': 'riêng' is no whole-part cue of the spec (trong đó / gồm / :), so no total; location Hưng Hà.",
    "'bằng 63% mục tiêu' → percent 63 of 126 (the 200 target is its own figure, not repeated as a 'đạt a/b' plan).",
    "'Năm 2024 ... phấn đấu' continues after ';' ('mỗi huyện ... ít nhất một hội nghị') → target; 'một' is a number word.",
    "Distractors: the date '27/02/2024', 'đầu năm 2023' (date of founding).",
    "revised after the first run: subject of 'hai doanh nghiệp' now keeps the sentence's own qualifier 'sang Nhật Bản' (it had been dropped).",
]

if __name__ == "__main__":
    write("p1139-5", TEXT, NOTES, FIGS, published="2024-02-27", location="Thái Bình")
