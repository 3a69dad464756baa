"""p1374-5: national newspaper: licences for common construction materials nationwide, auctions, illegal mining, demand."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """Thời sự › Môi trường

Thứ năm, 14/3/2024, 06:00 (GMT+7)

Hơn 4.100 giấy phép khai thác vật liệu xây dựng thông thường

Các tỉnh, thành đang quản lý hơn 4.100 giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường, nhưng tình trạng khai thác trái phép vẫn diễn biến phức tạp.

Theo báo cáo của Bộ Tài nguyên và Môi trường, tính đến cuối năm 2023, UBND cấp tỉnh đã cấp 4.126 giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường và than bùn, chiếm gần 80% tổng số giấy phép khai thác khoáng sản còn hiệu lực. Các địa phương có nhiều giấy phép nhất là Thanh Hóa (312 giấy phép), Nghệ An (247 giấy phép) và Hòa Bình (198 giấy phép).

Năm 2023, tiền cấp quyền khai thác khoáng sản thu được trên cả nước đạt hơn 7.200 tỷ đồng, tăng khoảng 12% so với năm 2022. Từ năm 2022 đến hết năm 2023, các địa phương đã đấu giá thành công quyền khai thác 860 mỏ; số tiền trúng đấu giá cao hơn giá khởi điểm bình quân 2-3 lần, có mỏ gấp hơn 10 lần.

Tuy nhiên, theo ông Nguyễn Hữu Thắng, Phó Cục trưởng Cục Khoáng sản Việt Nam, khai thác trái phép cát, sỏi, đất san lấp vẫn diễn ra ở nhiều nơi. Năm 2023, lực lượng chức năng phát hiện 1.243 vụ khai thác khoáng sản trái phép, trong đó 418 vụ khai thác cát, sỏi lòng sông; xử phạt hơn 96 tỷ đồng.

Nhu cầu đá xây dựng cả nước năm 2024 dự báo khoảng 190-200 triệu m3, cát xây dựng khoảng 130 triệu m3. Theo Chiến lược khoáng sản đến năm 2030, tầm nhìn đến năm 2045, mục tiêu đến năm 2030 có ít nhất 90% mỏ đá sử dụng công nghệ khai thác theo lớp bằng, bảo đảm an toàn.

Phạm Dương
"""

ASOF = per("tính đến cuối năm 2023", None, "2023-12-31")
Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
SPAN = per("Từ năm 2022 đến hết năm 2023", "2022-01-01", "2023-12-31")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
T30 = per("mục tiêu đến năm 2030", None, "2030-12-31")
LIC = "giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường"

FIGS = [
    fig("Hơn 4.100 giấy phép", "4.100", 4100, "count", "giấy phép", approx="over", subject=LIC),
    fig("quản lý hơn 4.100", "4.100", 4100, "count", "giấy phép", approx="over",
        subject="giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường các tỉnh, thành đang quản lý"),
    fig("cấp 4.126 giấy phép", "4.126", 4126, "count", "giấy phép", percent=80,
        subject="giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường và than bùn UBND cấp tỉnh đã cấp",
        period=ASOF),
    fig("(312 giấy phép)", "312", 312, "count", "giấy phép", subject=LIC, location="Thanh Hóa", period=inh(ASOF)),
    fig("(247 giấy phép)", "247", 247, "count", "giấy phép", subject=LIC, location="Nghệ An", period=inh(ASOF)),
    fig("(198 giấy phép)", "198", 198, "count", "giấy phép", subject=LIC, location="Hòa Bình", period=inh(ASOF)),
    fig("đạt hơn 7.200 tỷ", "7.200", 7200e9, "money", "đồng", approx="over",
        change=chg("increase", 12, "%", "năm 2022", approx="about"),
        subject="tiền cấp quyền khai thác khoáng sản thu được", period=Y23),
    fig("khai thác 860 mỏ", "860", 860, "count", "mỏ",
        subject="mỏ đấu giá thành công quyền khai thác", period=SPAN),
    fig("bình quân 2-3 lần", "2", 2, "multiple", "lần", value_max=3,
        subject="số tiền trúng đấu giá so với giá khởi điểm", period=SPAN),
    fig("gấp hơn 10 lần", "10", 10, "multiple", "lần", approx="over",
        subject="số tiền trúng đấu giá ở một số mỏ so với giá khởi điểm", period=SPAN),
    fig("phát hiện 1.243 vụ", "1.243", 1243, "count", "vụ",
        subject="vụ khai thác khoáng sản trái phép", period=Y23),
    fig("trong đó 418 vụ", "418", 418, "count", "vụ", total=1243,
        subject="vụ khai thác cát, sỏi lòng sông", period=Y23),
    fig("hơn 96 tỷ", "96", 96e9, "money", "đồng", approx="over", subject="tiền xử phạt", period=Y23),
    fig("khoảng 190-200 triệu", "190", 190e6, "measure", "m3", value_max=200e6, approx="about",
        status="forecast", subject="nhu cầu đá xây dựng cả nước", period=Y24),
    fig("khoảng 130 triệu", "130", 130e6, "measure", "m3", approx="about", status="forecast",
        subject="nhu cầu cát xây dựng", period=Y24),
    fig("ít nhất 90%", "90", 90, "percent", "%", approx="at_least", status="target",
        subject="tỷ lệ mỏ đá sử dụng công nghệ khai thác theo lớp bằng", period=T30),
]

NOTES = [
    "National newspaper: 'Thứ năm, 14/3/2024, 06:00 (GMT+7)', headline and sapo figures, byline at the end; location Việt Nam by default.",
    "Distractors: '06:00', '(GMT+7)', 'năm 2022' (baseline), 'Chiến lược khoáng sản đến năm 2030, tầm nhìn đến năm 2045' (a name).",
    "Headline and sapo 'hơn 4.100 giấy phép' are two figures (over), no period. 'chiếm gần 80%' is the percent of 4.126 (the attribute",
    "has no approx field, so 'gần' on it is not recorded). 'tính đến cuối năm 2023' → as-of 2023-12-31.",
    "The list 'Thanh Hóa (312 giấy phép), …' shares the indicator; provinces go to location; period inherited from the previous sentence.",
    "'tăng khoảng 12% so với năm 2022' → change with approx about. 'cao hơn giá khởi điểm bình quân 2-3 lần' has no base figure in the",
    "clause, so it is a multiple figure (range); 'có mỏ gấp hơn 10 lần' likewise (over).",
    "'trong đó 418 vụ' → total 1.243; 'xử phạt hơn 96 tỷ đồng' → period Năm 2023 (same sentence).",
    "'dự báo khoảng 190-200 triệu m3, cát xây dựng khoảng 130 triệu m3' → forecast for both (the second continues the clause), about.",
    "'mục tiêu đến năm 2030 có ít nhất 90% mỏ đá …' → percent, at_least, target, period ends 2030-12-31.",
]

if __name__ == "__main__":
    write("p1374-5", TEXT, NOTES, FIGS, published="2024-03-14", location="Việt Nam")
