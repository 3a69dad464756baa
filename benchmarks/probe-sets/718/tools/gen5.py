"""p718-5: Báo Sơn La (Party newspaper) — Dự án 8 (Hội LHPN) in 2023, rank in disbursement, Bắc Yên, 2024 targets."""
from lib import fig, per, inh, chg, write

TEXT = """Báo Sơn La - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Sơn La
Xã hội

Dự án 8 góp phần đẩy lùi tảo hôn ở vùng cao

Sau gần 2 năm triển khai Dự án 8 "Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em" thuộc Chương trình MTQG 1719, các cấp hội phụ nữ trong tỉnh đã có nhiều cách làm hiệu quả trong tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống.

Năm 2023, Hội Liên hiệp Phụ nữ tỉnh được giao 18,6 tỷ đồng thực hiện Dự án 8, đã giải ngân 16,9 tỷ đồng, đạt 90,9%, xếp thứ 3/14 tỉnh khu vực miền núi phía Bắc về tỷ lệ giải ngân. Toàn tỉnh thành lập mới 215 tổ truyền thông cộng đồng với 2.150 thành viên; duy trì 96 "Địa chỉ tin cậy" tại cộng đồng và 128 câu lạc bộ "Thủ lĩnh của sự thay đổi" với 3.840 thành viên là học sinh.

Tại huyện Bắc Yên, nơi có đông đồng bào Mông sinh sống, số cặp tảo hôn giảm từ 47 cặp năm 2021 xuống còn 19 cặp năm 2023. Bà Giàng Thị Dợ, Chủ tịch Hội LHPN xã Hang Chú, cho biết: "Trước đây, bản nào cũng có con gái 14, 15 tuổi đã lấy chồng. Năm 2023, cả xã chỉ còn 2 cặp tảo hôn, giảm 5 cặp so với năm 2021".

Qua hoạt động của các tổ truyền thông, năm 2023 các cấp hội đã phát hiện, can thiệp ngăn chặn 37 cặp tảo hôn; tư vấn, hỗ trợ cho hơn 1.100 phụ nữ và trẻ em gái người dân tộc thiểu số. Tỷ lệ phụ nữ dân tộc thiểu số ở các xã thực hiện dự án được tiếp cận thông tin về bình đẳng giới ước đạt 85%.

Năm 2024, Hội LHPN tỉnh đặt mục tiêu thành lập thêm 60 tổ truyền thông cộng đồng, nâng tổng số lên 275 tổ; phấn đấu 100% xã đặc biệt khó khăn có ít nhất 1 "Địa chỉ tin cậy".

Lò Thu Hằng
12/03/2024
"""

Y23 = per("Năm 2023", "2023-01-01", "2023-12-31")
Y24 = per("Năm 2024", "2024-01-01", "2024-12-31")

FIGS = [
    fig("giao 18,6 tỷ đồng", "18,6", 18600000000, "money", "đồng",
        subject="kinh phí thực hiện Dự án 8 được giao", period=Y23),
    fig("giải ngân 16,9 tỷ đồng", "16,9", 16900000000, "money", "đồng", percent=90.9,
        subject="kinh phí Dự án 8 giải ngân", period=Y23),
    fig("xếp thứ 3/14", "3", 3, "rank", "hạng", total=14,
        subject="tỷ lệ giải ngân", period=Y23),
    fig("mới 215 tổ", "215", 215, "count", "tổ", subject="tổ truyền thông cộng đồng thành lập mới", period=inh(Y23)),
    fig("với 2.150 thành viên", "2.150", 2150, "count", "thành viên",
        subject="thành viên tổ truyền thông cộng đồng", period=inh(Y23)),
    fig('duy trì 96 "Địa chỉ', "96", 96, "count", "Địa chỉ tin cậy",
        subject='"Địa chỉ tin cậy" tại cộng đồng duy trì', period=inh(Y23)),
    fig("và 128 câu lạc bộ", "128", 128, "count", "câu lạc bộ",
        subject='câu lạc bộ "Thủ lĩnh của sự thay đổi"', period=inh(Y23)),
    fig("với 3.840 thành viên", "3.840", 3840, "count", "thành viên",
        subject='thành viên câu lạc bộ "Thủ lĩnh của sự thay đổi" là học sinh', period=inh(Y23)),
    fig("từ 47 cặp", "47", 47, "count", "cặp", subject="cặp tảo hôn",
        period=per("năm 2021", "2021-01-01", "2021-12-31"), location="Bắc Yên"),
    fig("còn 19 cặp", "19", 19, "count", "cặp", subject="cặp tảo hôn",
        period=per("năm 2023", "2023-01-01", "2023-12-31"), location="Bắc Yên"),
    fig("con gái 14, 15 tuổi", "14", 14, "measure", "tuổi", optional=True, location="Bắc Yên"),
    fig("14, 15 tuổi", "15", 15, "measure", "tuổi", optional=True, location="Bắc Yên"),
    fig("còn 2 cặp tảo hôn", "2", 2, "count", "cặp",
        change=chg("decrease", 5, "cặp", "năm 2021"), subject="cặp tảo hôn",
        period=per("Năm 2023", "2023-01-01", "2023-12-31"), location="Bắc Yên"),
    fig("chặn 37 cặp", "37", 37, "count", "cặp",
        subject="cặp tảo hôn được phát hiện, can thiệp ngăn chặn", period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("hơn 1.100 phụ nữ", "1.100", 1100, "count", "phụ nữ", approx="over",
        subject="phụ nữ và trẻ em gái người dân tộc thiểu số được tư vấn, hỗ trợ",
        period=per("năm 2023", "2023-01-01", "2023-12-31")),
    fig("ước đạt 85%", "85", 85, "percent", "%", status="estimate",
        subject="Tỷ lệ phụ nữ dân tộc thiểu số ở các xã thực hiện dự án được tiếp cận thông tin về bình đẳng giới",
        period=inh(Y23)),
    fig("thêm 60 tổ", "60", 60, "count", "tổ", status="target",
        subject="tổ truyền thông cộng đồng thành lập thêm", period=Y24),
    fig("lên 275 tổ", "275", 275, "count", "tổ", status="target",
        subject="tổng số tổ truyền thông cộng đồng", period=Y24),
    fig("phấn đấu 100% xã", "100", 100, "percent", "%", status="target",
        subject='xã đặc biệt khó khăn có "Địa chỉ tin cậy"', period=Y24),
    fig('ít nhất 1 "Địa chỉ', "1", 1, "count", "Địa chỉ tin cậy", approx="at_least", status="target",
        optional=True),
]

NOTES = [
    "Báo Sơn La (Party newspaper; byline and bare date at the end): Dự án 8, Hội LHPN tỉnh, năm 2023; Bắc Yên / xã Hang Chú.",
    "'đạt 90,9%' after the disbursed amount is its percent; 'xếp thứ 3/14 tỉnh' rank with total 14. The 47 -> 19 couples are two",
    "figures with their own years. Figures in the Hang Chú quote take the district Bắc Yên as location. Ages '14, 15 tuổi' and",
    "the threshold 'ít nhất 1 Địa chỉ tin cậy' are optional. 'Sau gần 2 năm', 'Dự án 8', 'MTQG 1719' are not figures.",
    "revised: location of the Hang Chú figures changed from the commune to the district Bắc Yên (spec: province, city or district).",
    "'thêm 60 tổ, nâng tổng số lên 275 tổ': no part-of cue, so no total.",
]

if __name__ == "__main__":
    write("p718-5", TEXT, NOTES, FIGS, published="2024-03-12", location="Sơn La")
