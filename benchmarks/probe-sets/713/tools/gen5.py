"""p713-5: Báo Đồng Nai (Party newspaper), trade-union survey on overtime, byline and bare date at the end."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Đồng Nai > Xã hội > Lao động - Việc làm

Hơn 72% công nhân mong được làm thêm giờ

(ĐN) - Kết quả khảo sát do Liên đoàn Lao động tỉnh thực hiện tại 45 doanh nghiệp với 1.350 công nhân cho thấy, có 72,4% công nhân mong muốn được làm thêm giờ để tăng thu nhập.

Theo khảo sát, thời gian làm việc bình quân của công nhân là 52,5 giờ/tuần, trong đó làm thêm khoảng 6,5 giờ/tuần. Thu nhập bình quân đạt 8,7 triệu đồng/người/tháng; tiền làm thêm giờ chiếm từ 20 đến 25% tổng thu nhập. Có 48,6% công nhân được hỏi cho biết nếu không làm thêm thì thu nhập không đủ trang trải cuộc sống.

Từ đầu năm đến nay, đơn hàng tăng trở lại nên nhiều doanh nghiệp dệt may, da giày tại các huyện Trảng Bom, Nhơn Trạch và TP. Biên Hòa tăng ca. Riêng Công ty TNHH Giày Tân Phú 2 (xã Hố Nai 3, huyện Trảng Bom) đã tuyển thêm hơn 1.200 lao động, tổ chức làm thêm 2 giờ/ngày.

Theo Liên đoàn Lao động tỉnh Đồng Nai, năm 2023 toàn tỉnh có 126 doanh nghiệp thông báo tổ chức làm thêm trên 200 giờ/năm, tăng 31 doanh nghiệp so với năm 2022, với hơn 85.000 lao động. Tuy nhiên, làm thêm kéo dài ảnh hưởng đến sức khỏe: 27% công nhân cho biết thường xuyên mệt mỏi, mất ngủ.

Liên đoàn Lao động tỉnh đặt mục tiêu đến năm 2025 có 80% doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể có nội dung về làm thêm giờ, hiện tỷ lệ này mới đạt 54%.

HOÀNG LỘC
22/05/2024
"""

Y23 = per("năm 2023", "2023-01-01", "2023-12-31")
YTD = per("Từ đầu năm đến nay", "2024-01-01", "2024-05-22", inherited=True)

F = [
    fig("Hơn 72% công nhân", "72", 72, "percent", "%",
        "công nhân mong được làm thêm giờ", approx="over"),
    fig("tại 45 doanh nghiệp", "45", 45, "count", "doanh nghiệp",
        "doanh nghiệp được Liên đoàn Lao động tỉnh khảo sát"),
    fig("với 1.350 công nhân", "1.350", 1350, "count", "công nhân",
        "công nhân được khảo sát"),
    fig("có 72,4% công nhân", "72,4", 72.4, "percent", "%",
        "công nhân mong muốn được làm thêm giờ để tăng thu nhập"),
    fig("là 52,5 giờ/tuần", "52,5", 52.5, "measure", "giờ/tuần",
        "thời gian làm việc bình quân của công nhân"),
    fig("khoảng 6,5 giờ/tuần", "6,5", 6.5, "measure", "giờ/tuần",
        "thời gian làm thêm bình quân của công nhân", approx="about", total=52.5),
    fig("đạt 8,7 triệu đồng/người/tháng", "8,7", 8.7e6, "money", "đồng/người/tháng",
        "thu nhập bình quân của công nhân"),
    fig("từ 20 đến 25%", "20", 20, "percent", "%",
        "tiền làm thêm giờ trong tổng thu nhập", value_max=25),
    fig("Có 48,6% công nhân", "48,6", 48.6, "percent", "%",
        "công nhân được hỏi cho biết nếu không làm thêm thì thu nhập không đủ trang trải cuộc sống"),
    fig("hơn 1.200 lao động", "1.200", 1200, "count", "lao động",
        "lao động Công ty TNHH Giày Tân Phú 2 tuyển thêm", YTD, approx="over", location="Trảng Bom"),
    fig("làm thêm 2 giờ/ngày", "2", 2, "measure", "giờ/ngày",
        "thời gian làm thêm Công ty TNHH Giày Tân Phú 2 tổ chức", YTD, location="Trảng Bom"),
    fig("có 126 doanh nghiệp", "126", 126, "count", "doanh nghiệp",
        "doanh nghiệp thông báo tổ chức làm thêm trên 200 giờ/năm", Y23,
        change=chg("increase", 31, "doanh nghiệp", "năm 2022")),
    fig("trên 200 giờ/năm", "200", 200, "measure", "giờ/năm", approx="over", optional=True),
    fig("hơn 85.000 lao động", "85.000", 85000, "count", "lao động",
        "lao động tại doanh nghiệp tổ chức làm thêm trên 200 giờ/năm", Y23, approx="over"),
    fig("27% công nhân", "27", 27, "percent", "%",
        "công nhân thường xuyên mệt mỏi, mất ngủ"),
    fig("có 80% doanh nghiệp", "80", 80, "percent", "%",
        "doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể có nội dung về làm thêm giờ",
        per("đến năm 2025", None, "2025-12-31"), status="target"),
    fig("mới đạt 54%", "54", 54, "percent", "%",
        "tỷ lệ doanh nghiệp có tổ chức công đoàn ký thỏa ước lao động tập thể có nội dung về làm thêm giờ"),
]

write("p713-5", TEXT, [
    "Báo Đồng Nai (Party newspaper), '(ĐN) -' tag, byline and bare date '22/05/2024' at the end: LĐLĐ survey on overtime.",
    "The survey has no stated period (no period in gold). 'trong đó làm thêm khoảng 6,5 giờ/tuần' is a part of 52,5 giờ/tuần (total).",
    "'Giày Tân Phú 2', 'Hố Nai 3' are names; the company figures take location Trảng Bom and the inherited 'Từ đầu năm đến nay'.",
    "'tăng 31 doanh nghiệp so với năm 2022' is the change of 126 doanh nghiệp; threshold 'trên 200 giờ/năm' optional.",
    "'đặt mục tiêu đến năm 2025 ... 80%' -> target; 'hiện tỷ lệ này mới đạt 54%' has its own verb -> actual, no period.",
], F, published="2024-05-22", location="Đồng Nai")
