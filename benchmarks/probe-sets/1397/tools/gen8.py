"""p1397-8: radio/TV site (Đài PT-TH Ninh Thuận, NTV): consent to relocation in Vĩnh Hải (Ninh Hải), livelihoods."""
from lib import fig, per, inh, chg, tgt, write

TEXT = """ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NINH THUẬN
Tin tức | Thời sự | Video | Phát thanh | Truyền hình trực tuyến

Ninh Hải: hơn 90% hộ dân xã Vĩnh Hải đồng thuận di dời cho dự án điện hạt nhân

Đăng lúc: 10:25 - 19/06/2025 | Lượt xem: 1.842

(NTV) - 6 tháng đầu năm, huyện Ninh Hải đã tổ chức 12 buổi đối thoại với hơn 1.600 lượt người dân xã Vĩnh Hải về chính sách bồi thường, hỗ trợ, tái định cư dự án điện hạt nhân Ninh Thuận 2.

Đến nay, 395/428 hộ phải di dời đã ký biên bản đồng thuận, đạt 92,3%; chưa đến 5% số hộ còn ý kiến về giá đất bồi thường. Khu tái định cư Vĩnh Hải rộng 41 ha, tổng vốn 538 tỷ đồng, dự kiến bố trí 436 lô đất.

Thu nhập bình quân của người dân xã Vĩnh Hải năm 2024 ước đạt 52 triệu đồng/người/năm, chủ yếu từ đánh bắt, nuôi trồng thủy sản và du lịch. Để người dân chuyển đổi sinh kế, huyện đã phối hợp mở 8 lớp đào tạo nghề cho 320 lao động, trong đó 175 lao động nữ; phấn đấu từ 15-20% số lao động được đào tạo sẽ làm việc tại công trường.

Ông Trần Văn Lộc ở thôn Thái An chia sẻ: “Gia đình tôi có 5 người, sống bằng 2.000 m2 đất trồng nho. Mức bồi thường hơn 1,4 tỷ đồng giúp chúng tôi yên tâm lên khu tái định cư”.

Theo kế hoạch, huyện phấn đấu bàn giao mặt bằng đợt 1 với diện tích 250 ha trong quý IV năm nay.

Thanh Tú - Hữu Phát

© Đài Phát thanh và Truyền hình Ninh Thuận
Địa chỉ: Số 2 Lê Hồng Phong, TP Phan Rang - Tháp Chàm | Hotline: 0259.3830.110
"""

H1 = per("6 tháng đầu năm", "2025-01-01", "2025-06-30")
Y24 = per("năm 2024", "2024-01-01", "2024-12-31")
Q4 = per("quý IV năm nay", "2025-10-01", "2025-12-31")

FIGS = [
    fig("hơn 90%", "90", 90, "percent", "%", approx="over", subject="hộ dân xã Vĩnh Hải đồng thuận di dời"),
    fig("chức 12 buổi", "12", 12, "count", "buổi", period=H1, subject="buổi đối thoại"),
    fig("hơn 1.600 lượt", "1.600", 1600, "count", "lượt người dân", approx="over", period=H1,
        subject="lượt người dân xã Vĩnh Hải được đối thoại"),
    fig("395/428", "395", 395, "count", "hộ", total=428, percent=92.3,
        subject="hộ phải di dời đã ký biên bản đồng thuận"),
    fig("chưa đến 5%", "5", 5, "percent", "%", approx="under",
        subject="số hộ còn ý kiến về giá đất bồi thường"),
    fig("rộng 41 ha", "41", 41, "measure", "ha", subject="diện tích khu tái định cư Vĩnh Hải"),
    fig("vốn 538 tỷ", "538", 538e9, "money", "đồng", subject="tổng vốn khu tái định cư Vĩnh Hải"),
    fig("trí 436 lô", "436", 436, "count", "lô đất", status="forecast", subject="lô đất bố trí"),
    fig("đạt 52 triệu", "52", 52e6, "money", "đồng/người/năm", status="estimate", period=Y24,
        subject="thu nhập bình quân của người dân xã Vĩnh Hải"),
    fig("mở 8 lớp", "8", 8, "count", "lớp", subject="lớp đào tạo nghề"),
    fig("cho 320 lao động", "320", 320, "count", "lao động", subject="lao động được đào tạo nghề"),
    fig("175 lao động", "175", 175, "count", "lao động", total=320, subject="lao động nữ"),
    fig("từ 15-20%", "15", 15, "percent", "%", value_max=20, status="target",
        subject="số lao động được đào tạo sẽ làm việc tại công trường"),
    fig("có 5 người", "5", 5, "count", "người", subject="thành viên gia đình ông Trần Văn Lộc"),
    fig("bằng 2.000 m2", "2.000", 2000, "measure", "m2", subject="đất trồng nho của gia đình ông Trần Văn Lộc"),
    fig("hơn 1,4 tỷ", "1,4", 1.4e9, "money", "đồng", approx="over",
        subject="mức bồi thường gia đình ông Trần Văn Lộc"),
    fig("tích 250 ha", "250", 250, "measure", "ha", status="target", period=Q4,
        subject="diện tích mặt bằng bàn giao đợt 1"),
]

NOTES = [
    "Radio/TV site (Đài PT-TH Ninh Thuận, NTV): menu, 'Đăng lúc: 10:25 - 19/06/2025 | Lượt xem: 1.842', tag '(NTV) -', byline, footer.",
    "Distractors: 'Ninh Thuận 2', 'đợt 1', 'Số 2 Lê Hồng Phong', hotline 0259.3830.110, view counter 1.842, time 10:25.",
    "Location Ninh Hải throughout (commune Vĩnh Hải lies in the district named in the headline and the lead).",
    "Year-less '6 tháng đầu năm' takes 2025 from the dateline; 'quý IV năm nay' = 2025 Q4 (published year).",
    "'395/428 ..., đạt 92,3%' → total and percent. '175 lao động nữ' after 'trong đó' → total 320.",
    "'ước đạt 52 triệu đồng/người/năm' → estimate, a rate (unit đồng/người/năm). 'dự kiến bố trí 436 lô đất' → forecast only for the",
    "last clause (41 ha and 538 tỷ stand before the cue). 'phấn đấu từ 15-20%' → target range. Quoted household facts are figures.",
]

if __name__ == "__main__":
    write("p1397-8", TEXT, NOTES, FIGS, published="2025-06-19", location="Ninh Hải")
