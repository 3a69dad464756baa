"""p1092-6: national newspaper, child abuse nationwide (2020-2022), Tổng đài 111, programme funds."""
from lib import F, P, I, C, T, write

TEXT = """Thời sự > Dân sinh
Thứ năm, 1/6/2023, 07:30 (GMT+7)

Mỗi năm hơn 2.000 trẻ em bị xâm hại

Trung bình mỗi ngày cả nước phát hiện gần 6 vụ xâm hại trẻ em, trong khi lực lượng bảo vệ trẻ em ở cơ sở còn mỏng, phần lớn kiêm nhiệm.

Theo Bộ Công an, từ năm 2020 đến hết năm 2022, cả nước phát hiện 6.417 vụ xâm hại trẻ em, trung bình mỗi năm khoảng 2.140 vụ. Trong đó, xâm hại tình dục chiếm khoảng 75%, nạn nhân là trẻ em gái chiếm gần 90%.

Năm 2022, Tổng đài 111 nhận 324.590 cuộc gọi, song chỉ 0,4% là cuộc gọi đề nghị can thiệp, hỗ trợ. "Nhiều vụ việc chỉ được phát hiện khi trẻ đã bị xâm hại nhiều lần", ông Trần Văn Hùng, Phó Cục trưởng Cục Trẻ em (Bộ Lao động - Thương binh và Xã hội), nói.

Theo ông Hùng, cả nước có khoảng 26 triệu trẻ em nhưng chỉ khoảng 6.000 người làm công tác bảo vệ trẻ em cấp xã, trung bình một cán bộ phải theo dõi hơn 4.000 trẻ.

Tại Hà Nội, năm 2022 phát hiện 128 vụ xâm hại trẻ em, TP Hồ Chí Minh 156 vụ, lần lượt giảm 7% và 4% so với năm 2021.

Chương trình bảo vệ trẻ em giai đoạn 2021-2025 được phân bổ khoảng 2.350 tỷ đồng, đến nay mới giải ngân được 38%. Mục tiêu đến năm 2025 có 90% trẻ em có hoàn cảnh đặc biệt được trợ giúp, 80% xã, phường đạt tiêu chuẩn phù hợp với trẻ em; hiện các tỷ lệ này mới đạt lần lượt 84% và 65%.

Lê Nga
"""

P2022 = P("từ năm 2020 đến hết năm 2022", "2020-01-01", "2022-12-31")
Y22 = P("Năm 2022", "2022-01-01", "2022-12-31")
TGT = P("đến năm 2025", None, "2025-12-31")

FIGS = [
    F("hơn 2.000 trẻ em", "2.000", 2000, "count", "trẻ em", "trẻ em bị xâm hại mỗi năm", approx="over"),
    F("gần 6 vụ", "6", 6, "count", "vụ", "vụ xâm hại trẻ em phát hiện trung bình mỗi ngày", approx="nearly"),
    F("phát hiện 6.417 vụ", "6.417", 6417, "count", "vụ", "vụ xâm hại trẻ em", P2022),
    F("khoảng 2.140 vụ", "2.140", 2140, "count", "vụ", "vụ xâm hại trẻ em trung bình mỗi năm", P2022, approx="about"),
    F("chiếm khoảng 75%", "75", 75, "percent", "%", "xâm hại tình dục trong số vụ xâm hại trẻ em", I(P2022), approx="about"),
    F("chiếm gần 90%", "90", 90, "percent", "%", "nạn nhân là trẻ em gái", I(P2022), approx="nearly"),
    F("nhận 324.590 cuộc gọi", "324.590", 324590, "count", "cuộc gọi", "cuộc gọi Tổng đài 111 nhận", Y22),
    F("chỉ 0,4%", "0,4", 0.4, "percent", "%", "cuộc gọi đề nghị can thiệp, hỗ trợ", Y22),
    F("khoảng 26 triệu trẻ em", "26", 26e6, "count", "trẻ em", "trẻ em cả nước", approx="about"),
    F("khoảng 6.000 người", "6.000", 6000, "count", "người", "người làm công tác bảo vệ trẻ em cấp xã", approx="about"),
    F("hơn 4.000 trẻ", "4.000", 4000, "count", "trẻ", "trẻ em một cán bộ phải theo dõi", approx="over"),
    F("phát hiện 128 vụ", "128", 128, "count", "vụ", "vụ xâm hại trẻ em", P("năm 2022", "2022-01-01", "2022-12-31"),
      change=C("decrease", 7, "%", "năm 2021"), location="Hà Nội"),
    F("Minh 156 vụ", "156", 156, "count", "vụ", "vụ xâm hại trẻ em", P("năm 2022", "2022-01-01", "2022-12-31"),
      change=C("decrease", 4, "%", "năm 2021"), location="Hồ Chí Minh"),
    F("khoảng 2.350 tỷ đồng", "2.350", 2350e9, "money", "đồng", "kinh phí Chương trình bảo vệ trẻ em",
      P("giai đoạn 2021-2025", "2021-01-01", "2025-12-31"), approx="about"),
    F("giải ngân được 38%", "38", 38, "percent", "%", "tỷ lệ giải ngân kinh phí Chương trình bảo vệ trẻ em",
      P("đến nay", None, "2023-06-01")),
    F("có 90% trẻ em", "90", 90, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp", TGT, status="target"),
    F("80% xã, phường", "80", 80, "percent", "%", "xã, phường đạt tiêu chuẩn phù hợp với trẻ em", TGT, status="target"),
    F("lần lượt 84%", "84", 84, "percent", "%", "trẻ em có hoàn cảnh đặc biệt được trợ giúp"),
    F("và 65%", "65", 65, "percent", "%", "xã, phường đạt tiêu chuẩn phù hợp với trẻ em"),
]

NOTES = [
    "National newspaper: 'Mỗi năm hơn 2.000 trẻ em bị xâm hại'; dateline 'Thứ năm, 1/6/2023, 07:30 (GMT+7)' gives published.",
    "National figures (Việt Nam) except Hà Nội and TP Hồ Chí Minh. Distractors: Tổng đài 111, times, 'giai đoạn 2021-2025' as a period.",
    "Headline and sapo figures have no period phrase (per year / per day averages): no period.",
    "'lần lượt giảm 7% và 4%' distributes one change to each of 128 and 156 vụ.",
    "'mới giải ngân được 38%' is a different indicator (disbursement rate), not a share of the 2.350 tỷ: a percent figure of its own, 'đến nay' ends at the dateline.",
    "'hiện các tỷ lệ này mới đạt lần lượt 84% và 65%' are actual figures of the two target indicators; 'hiện' gives no period.",
]

write("p1092-6", TEXT, NOTES, FIGS, published="2023-06-01", location="Việt Nam")
