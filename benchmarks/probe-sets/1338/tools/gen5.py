"""p1338-5: national newspaper: young calligraphers at the Hội Xuân thư pháp, Nhà Văn hóa Thanh niên TP HCM."""
from lib import fig, per, chg, write

TEXT = """Thứ bảy, 3/2/2024, 09:30 (GMT+7)

Ông đồ trẻ 'hút khách' ở hội thư pháp Sài Gòn

Năm nay, Hội Xuân thư pháp tại Nhà Văn hóa Thanh niên TP HCM có 60 gian hàng, tăng 15 gian so với năm ngoái; ông đồ trẻ chiếm gần 40%.

Từ sáng sớm, dãy gian hàng dọc đường Phạm Ngọc Thạch (quận 1) đã đông khách. Anh Lê Minh Tâm, 29 tuổi, ông đồ trẻ nhất hội, cho biết mỗi ngày anh viết khoảng 80 chữ, giá 100.000-200.000 đồng một chữ tùy kích thước. "Chủ nhật tuần trước tôi thu được 4-5 triệu đồng, gấp đôi ngày thường", Tâm nói.

Theo Ban tổ chức, hội năm nay mở cửa từ ngày 25/1 đến hết 14/2/2024, dự kiến đón khoảng 200.000 lượt khách, gấp đôi năm 2023. Ngoài thư pháp chữ Hán - Nôm, có 22 gian giới thiệu thư pháp chữ Quốc ngữ và 6 gian bán tranh dân gian Đông Hồ, Hàng Trống.

Giá câu đối cũng rất đa dạng. Một cặp câu đối in trên giấy đỏ có giá 250.000 đồng, trong khi câu đối gỗ sơn son thiếp vàng có giá cao gấp 10 lần.

Ông Phạm Quốc Bảo, Phó chủ nhiệm Câu lạc bộ Thư pháp Sài Gòn, cho biết thành phố hiện có khoảng 300 người viết thư pháp thường xuyên, gấp 3 lần so với 10 năm trước. Theo Hội Thư pháp Việt Nam, cả nước có hơn 120 câu lạc bộ thư pháp với khoảng 5.000 hội viên.

"Người trẻ đến với thư pháp ngày càng nhiều. Họ viết chữ Việt, vẽ thêm tranh con rồng của năm Giáp Thìn nên rất hợp thị hiếu", ông Bảo nói.

Hà An
"""

THIS = per("Năm nay", "2024-01-01", "2024-12-31")
FAIR = per("từ ngày 25/1 đến hết 14/2/2024", "2024-01-25", "2024-02-14")
VN = "Việt Nam"

FIGS = [
    fig("có 60 gian", "60", 60, "count", "gian hàng", change=chg("increase", 15, "gian", "năm ngoái"),
        subject="gian hàng Hội Xuân thư pháp", period=THIS),
    fig("chiếm gần 40%", "40", 40, "percent", "%", approx="nearly", subject="tỷ lệ ông đồ trẻ", period=THIS),
    fig("29 tuổi", "29", 29, "measure", "tuổi", subject="tuổi của anh Lê Minh Tâm", optional=True),
    fig("khoảng 80 chữ", "80", 80, "measure", "chữ/ngày", approx="about", subject="chữ anh Tâm viết mỗi ngày"),
    fig("giá 100.000-200.000", "100.000", 100000, "money", "đồng/chữ", value_max=200000,
        subject="giá một chữ"),
    fig("được 4-5 triệu", "4", 4e6, "money", "đồng", value_max=5e6,
        change=chg("increase", 2, "lần", "ngày thường"), subject="tiền Tâm thu được Chủ nhật tuần trước"),
    fig("khoảng 200.000 lượt", "200.000", 200000, "count", "lượt khách", approx="about", status="forecast",
        change=chg("increase", 2, "lần", "năm 2023"), subject="lượt khách hội đón", period=FAIR),
    fig("có 22 gian", "22", 22, "count", "gian", subject="gian giới thiệu thư pháp chữ Quốc ngữ"),
    fig("và 6 gian", "6", 6, "count", "gian", subject="gian bán tranh dân gian Đông Hồ, Hàng Trống"),
    fig("có giá 250.000 đồng", "250.000", 250000, "money", "đồng/cặp",
        subject="giá một cặp câu đối in trên giấy đỏ"),
    fig("cao gấp 10 lần", "10", 10, "multiple", "lần",
        subject="giá câu đối gỗ sơn son thiếp vàng so với câu đối giấy"),
    fig("khoảng 300 người", "300", 300, "count", "người", approx="about",
        change=chg("increase", 3, "lần", "10 năm trước"), subject="người viết thư pháp thường xuyên"),
    fig("hơn 120 câu lạc bộ", "120", 120, "count", "câu lạc bộ thư pháp", approx="over",
        subject="câu lạc bộ thư pháp", location=VN),
    fig("khoảng 5.000 hội viên", "5.000", 5000, "count", "hội viên", approx="about",
        subject="hội viên câu lạc bộ thư pháp", location=VN),
]

NOTES = [
    "National newspaper: 'Thứ bảy, 3/2/2024, 09:30 (GMT+7)', sapo, quotes, byline at the end.",
    "Distractors: 09:30, (GMT+7), 'quận 1', 'Chủ nhật tuần trước', date range, '10 năm trước' (a baseline), 'năm Giáp Thìn'.",
    "'gấp đôi' after an amount is its change (2 lần); 'có giá cao gấp 10 lần' has no base amount of its own: a multiple figure.",
    "The age '29 tuổi' is optional (an apposition that describes a person, not an indicator).",
    "Prices: '100.000-200.000 đồng một chữ' → đồng/chữ; 'Một cặp câu đối ... 250.000 đồng' → đồng/cặp.",
    "'22 gian' and '6 gian' follow 'Ngoài thư pháp chữ Hán - Nôm': no cue, no total. The article places its figures in TP HCM; Hội Thư pháp Việt Nam's 'cả nước' figures are Việt Nam.",
]

if __name__ == "__main__":
    write("p1338-5", TEXT, NOTES, FIGS, published="2024-02-03", location="TP Hồ Chí Minh")
