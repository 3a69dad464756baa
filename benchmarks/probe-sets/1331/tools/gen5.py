"""p1331-5: provincial Party newspaper (Báo Bắc Giang, tag (BGĐT)): workers apply for a social housing project in Việt Yên."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """BÁO BẮC GIANG ĐIỆN TỬ
Kinh tế | Xã hội | Pháp luật | Văn hóa

Thứ Hai, 18/11/2024 | 07:45

Công nhân "săn" nhà ở xã hội: hơn 3.000 hồ sơ cho 1.016 căn hộ

(BGĐT) - Chỉ trong 10 ngày nhận hồ sơ, dự án nhà ở xã hội tại Khu công nghiệp Vân Trung (thị xã Việt Yên) đã nhận 3.046 bộ hồ sơ đăng ký mua, gấp gần ba lần số căn hộ mở bán. Nhiều công nhân hy vọng sớm có chỗ ở ổn định.

Dự án do Công ty cổ phần Phát triển Nhà Kinh Bắc Xanh làm chủ đầu tư, gồm 2 tòa nhà 15 tầng với 1.016 căn hộ, diện tích từ 32 đến 70 m2/căn. Giá bán dự kiến khoảng 15,2 triệu đồng/m2; căn hộ diện tích 50 m2 có giá khoảng 760 triệu đồng.

Anh Nguyễn Văn Thắng (quê Lạng Sơn), công nhân Công ty TNHH Điện tử Sao Việt, cho biết: "Vợ chồng tôi đã thuê trọ 7 năm, mỗi tháng trả gần 2,5 triệu đồng tiền phòng. Tổng thu nhập của vợ chồng tôi khoảng 17 triệu đồng/tháng, nếu được vay ưu đãi thì có thể trả góp được".

Theo Ban Quản lý các khu công nghiệp tỉnh, toàn tỉnh hiện có khoảng 240.000 công nhân làm việc tại các khu công nghiệp, trong đó hơn 60% có nhu cầu thuê, mua nhà ở. Tuy nhiên, đến nay mới có 3 dự án nhà ở xã hội hoàn thành với 2.830 căn, đáp ứng chưa đến 5% nhu cầu.

Theo kế hoạch, năm 2025 tỉnh phấn đấu hoàn thành thêm 4.100 căn hộ; giai đoạn 2021-2030 hoàn thành 43.600 căn theo chỉ tiêu được Chính phủ giao.

NGỌC ANH

Từ khóa: nhà ở xã hội, công nhân, KCN Vân Trung
Bình luận (0)
"""

NOW = per("đến nay", None, "2024-11-18")
VY = "Việt Yên"

FIGS = [
    fig("hơn 3.000 hồ sơ", "3.000", 3000, "count", "hồ sơ", approx="over",
        subject="hồ sơ nhà ở xã hội của công nhân", location=VY),
    fig("cho 1.016 căn hộ", "1.016", 1016, "count", "căn hộ", subject="căn hộ nhà ở xã hội", location=VY),
    fig("nhận 3.046 bộ", "3.046", 3046, "count", "bộ hồ sơ",
        change=chg("increase", 3, "lần", "số căn hộ mở bán", approx="nearly"),
        subject="hồ sơ đăng ký mua dự án nhà ở xã hội đã nhận", location=VY),
    fig("gồm 2 tòa", "2", 2, "count", "tòa nhà", subject="tòa nhà của dự án", location=VY),
    fig("nhà 15 tầng", "15", 15, "count", "tầng", subject="số tầng mỗi tòa nhà", location=VY),
    fig("với 1.016 căn hộ", "1.016", 1016, "count", "căn hộ", subject="căn hộ của dự án", location=VY),
    fig("từ 32 đến 70", "32", 32, "measure", "m2/căn", value_max=70, subject="diện tích căn hộ", location=VY),
    fig("khoảng 15,2 triệu", "15,2", 15.2e6, "money", "đồng/m2", approx="about", status="forecast",
        subject="giá bán căn hộ", location=VY),
    fig("diện tích 50 m2", "50", 50, "measure", "m2", subject="diện tích căn hộ", location=VY, optional=True),
    fig("khoảng 760 triệu", "760", 760e6, "money", "đồng", approx="about",
        subject="giá căn hộ diện tích 50 m2", location=VY),
    fig("trọ 7 năm", "7", 7, "measure", "năm", subject="thời gian thuê trọ", optional=True),
    fig("gần 2,5 triệu", "2,5", 2.5e6, "money", "đồng/tháng", approx="nearly", subject="tiền phòng trọ"),
    fig("khoảng 17 triệu", "17", 17e6, "money", "đồng/tháng", approx="about",
        subject="tổng thu nhập của vợ chồng"),
    fig("khoảng 240.000 công nhân", "240.000", 240000, "count", "công nhân", approx="about",
        subject="công nhân làm việc tại các khu công nghiệp"),
    fig("hơn 60%", "60", 60, "percent", "%", approx="over", subject="tỷ lệ công nhân có nhu cầu thuê, mua nhà ở"),
    fig("có 3 dự án", "3", 3, "count", "dự án", subject="dự án nhà ở xã hội hoàn thành", period=NOW),
    fig("với 2.830 căn", "2.830", 2830, "count", "căn", subject="căn hộ nhà ở xã hội hoàn thành", period=NOW),
    fig("chưa đến 5%", "5", 5, "percent", "%", approx="under",
        subject="tỷ lệ đáp ứng nhu cầu nhà ở của công nhân", period=NOW),
    fig("thêm 4.100 căn", "4.100", 4100, "count", "căn hộ", status="target", subject="căn hộ hoàn thành thêm",
        period=per("năm 2025", "2025-01-01", "2025-12-31")),
    fig("hoàn thành 43.600 căn", "43.600", 43600, "count", "căn", status="target",
        subject="căn nhà ở xã hội hoàn thành theo chỉ tiêu được Chính phủ giao",
        period=per("giai đoạn 2021-2030", "2021-01-01", "2030-12-31")),
]

NOTES = [
    "Provincial Party newspaper (Báo Bắc Giang): menu, 'Thứ Hai, 18/11/2024 | 07:45', headline, sapo with tag '(BGĐT) -', quote,",
    "byline NGỌC ANH, keywords, 'Bình luận (0)'.",
    "Distractors: 'Chỉ trong 10 ngày nhận hồ sơ' (a duration that locates the figure in time), '(0)' comments, time 07:45,",
    "'Khu công nghiệp Vân Trung'.",
    "The project passage (headline, sapo, project paragraph) is in thị xã Việt Yên -> location Việt Yên; the worker's quote",
    "and the province figures stay Bắc Giang (the default).",
    "'gấp gần ba lần số căn hộ mở bán' is a change of 3.046 (x3, nearly), as 'gấp ... lần so với' in the shared habits.",
    "'Giá bán dự kiến khoảng 15,2 triệu đồng/m2' -> forecast + about. The 50 m2 of the example apartment -> optional;",
    "'thuê trọ 7 năm' (a duration that is the claim, in a quote) -> optional.",
    "'trong đó hơn 60% có nhu cầu' is a percent figure of its own. 'đáp ứng chưa đến 5% nhu cầu': 'đáp ứng' is not a share cue",
    "of the spec (đạt/chiếm/bằng/tương đương), so the 5% is a percent figure of its own, approx under.",
    "'đến nay' -> as-of the dateline 2024-11-18.",
    "revised after the first run: headline subjects took words from the sapo ('đăng ký mua', 'mở bán'); now only the headline's",
    "own words: 'hồ sơ nhà ở xã hội của công nhân', 'căn hộ nhà ở xã hội'.",
]

if __name__ == "__main__":
    write("p1331-5", TEXT, NOTES, FIGS, published="2024-11-18", location="Bắc Giang")
